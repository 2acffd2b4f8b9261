import { Alert, Button, Checkbox, FileButton, Group, List, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportPreview } from '../../../shared/sync/views';
import { api } from '../../api/client';
import { readFileAsBase64 } from '../../files';
import { reportError } from '../../forms/errors';
import { formatBytes, formatDateTime } from '../../format';
import { ByTypeTable } from './ByTypeTable';
import { SyncProgressBar } from './SyncProgressBar';

/** 导入: choose the bundle, verify it (nothing changes), read the preview, confirm where asked, apply. */
export function ImportPanel({ onDone }: { onDone(): void }) {
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [checked, setChecked] = useState<{ uploadId: string; preview: ImportPreview } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState<'verify' | 'apply' | null>(null);

  const pick = (chosen: File | null) => {
    setFile(chosen);
    setChecked(null);
    setRefusal(null);
    setConfirmed(false);
  };
  const verify = async () => {
    if (!file) return;
    setBusy('verify');
    setRefusal(null);
    try {
      setChecked(await api.call('sync.verify', { fileName: file.name, contentBase64: await readFileAsBase64(file), passphrase: passphrase || null }));
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };
  const apply = async () => {
    if (!checked) return;
    setBusy('apply');
    try {
      const result = await api.call('sync.apply', { uploadId: checked.uploadId, confirmed, passphrase: passphrase || null });
      notifications.show({
        color: result.conflicts ? 'yellow' : 'green',
        message: `已导入 ${result.applied.toLocaleString('zh-CN')} 个新事件${result.conflicts ? `，出现 ${result.conflicts} 个冲突，请在“冲突”中查看` : ''}${result.parked ? `，${result.parked} 个事件暂存待升级` : ''}。`,
      });
      pick(null);
      onDone();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(null);
    }
  };

  const preview = checked?.preview;
  return (
    <Stack maw={760}>
      <Group>
        <FileButton accept=".wssb" onChange={pick}>
          {(props) => (
            <Button {...props} variant="default" leftSection={<IconFileImport size={16} />}>
              选择同步包
            </Button>
          )}
        </FileButton>
        <Text size="sm" data-testid="bundle-file">
          {file ? `${file.name}（${formatBytes(file.size)}）` : '尚未选择文件（.wssb）'}
        </Text>
      </Group>
      <PasswordInput label="口令（仅当对方用口令加密时填写）" value={passphrase} onChange={(e) => setPassphrase(e.currentTarget.value)} maw={320} />
      <Group>
        <Button leftSection={<IconShieldCheck size={16} />} disabled={!file} loading={busy === 'verify'} onClick={() => void verify()}>
          校验并预览
        </Button>
      </Group>
      <SyncProgressBar active={busy !== null} />
      {refusal && (
        <Alert color="red" title="未导入，本机数据未做任何改动" data-testid="import-refusal">
          {refusal}
        </Alert>
      )}
      {preview && (
        <Stack gap="sm" data-testid="import-preview">
          <Alert color="green" title="校验通过：签名、完整性和格式均无误">
            来自“{preview.source.name}”，生成于 {formatDateTime(preview.createdAt)}
            {preview.full ? '（完整导出）' : ''}。
          </Alert>
          <Text size="sm">
            新事件 <b>{preview.newEvents.toLocaleString('zh-CN')}</b> 个，本机已有 {preview.duplicates} 个，扫描件 {preview.attachments} 份
            {preview.parked ? `，${preview.parked} 个类型较新将暂存` : ''}；涉及申请 {preview.applications.count} 个
            {preview.applications.sample.length > 0 && `（${preview.applications.sample.slice(0, 5).map((a) => a.siteName ?? a.serialNo).join('、')}${preview.applications.count > 5 ? ' 等' : ''}）`}。
          </Text>
          <ByTypeTable byType={preview.byType} />
          {preview.conflicts && preview.conflicts.length > 0 && (
            <Alert color="yellow" title={`导入后将出现 ${preview.conflicts.length} 个冲突（先作出的决定有效，其余列入“冲突”）`}>
              <List size="sm">
                {preview.conflicts.slice(0, 10).map((c, i) => (
                  <List.Item key={i}>
                    {c.siteName ?? ''}（{c.serialNo ?? ''}）：{c.workstationName}的“{c.wanted}”将不生效——{c.found}
                    {c.notices > 0 ? `随之生成的 ${c.notices} 条通知不会发出。` : ''}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {preview.confirmations.length > 0 && (
            <Alert color="red" title="请核对后确认">
              <List size="sm">
                {preview.confirmations.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
              <Checkbox mt="sm" label="我已核对，确认导入" checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            导入前会自动备份数据库；导入一次完成，中途失败则不做任何改动。
          </Text>
          <Group>
            <Button disabled={preview.confirmations.length > 0 && !confirmed} loading={busy === 'apply'} onClick={() => void apply()}>
              导入
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}
