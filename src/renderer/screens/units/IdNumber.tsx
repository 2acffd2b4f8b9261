import { Anchor, Autocomplete, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';
import { useSession } from '../../session/SessionContext';

const PURPOSES = ['核对书面材料与身份证复印件', '单位来电核实身份', '核对备案信息'];
/** How long a revealed number stays on screen. */
const SHOWN_MS = 60_000;

/**
 * An ID number as the screen shows it: masked (1101**********002X). A user holding the reveal permission may see it
 * in full for a minute after saying why; the main process checks the permission and journals the reveal.
 */
export function IdNumber({ unitId, field, masked }: { unitId: string; field: 'head' | 'handler'; masked: string }) {
  const { session } = useSession();
  const [asking, setAsking] = useState(false);
  const [purpose, setPurpose] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [full, setFull] = useState<string | null>(null);

  useEffect(() => {
    if (!full) return;
    const timer = window.setTimeout(() => setFull(null), SHOWN_MS);
    return () => window.clearTimeout(timer);
  }, [full]);

  const reveal = async () => {
    try {
      const { idNumber } = await api.call('units.revealIdNumber', { unitId, field, purpose });
      setFull(idNumber);
      setAsking(false);
    } catch (e) {
      reportError(e, { setErrors: (fields) => setError(fields.purpose) });
    }
  };

  if (!masked) return <>—</>;
  return (
    <Group gap="xs" wrap="nowrap">
      <Text span ff="monospace" size="sm" data-testid={`id-${field}`}>
        {full ?? masked}
      </Text>
      {session?.user.revealsPersonalData &&
        (full ? (
          <Anchor component="button" type="button" size="xs" onClick={() => setFull(null)}>
            隐藏
          </Anchor>
        ) : (
          <Anchor component="button" type="button" size="xs" onClick={() => setAsking(true)}>
            查看完整号码
          </Anchor>
        ))}
      <Modal opened={asking} onClose={() => setAsking(false)} title="查看完整身份证号">
        <Stack>
          <Text size="sm">身份证号属于个人敏感信息。查看将记入操作日志（记录查看人、时间和用途，不记录号码），号码显示 1 分钟后自动隐藏。</Text>
          <Autocomplete label="用途" withAsterisk data={PURPOSES} value={purpose} onChange={setPurpose} error={error} data-autofocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setAsking(false)}>
              取消
            </Button>
            <Button onClick={() => void reveal()}>查看</Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
