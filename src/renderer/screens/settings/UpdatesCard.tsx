import { Alert, Button, Card, Group, Progress, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconRefresh } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { UpdateStatus } from '../../../shared/api';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';
import { formatDateTime } from '../../format';

/** 软件更新: the intranet update server, or a folder on a USB stick; download with progress, install on restart. */
export function UpdatesCard() {
  const initial = useQuery('updates.status', {});
  const [status, setStatus] = useState<UpdateStatus | null>(null);
  const [feedUrl, setFeedUrl] = useState('');
  const [folder, setFolder] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const shown = status ?? initial.data;

  useEffect(() => setFeedUrl(initial.data?.feedUrl ?? ''), [initial.data?.feedUrl]);
  // While downloading, the progress is polled.
  useEffect(() => {
    if (shown?.state !== 'downloading') return;
    const timer = window.setInterval(() => void api.call('updates.status', {}).then(setStatus), 500);
    return () => window.clearInterval(timer);
  }, [shown?.state]);

  const act = async (run: () => Promise<unknown>) => {
    setBusy(true);
    setErrors({});
    try {
      await run();
    } catch (error) {
      reportError(error, { setErrors });
    } finally {
      setBusy(false);
    }
  };
  const saveFeed = () =>
    act(async () => {
      await api.call('settings.update', { updateFeedUrl: feedUrl.trim() });
      notifications.show({ color: 'green', message: '更新服务器地址已保存，程序启动时会自动检查更新。' });
    });
  const check = (fromFolder: boolean) =>
    act(async () => {
      const result = await api.call('updates.check', { folder: fromFolder ? folder.trim() : null });
      setStatus(result);
      if (!result.update) notifications.show({ message: `当前已是最新版本（${result.current}）。` });
    });

  if (!shown) return null;
  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>软件更新</Title>
        <Text size="sm">当前版本 {shown.current}{shown.checkedAt && `，上次检查 ${formatDateTime(shown.checkedAt)}`}</Text>
        {!shown.supported && <Alert color="gray">浏览器模式和命令行不能更新程序，请在桌面程序中更新。</Alert>}
        <Group align="flex-end">
          <TextInput
            label="更新服务器地址（内网）"
            placeholder="http://10.12.0.8/wzsh-updates/"
            value={feedUrl}
            onChange={(e) => setFeedUrl(e.currentTarget.value)}
            error={errors.updateFeedUrl}
            style={{ flex: 1 }}
          />
          <Button variant="default" loading={busy} onClick={() => void saveFeed()}>
            保存地址
          </Button>
          <Button leftSection={<IconRefresh size={16} />} disabled={!shown.supported || !shown.feedUrl} loading={busy} onClick={() => void check(false)}>
            检查更新
          </Button>
        </Group>
        <Group align="flex-end">
          <TextInput label="或：存放更新文件的文件夹（U 盘）" placeholder="E:\网站审核工作站更新" value={folder} onChange={(e) => setFolder(e.currentTarget.value)} style={{ flex: 1 }} />
          <Button variant="default" disabled={!shown.supported || !folder.trim()} loading={busy} onClick={() => void check(true)}>
            从文件夹检查
          </Button>
        </Group>
        {shown.state === 'error' && shown.error && <Alert color="red">{shown.error}</Alert>}
        {shown.update && (
          <Alert color="blue" title={`可更新到 ${shown.update.version}`}>
            <Stack gap="xs">
              {shown.update.notes && <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>{shown.update.notes}</Text>}
              {shown.state === 'downloading' && <Progress value={shown.progress} animated aria-label="下载进度" />}
              <Group>
                {shown.state === 'available' && (
                  <Button size="xs" leftSection={<IconDownload size={14} />} onClick={() => void act(async () => setStatus(await api.call('updates.download', {})))}>
                    下载并校验
                  </Button>
                )}
                {shown.state === 'downloaded' && (
                  <Button size="xs" color="green" onClick={() => void act(() => api.call('updates.install', {}))}>
                    重启并安装
                  </Button>
                )}
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
