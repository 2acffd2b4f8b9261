import { Alert, Badge, Button, Code, CopyButton, Drawer, FileButton, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import type { BadgeView } from '../../../shared/api';
import { PAGE_STATUS_LABELS, type SiteCheck } from '../../../shared/badges/check';
import { SNIPPET_INSTRUCTION } from '../../../shared/badges/code';
import { api } from '../../api/client';
import { reportError } from '../../forms/errors';
import { readFileAsBase64 } from '../../files';
import { formatDateTime } from '../../format';
import { downloadText, snippetText } from './snippetFile';

/** One site's badge: the code, the snippet to hand to the unit, and 挂标检测 of pasted code or uploaded pages. */
export function BadgeDrawer({ badge, onClose, onChecked }: { badge: BadgeView | null; onClose(): void; onChecked(): void }) {
  const [html, setHtml] = useState('');
  const [url, setUrl] = useState('');
  const [report, setReport] = useState<SiteCheck | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async (input: { html: string | null; url?: string | null; file: { name: string; contentBase64: string } | null }) => {
    if (!badge) return;
    setBusy(true);
    try {
      setReport(await api.call('badges.check', { applicationId: badge.applicationId, ...input }));
      onChecked();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    setReport(null);
    setHtml('');
    onClose();
  };

  return (
    <Drawer opened={badge !== null} onClose={close} position="right" size="xl" title={badge?.siteName}>
      {badge && (
        <Stack>
          <Text size="sm" c="dimmed">
            {badge.unitName} · {badge.serialNo}
          </Text>
          {badge.code ? (
            <>
              <Group>
                <Text fw={600}>标识编号</Text>
                <Text ff="monospace">{badge.code}</Text>
                <Badge color={badge.color === 'red' ? 'red' : 'blue'}>{badge.color === 'red' ? '党政机关（红色）' : '事业单位（蓝色）'}</Badge>
                <Text size="sm" c="dimmed">发放于 {formatDateTime(badge.issuedAt)}</Text>
              </Group>
              <Text size="sm">{SNIPPET_INSTRUCTION}</Text>
              <Code block data-testid="snippet" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                {badge.snippet}
              </Code>
              <Group>
                <CopyButton value={badge.snippet ?? ''}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" leftSection={copied ? <IconCheck size={14} /> : <IconCopy size={14} />} onClick={copy}>
                      {copied ? '已复制' : '复制代码'}
                    </Button>
                  )}
                </CopyButton>
                <Button size="xs" variant="default" leftSection={<IconDownload size={14} />} onClick={() => downloadText(`标识代码-${badge.siteName}.txt`, snippetText([badge]))}>
                  下载代码文件
                </Button>
              </Group>
              <Title order={5}>挂标检测</Title>
              <Text size="sm" c="dimmed">
                粘贴网页源代码，或上传保存的网页文件、整个网站的 .zip 压缩包；全部页面通过后网站转为“已挂标”。
              </Text>
              <Textarea label="网页源代码" autosize minRows={3} maxRows={8} value={html} onChange={(e) => setHtml(e.currentTarget.value)} />
              <Group>
                <Button size="xs" loading={busy} disabled={!html.trim()} onClick={() => void check({ html, file: null })}>
                  检测粘贴的代码
                </Button>
                <FileButton accept=".html,.htm,.shtml,.zip" onChange={(file) => file && void readFileAsBase64(file).then((contentBase64) => check({ html: null, file: { name: file.name, contentBase64 } }))}>
                  {(props) => (
                    <Button {...props} size="xs" variant="default" leftSection={<IconUpload size={14} />} loading={busy}>
                      上传网页或 .zip 检测
                    </Button>
                  )}
                </FileButton>
              </Group>
              <Group align="flex-end">
                <TextInput label="或：网址（须管理员开启联网检测）" placeholder="https://www.example.gov.cn/" value={url} onChange={(e) => setUrl(e.currentTarget.value)} style={{ flex: 1 }} />
                <Button size="xs" variant="default" loading={busy} disabled={!url.trim()} onClick={() => void check({ html: null, url, file: null })}>
                  打开网址检测
                </Button>
              </Group>
              {report && (
                <Alert color={report.passed ? 'green' : 'red'} title={report.passed ? '全部页面已正确挂标' : '有页面未通过'} data-testid="check-report">
                  <Table>
                    <Table.Tbody>
                      {/* Pages that failed first: they are what the unit has to fix. */}
                      {[...report.pages].sort((a, b) => Number(a.status === 'present') - Number(b.status === 'present')).map((p) => (
                        <Table.Tr key={p.page}>
                          <Table.Td>{p.page}</Table.Td>
                          <Table.Td>
                            <Badge color={p.status === 'present' ? 'green' : p.status === 'skipped' ? 'gray' : 'red'} variant="light">
                              {PAGE_STATUS_LABELS[p.status]}
                            </Badge>
                          </Table.Td>
                          <Table.Td>
                            <Text size="xs">{p.detail}</Text>
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Alert>
              )}
            </>
          ) : (
            <Alert color="gray">尚未发放标识。</Alert>
          )}
        </Stack>
      )}
    </Drawer>
  );
}
