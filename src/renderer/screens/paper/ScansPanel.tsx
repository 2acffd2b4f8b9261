import { Alert, Anchor, Button, Card, FileButton, Group, Image, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileImport, IconPaperclip, IconUpload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { ScanView } from '../../../shared/api';
import { SCAN_MEDIA_LABELS, SCAN_MEDIA_TYPES } from '../../../shared/paper/scans';
import { api, ApiCallError } from '../../api/client';
import { blobUrl, readFileAsBase64 } from '../../files';
import { formatDateTime } from '../../format';
import { reportError } from '../../forms/errors';

const formatSize = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/**
 * 扫描件 of an application: the list with preview, and for clerks adding files from a dialog, by dragging them onto
 * the card, or from the scanner's import folder (checked every few seconds while the card is open).
 */
export function ScansPanel({ applicationId, scans, canAttach, onChanged }: { applicationId: string; scans: ScanView[]; canAttach: boolean; onChanged(): void }) {
  const [busy, setBusy] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [preview, setPreview] = useState<{ fileName: string; mediaType: string; url: string } | null>(null);
  const [inbox, setInbox] = useState<{ folder: string | null; files: { name: string; size: number; modifiedAt: string; tooLarge: boolean }[] } | null>(null);

  useEffect(() => {
    if (!canAttach) return;
    let stopped = false;
    const load = () => api.call('scans.inbox', {}).then((result) => !stopped && setInbox(result), () => undefined);
    void load();
    const timer = window.setInterval(() => void load(), 5000);
    return () => {
      stopped = true;
      window.clearInterval(timer);
    };
  }, [canAttach]);

  const upload = async (files: File[]) => {
    setBusy(true);
    let added = 0;
    for (const file of files) {
      try {
        await api.call('scans.attach', { applicationId, fileName: file.name, contentBase64: await readFileAsBase64(file) });
        added++;
      } catch (error) {
        reportError(error);
      }
    }
    setBusy(false);
    if (added > 0) {
      notifications.show({ color: 'green', message: `已附加 ${added} 份扫描件。` });
      onChanged();
    }
  };

  const fromInbox = async (name: string) => {
    setBusy(true);
    try {
      await api.call('scans.attachFromInbox', { applicationId, fileName: name });
      notifications.show({ color: 'green', message: `已附加“${name}”，原文件已移入“已归档”。` });
      setInbox(await api.call('scans.inbox', {}));
      onChanged();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const open = async (scan: ScanView) => {
    try {
      const { contentBase64, mediaType, fileName } = await api.call('scans.read', { applicationId, sha256: scan.sha256 });
      setPreview({ fileName, mediaType, url: blobUrl(contentBase64, mediaType) });
    } catch (error) {
      notifications.show({ color: 'red', message: error instanceof ApiCallError ? error.message : '读取失败，请重试。' });
    }
  };
  const close = () => {
    if (preview) URL.revokeObjectURL(preview.url);
    setPreview(null);
  };

  return (
    <Card
      withBorder
      data-testid="scans-panel"
      style={dragging ? { outline: '2px dashed var(--mantine-color-blue-5)' } : undefined}
      onDragOver={(e) => {
        if (!canAttach) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        if (!canAttach) return;
        e.preventDefault();
        setDragging(false);
        void upload([...e.dataTransfer.files]);
      }}
    >
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>扫描件</Title>
          {canAttach && (
            <FileButton onChange={(files) => void upload(files)} accept={[...SCAN_MEDIA_TYPES, '.tif', '.tiff'].join(',')} multiple>
              {(props) => (
                <Button {...props} size="xs" variant="light" leftSection={<IconUpload size={14} />} loading={busy}>
                  附加扫描件
                </Button>
              )}
            </FileButton>
          )}
        </Group>
        {canAttach && (
          <Text size="xs" c="dimmed">
            支持 PDF、JPEG、PNG、TIFF，单个文件不超过 20 MB；可把文件拖到此处。
          </Text>
        )}
        {scans.length === 0 ? (
          <Text size="sm" c="dimmed">
            暂无扫描件。
          </Text>
        ) : (
          <Table>
            <Table.Tbody>
              {scans.map((scan) => (
                <Table.Tr key={scan.eventId}>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" onClick={() => void open(scan)}>
                      <IconPaperclip size={12} /> {scan.fileName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs" c="dimmed">
                      {SCAN_MEDIA_LABELS[scan.mediaType]} · {formatSize(scan.size)} · {formatDateTime(scan.attachedAt)} · {scan.attachedBy}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {canAttach && inbox?.folder && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              <IconFileImport size={14} /> 导入文件夹中待归档（{inbox.files.length}）
            </Text>
            {inbox.files.length === 0 && (
              <Text size="xs" c="dimmed">
                {inbox.folder} 中暂无新文件。
              </Text>
            )}
            {inbox.files.slice(0, 8).map((file) => (
              <Group key={file.name} justify="space-between" wrap="nowrap">
                <Text size="sm" truncate>
                  {file.name}
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {formatSize(file.size)} · {formatDateTime(file.modifiedAt)}
                  </Text>
                </Text>
                <Button size="compact-xs" variant="subtle" disabled={busy || file.tooLarge} onClick={() => void fromInbox(file.name)}>
                  {file.tooLarge ? '超过 20 MB' : '附加'}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      <Modal opened={preview !== null} onClose={close} title={preview?.fileName} size="90%" closeButtonProps={{ 'aria-label': '关闭预览' }}>
        {preview && (
          <Stack>
            {preview.mediaType === 'application/pdf' ? (
              <iframe title="扫描件预览" src={preview.url} style={{ width: '100%', height: '75vh', border: 0 }} />
            ) : preview.mediaType === 'image/tiff' ? (
              <Alert color="gray">TIFF 格式无法在此预览，请另存后用看图软件打开。</Alert>
            ) : (
              <Image src={preview.url} alt={preview.fileName} fit="contain" mah="75vh" />
            )}
            <Button component="a" href={preview.url} download={preview.fileName} variant="default" w="fit-content">
              另存
            </Button>
          </Stack>
        )}
      </Modal>
    </Card>
  );
}
