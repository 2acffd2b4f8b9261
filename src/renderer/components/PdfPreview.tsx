import { Alert, Button, Checkbox, Group, Loader, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { DOCUMENT_KIND_LABELS, type DocumentKind } from '../../shared/paper/documents';
import { api, ApiCallError } from '../api/client';
import { blobUrl } from '../files';

interface Rendered {
  url: string;
  fileName: string;
}

/**
 * 打印预览: the chosen documents of an application as one PDF in Chromium's viewer, printed or saved from here.
 * The documents to include can be changed in place (a batch prints in one go).
 */
export function PdfPreview({
  applicationId,
  available,
  initial,
  opened,
  onClose,
}: {
  applicationId: string;
  available: DocumentKind[];
  initial: DocumentKind[];
  opened: boolean;
  onClose(): void;
}) {
  const [kinds, setKinds] = useState<DocumentKind[]>(initial);
  const [rendered, setRendered] = useState<Rendered | null>(null);
  const [error, setError] = useState<string | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const key = kinds.join(',');

  useEffect(() => {
    if (opened) setKinds(initial);
    // Opening again starts from the caller's choice.
  }, [opened]);

  useEffect(() => {
    if (!opened || kinds.length === 0) return;
    let url: string | null = null;
    let cancelled = false;
    setRendered(null);
    setError(null);
    api
      .call('documents.render', { applicationId, kinds })
      .then(({ fileName, pdfBase64 }) => {
        if (cancelled) return;
        url = blobUrl(pdfBase64, 'application/pdf');
        setRendered({ url, fileName });
      })
      .catch((e: unknown) => !cancelled && setError(e instanceof ApiCallError ? e.message : '生成失败，请重试。'));
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [opened, applicationId, key]);

  return (
    <Modal opened={opened} onClose={onClose} title="打印预览" size="90%" styles={{ body: { height: '80vh' } }} closeButtonProps={{ 'aria-label': '关闭预览' }} returnFocus={false}>
      <Stack h="100%" gap="sm">
        <Group justify="space-between">
          <Checkbox.Group value={kinds} onChange={(value) => setKinds(available.filter((k) => value.includes(k)))}>
            <Group>
              {available.map((kind) => (
                <Checkbox key={kind} value={kind} label={DOCUMENT_KIND_LABELS[kind]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Group>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              disabled={!rendered}
              component="a"
              href={rendered?.url}
              download={rendered?.fileName}
            >
              保存为 PDF
            </Button>
            <Button leftSection={<IconPrinter size={16} />} disabled={!rendered} onClick={() => frame.current?.contentWindow?.print()}>
              打印
            </Button>
          </Group>
        </Group>
        {kinds.length === 0 && <Text c="dimmed">请选择要打印的材料。</Text>}
        {error && <Alert color="red">{error}</Alert>}
        {!rendered && !error && kinds.length > 0 && <Loader m="auto" />}
        {rendered && <iframe ref={frame} title="打印预览" src={rendered.url} data-file-name={rendered.fileName} style={{ flex: 1, border: '1px solid var(--mantine-color-gray-3)', width: '100%' }} />}
      </Stack>
    </Modal>
  );
}
