import { Alert, Badge, Button, Card, Checkbox, Grid, Group, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { notifications } from '@mantine/notifications';
import { IconBarcode, IconChecks, IconPrinter } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { PaperLookup } from '../../../shared/api';
import { APPLICATION_KIND_LABELS } from '../../../shared/applications/application';
import { APPLICATION_STATE_LABELS } from '../../../shared/applications/workflow';
import { PAPER_CHANNEL_LABELS, PAPER_CHANNELS, type PaperChannel } from '../../../shared/paper/checkin';
import type { DocumentKind } from '../../../shared/paper/documents';
import { api, ApiCallError } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { ExportButton } from '../../components/ExportButton';
import { PdfPreview } from '../../components/PdfPreview';
import { reportError } from '../../forms/errors';
import { useShortcut } from '../../shortcuts/Shortcuts';
import { CheckinsTable } from './CheckinsTable';
import { ScansPanel } from './ScansPanel';

interface Envelope {
  present: string[];
  receivedOn: string;
  channel: PaperChannel;
  trackingNo: string;
  note: string;
}

const today = () => dayjs().format('YYYY-MM-DD');
/** A new envelope; after a 补正, what earlier check-ins received is already ticked — only the missing items come now. */
const emptyEnvelope = (found?: PaperLookup): Envelope => {
  const received = new Set((found?.checkins ?? []).flatMap((c) => c.items.filter((i) => i.present).map((i) => i.code)));
  return { present: (found?.checklist ?? []).map((i) => i.code).filter((code) => received.has(code)), receivedOn: today(), channel: 'counter', trackingNo: '', note: '' };
};

/**
 * 书面材料登记 at the counter: the scan field keeps focus, so a USB scanner (which types the code and Enter) works
 * without touching the mouse; the 申请序号 typed by hand is the fallback. The checklist decides: complete → 审核,
 * incomplete → 补正 with a notice, and the receipt (and 补正通知) are printed from here.
 */
export function CheckInScreen() {
  const scanField = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [scanError, setScanError] = useState<string | null>(null);
  const [found, setFound] = useState<PaperLookup | null>(null);
  const [envelope, setEnvelope] = useState<Envelope>(emptyEnvelope);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ applicationId: string; complete: boolean; siteName: string } | null>(null);
  const [printing, setPrinting] = useState<DocumentKind[] | null>(null);
  const log = useQuery('paper.log', { page: 1, pageSize: 10 });

  const [params] = useSearchParams();
  const focusScan = () => scanField.current?.focus();
  useEffect(() => {
    focusScan();
    // Opened from an application's page: that application, as if its code had been scanned.
    const applicationId = params.get('application');
    if (applicationId) {
      api.call('paper.open', { applicationId }).then((result) => {
        setFound(result);
        setEnvelope(emptyEnvelope(result));
      }, (error: unknown) => setScanError(error instanceof ApiCallError ? error.message : '打开失败，请重试。'));
    }
    // A scanner types wherever focus is: anything typed while nothing else has focus goes to the scan field.
    const redirect = (event: KeyboardEvent) => {
      if (document.activeElement === document.body && event.key.length === 1 && !event.ctrlKey && !event.altKey && !event.metaKey) focusScan();
    };
    window.addEventListener('keydown', redirect, true);
    return () => window.removeEventListener('keydown', redirect, true);
  }, [params]);

  const lookup = async () => {
    if (!code.trim()) return;
    setScanError(null);
    try {
      const result = await api.call('paper.lookup', { code });
      setFound(result);
      setEnvelope(emptyEnvelope(result));
      setErrors({});
      setDone(null);
      setCode('');
    } catch (error) {
      setFound(null);
      setScanError(error instanceof ApiCallError ? error.message : '查找失败，请重试。');
      scanField.current?.select();
    }
  };

  const allPresent = found ? found.checklist.every((item) => envelope.present.includes(item.code)) : false;
  const missing = found ? found.checklist.filter((item) => !envelope.present.includes(item.code)) : [];
  const set = <K extends keyof Envelope>(key: K, value: Envelope[K]) => setEnvelope((e) => ({ ...e, [key]: value }));

  const submit = async () => {
    if (!found) return;
    setBusy(true);
    try {
      const result = await api.call('paper.checkIn', { applicationId: found.application.id, expectedVersion: found.application.version, ...envelope });
      notifications.show({
        color: result.complete ? 'green' : 'orange',
        message: result.complete ? '材料齐全，已转入审核。' : `已登记，缺 ${missing.length} 项材料，已通知单位补正。`,
      });
      setDone({ applicationId: found.application.id, complete: result.complete, siteName: found.application.siteName });
      setFound(null);
      void log.reload();
      focusScan();
    } catch (error) {
      reportError(error, { setErrors });
    } finally {
      setBusy(false);
    }
  };

  useShortcut('alt+A', '材料全部齐全', () => found && set('present', found.checklist.map((i) => i.code)), found !== null);
  useShortcut('alt+S', '登记', () => void submit(), found !== null);

  return (
    <Stack>
      <Title order={2}>书面材料登记</Title>
      <Card withBorder>
        <Group align="flex-end">
          <TextInput
            ref={scanField}
            label="扫描材料上的二维码"
            description="扫码枪扫描后自动查找；二维码无法识别时，可手工输入二维码下方的编码或申请序号后按回车。"
            placeholder="20261128-420100-0001-1028F244-V1-7K"
            leftSection={<IconBarcode size={18} />}
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void lookup();
            }}
            error={scanError}
            style={{ flex: 1 }}
            autoComplete="off"
            data-testid="scan-field"
          />
          <Button variant="default" onClick={() => void lookup()}>
            查找
          </Button>
        </Group>
      </Card>

      {done && (
        <Alert color={done.complete ? 'green' : 'orange'} title={done.complete ? `“${done.siteName}”材料齐全，已转入审核` : `“${done.siteName}”材料不齐全，已要求补正`}>
          <Group>
            <Button size="xs" leftSection={<IconPrinter size={14} />} onClick={() => setPrinting(done.complete ? ['receipt'] : ['receipt', 'supplement'])}>
              {done.complete ? '打印回执' : '打印回执和补正通知'}
            </Button>
            <Text size="sm">可继续扫描下一份材料。</Text>
          </Group>
        </Alert>
      )}

      {found && (
        <Card withBorder data-testid="checkin-card">
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={3}>{found.application.siteName}</Title>
                <Group gap="xs" mt={4}>
                  <Text size="sm" ff="monospace">
                    {found.application.serialNo}（第 {found.application.version} 版）
                  </Text>
                  <Badge variant="light">{APPLICATION_STATE_LABELS[found.application.state]}</Badge>
                  {found.application.kind && <Badge variant="outline">{APPLICATION_KIND_LABELS[found.application.kind]}</Badge>}
                  {found.application.deadline && <DeadlineBadge deadline={found.application.deadline} />}
                </Group>
                <Text size="sm" mt={4}>
                  {found.application.unitName}
                </Text>
              </div>
            </Group>
            {!found.versionChecked && (
              <Alert color="yellow" variant="light">
                按申请序号查找，未核对版本：请确认材料上印的是第 {found.application.version} 版，否则请单位重新打印。
              </Alert>
            )}
            {found.checkins.length > 0 && (
              <Alert color="blue" variant="light" title="此前登记">
                {found.checkins.map((c) => (
                  <Text size="sm" key={c.eventId}>
                    {c.receivedOn} {PAPER_CHANNEL_LABELS[c.channel]}收到，{c.complete ? '齐全' : `缺：${c.items.filter((i) => !i.present).map((i) => i.label).join('；')}`}
                  </Text>
                ))}
              </Alert>
            )}
            <Grid>
              <Grid.Col span={{ base: 12, md: 7 }}>
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Text fw={600}>材料清单</Text>
                    <Button size="xs" variant="subtle" leftSection={<IconChecks size={14} />} onClick={() => set('present', found.checklist.map((i) => i.code))}>
                      全部齐全（Alt+A）
                    </Button>
                  </Group>
                  <Checkbox.Group value={envelope.present} onChange={(value) => set('present', value)}>
                    <Stack gap="xs">
                      {found.checklist.map((item) => (
                        <Checkbox key={item.code} value={item.code} label={item.label} />
                      ))}
                    </Stack>
                  </Checkbox.Group>
                </Stack>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 5 }}>
                <Stack gap="xs">
                  <DateInput
                    label="收到日期"
                    valueFormat="YYYY-MM-DD"
                    maxDate={today()}
                    value={envelope.receivedOn}
                    onChange={(value) => set('receivedOn', value ? dayjs(value).format('YYYY-MM-DD') : '')}
                    error={errors.receivedOn}
                  />
                  <div>
                    <Text size="sm" fw={500} mb={4}>
                      报送方式
                    </Text>
                    <SegmentedControl
                      fullWidth
                      value={envelope.channel}
                      onChange={(value) => set('channel', value as PaperChannel)}
                      data={PAPER_CHANNELS.map((c) => ({ value: c, label: PAPER_CHANNEL_LABELS[c] }))}
                    />
                  </div>
                  <TextInput
                    label={envelope.channel === 'counter' ? '单号（可选）' : envelope.channel === 'post' ? '快递单号' : '机要编号'}
                    withAsterisk={envelope.channel === 'post'}
                    value={envelope.trackingNo}
                    onChange={(e) => set('trackingNo', e.currentTarget.value)}
                    error={errors.trackingNo}
                  />
                  <Textarea label="备注" autosize minRows={1} value={envelope.note} onChange={(e) => set('note', e.currentTarget.value)} error={errors.note} />
                </Stack>
              </Grid.Col>
            </Grid>
            <ScansPanel
              applicationId={found.application.id}
              scans={found.scans}
              canAttach
              onChanged={() => void api.call('paper.open', { applicationId: found.application.id }).then((fresh) => setFound({ ...fresh, versionChecked: found.versionChecked }))}
            />
            <Group justify="space-between">
              <Text size="sm" c={allPresent ? 'green' : 'orange'}>
                {allPresent ? '材料齐全：登记后转入审核。' : `缺 ${missing.length} 项：登记后将通知单位补正。`}
              </Text>
              <Group>
                <Button variant="default" onClick={() => { setFound(null); focusScan(); }}>
                  取消
                </Button>
                <Button color={allPresent ? 'green' : 'orange'} loading={busy} onClick={() => void submit()}>
                  {allPresent ? '登记，材料齐全（Alt+S）' : '登记，要求补正（Alt+S）'}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Card>
      )}

      <Group justify="space-between">
        <Title order={4}>最近登记</Title>
        <ExportButton request={{ list: 'checkins', filters: {} }} />
      </Group>
      {log.error && <Alert color="red">{log.error}</Alert>}
      <CheckinsTable rows={log.data?.rows ?? []} />
      {done && (
        <PdfPreview applicationId={done.applicationId} available={done.complete ? ['receipt'] : ['receipt', 'supplement']} initial={printing ?? []} opened={printing !== null} onClose={() => { setPrinting(null); focusScan(); }} />
      )}
    </Stack>
  );
}
