import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';

/** 扫描件导入文件夹: where this workstation's document scanner saves its files (a setting of this machine only). */
export function ScanInboxCard() {
  const inbox = useQuery('scans.inbox', {});
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  useEffect(() => setFolder(inbox.data?.folder ?? ''), [inbox.data?.folder]);

  const save = async () => {
    setSaving(true);
    setError(undefined);
    try {
      await api.call('scans.setInboxFolder', { folder: folder.trim() || null });
      notifications.show({ color: 'green', message: folder.trim() ? '导入文件夹已设置，登记员可在申请页面直接附加其中的扫描件。' : '已取消导入文件夹。' });
      void inbox.reload();
    } catch (e) {
      reportError(e, { setErrors: (fields) => setError(fields.folder) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={4}>扫描件导入文件夹</Title>
        <Text size="sm" c="dimmed">
          扫描仪把文件保存到此文件夹后，登记员可在申请页面和书面材料登记中一键附加；附加后原文件移入其中的“已归档”子文件夹。仅对本工作站有效。
        </Text>
        <Group align="flex-end">
          <TextInput label="文件夹路径" placeholder="例如 D:\扫描件" value={folder} onChange={(e) => setFolder(e.currentTarget.value)} error={error} style={{ flex: 1 }} />
          <Button loading={saving} onClick={() => void save()}>
            保存
          </Button>
        </Group>
        {inbox.data?.folder && (
          <Text size="sm">
            当前有 {inbox.data.files.length} 个文件待归档。
          </Text>
        )}
      </Stack>
    </Card>
  );
}
