import { Button, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useIdle } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { api, ApiCallError } from '../api/client';
import { useSession } from '../session/SessionContext';

/**
 * Covers the app while the session is locked — by the user, by idle time, or by the main process. The screens stay
 * mounted underneath, so whatever was typed and not yet saved is still there after unlocking.
 */
export function LockOverlay() {
  const { session, signedIn, lock, logout } = useSession();
  const idle = useIdle((session?.idleLockMinutes ?? 10) * 60_000, { initialState: false });
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locked = !!session?.locked;

  useEffect(() => {
    if (idle && session && !session.locked) void lock();
  }, [idle, session, lock]);

  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      signedIn(await api.call('session.unlock', { password }));
      setPassword('');
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : '解锁失败，请重试。');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={locked}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      centered
      overlayProps={{ backgroundOpacity: 0.85, blur: 6 }}
      title="工作站已锁定"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <Stack>
          <Text size="sm">
            {session?.user.displayName}（{session?.user.username}），请输入密码继续。未保存的内容仍在。
          </Text>
          <PasswordInput
            label="密码"
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={error}
            autoFocus
            data-autofocus
          />
          <Button type="submit" loading={busy}>
            解锁
          </Button>
          <Button variant="subtle" color="gray" onClick={() => void logout()}>
            退出登录（未保存的内容将丢失）
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
