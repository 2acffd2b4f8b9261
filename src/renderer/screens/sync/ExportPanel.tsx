import { Alert, Button, Checkbox, Group, PasswordInput, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileExport } from '@tabler/icons-react';
import { useState } from 'react';
import { PEER_KIND_LABELS } from '../../../shared/sync/identity';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { saveFile } from '../../files';
import { reportError } from '../../forms/errors';
import { formatBytes } from '../../format';
import { ByTypeTable } from './ByTypeTable';
import { SyncProgressBar } from './SyncProgressBar';

/** 导出: pick a peer, see what will go, write the signed and encrypted bundle, download it to the USB stick. */
export function ExportPanel({ onDone }: { onDone(): void }) {
  const peers = useQuery('sync.peers', {});
  const [peerId, setPeerId] = useState<string | null>(null);
  const [full, setFull] = useState(false);
  const [withPassphrase, setWithPassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const plan = useQuery('sync.plan', { peerId: peerId ?? '-', full });
  const ready = peerId !== null && plan.data !== null && !plan.error;

  const run = async () => {
    if (!peerId) return;
    setBusy(true);
    try {
      const result = await api.call('sync.export', { peerId, full, passphrase: withPassphrase ? passphrase : null });
      const file = await api.call('sync.takeBundle', { fileName: result.fileName });
      saveFile(file.fileName, { base64: file.contentBase64 });
      notifications.show({ color: 'green', message: `已导出同步包：${result.events.toLocaleString('zh-CN')} 个事件、${result.attachments} 份扫描件，${formatBytes(result.bytes)}。请保存到 U 盘交给“${result.peer.name}”${withPassphrase ? '，并当面或电话告知口令' : ''}。` });
      onDone();
      void plan.reload();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  if (peers.data && peers.data.length === 0) {
    return <Alert color="yellow">尚未添加同步对象：请先在“同步对象”中添加对方工作站或在线平台。</Alert>;
  }
  return (
    <Stack maw={720}>
      <Select
        label="发给"
        placeholder="选择同步对象"
        data={(peers.data ?? []).map((p) => ({ value: p.workstationId, label: `${p.name}（${PEER_KIND_LABELS[p.kind]}）` }))}
        value={peerId}
        onChange={setPeerId}
        allowDeselect={false}
      />
      <SegmentedControl
        w="fit-content"
        value={full ? 'full' : 'new'}
        onChange={(v) => setFull(v === 'full')}
        data={[
          { value: 'new', label: '对方尚未确认收到的' },
          { value: 'full', label: '完整导出' },
        ]}
      />
      <Text size="sm" c="dimmed">
        平时导出对方尚未确认收到的即可；对方从备份恢复过数据或提示“缺少较早的事件”时，做一次完整导出。
      </Text>
      {peerId && plan.data && (
        <Stack gap="xs" data-testid="export-plan">
          <Text size="sm">
            将导出 <b>{plan.data.events.toLocaleString('zh-CN')}</b> 个事件、<b>{plan.data.attachments}</b> 份扫描件：
          </Text>
          <ByTypeTable byType={plan.data.byType} />
        </Stack>
      )}
      {peerId && plan.error && <Alert color="red">{plan.error}</Alert>}
      <Checkbox label="用口令加密（对方导入时须输入口令才能打开）" checked={withPassphrase} onChange={(e) => setWithPassphrase(e.currentTarget.checked)} />
      {withPassphrase && <PasswordInput label="口令" description="至少 8 个字符，当面或电话告知对方" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} maw={320} />}
      <Group>
        <Button leftSection={<IconFileExport size={16} />} disabled={!ready} loading={busy} onClick={() => void run()}>
          导出同步包
        </Button>
      </Group>
      <SyncProgressBar active={busy} />
    </Stack>
  );
}
