import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';

/** A key combination in Mantine's notation ("mod+shift+L", "alt+N", "shift+?"). */
export interface Shortcut {
  keys: string;
  description: string;
}

interface Registry {
  register(shortcut: Shortcut): () => void;
}

const ShortcutsContext = createContext<Registry | null>(null);

/**
 * Screens declare their keyboard shortcuts with useShortcut; this provider collects them so that "?" shows every
 * shortcut that is live on the current screen.
 */
export function ShortcutsProvider({ children }: { children: ReactNode }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [helpOpen, setHelpOpen] = useState(false);

  const register = useCallback((shortcut: Shortcut) => {
    setShortcuts((list) => [...list, shortcut]);
    return () => setShortcuts((list) => list.filter((s) => s !== shortcut));
  }, []);
  const registry = useMemo(() => ({ register }), [register]);

  useHotkeys([['shift+?', () => setHelpOpen((open) => !open)]]);

  return (
    <ShortcutsContext.Provider value={registry}>
      {children}
      <Modal opened={helpOpen} onClose={() => setHelpOpen(false)} title="键盘快捷键" size="md">
        <Stack>
          <Table>
            <Table.Tbody>
              {[{ keys: 'shift+?', description: '显示或隐藏本帮助' }, ...shortcuts].map((s) => (
                <Table.Tr key={s.keys + s.description}>
                  <Table.Td>
                    <KeyCombo keys={s.keys} />
                  </Table.Td>
                  <Table.Td>{s.description}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            在 macOS 上，Ctrl 为 ⌘。
          </Text>
        </Stack>
      </Modal>
    </ShortcutsContext.Provider>
  );
}

const KEY_NAMES: Record<string, string> = { mod: 'Ctrl', shift: 'Shift', alt: 'Alt', ctrl: 'Ctrl', Enter: 'Enter' };

export function KeyCombo({ keys }: { keys: string }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.split('+').map((key) => (
        <Kbd key={key}>{KEY_NAMES[key] ?? (key.length === 1 ? key.toUpperCase() : key)}</Kbd>
      ))}
    </Group>
  );
}

/** Binds a shortcut while the calling component is mounted and lists it in the help. */
export function useShortcut(keys: string, description: string, handler: () => void, enabled = true): void {
  const registry = useContext(ShortcutsContext);
  const latest = useRef(handler);
  latest.current = handler;

  useEffect(() => {
    if (!enabled || !registry) return;
    return registry.register({ keys, description });
  }, [registry, keys, description, enabled]);

  useHotkeys(enabled ? [[keys, () => latest.current()]] : [], []);
}
