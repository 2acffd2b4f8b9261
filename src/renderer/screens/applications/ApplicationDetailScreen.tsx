import { Alert, Anchor, Badge, Button, Card, Grid, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconBarcode, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { APPLICATION_KIND_LABELS, type ApplicationDraft } from '../../../shared/applications/application';
import { APPLICATION_STATE_LABELS, TRANSITIONS, type ApplicationState } from '../../../shared/applications/workflow';
import { SYSTEM_CATEGORY_LABELS } from '../../../shared/units/unit';
import { checkCnDomain } from '../../../shared/validation/domains';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { ChecksPanel } from '../../components/ChecksPanel';
import { DeadlineBadge } from '../../components/DeadlineBadge';
import { InfoTable } from '../../components/InfoTable';
import { PdfPreview } from '../../components/PdfPreview';
import type { DocumentKind } from '../../../shared/paper/documents';
import { CheckinsTable } from '../paper/CheckinsTable';
import { ScansPanel } from '../paper/ScansPanel';
import { reportError } from '../../forms/errors';
import { formatDateTime, formatPhone, formatRegion } from '../../format';
import { useSession } from '../../session/SessionContext';
import { useShortcut } from '../../shortcuts/Shortcuts';
import { NoticesTable } from '../notices/NoticesTable';
import { ClosureButton } from '../review/ClosureButton';
import { DecisionList } from '../review/DecisionList';
import { DecisionPanel } from '../review/DecisionPanel';
import { HistoryTimeline } from '../review/HistoryTimeline';
import { VersionDiff } from '../review/VersionDiff';

/** One application: its versions as the online form shows them, the pending draft, and the automatic checks. */
export function ApplicationDetailScreen() {
  const { applicationId = '' } = useParams();
  const navigate = useNavigate();
  const { hasRole } = useSession();
  const detail = useQuery('applications.get', { applicationId });
  const [shown, setShown] = useState<string | null>(null);
  const [printing, setPrinting] = useState(false);
  // The queue this application is (or was last) in: 待审核 around the final decision, else 待初审.
  const queue: ApplicationState =
    detail.data?.state === 'finalReview' || detail.data?.decisions.at(-1)?.stage === 'final' ? 'finalReview' : 'submitted';
  const goToNext = async () => {
    // The oldest application still waiting in the same queue, other than this one.
    const { rows } = await api.call('applications.query', { states: [queue], sort: { column: 'submittedAt', direction: 'asc' }, pageSize: 2 });
    const next = rows.find((r) => r.id !== applicationId);
    if (next) {
      setShown(null);
      navigate(`/applications/${next.id}`);
    } else notifications.show({ message: `没有其他${APPLICATION_STATE_LABELS[queue]}的申请。` });
  };
  useShortcut('alt+J', '下一个同队列的申请', () => void goToNext(), hasRole('reviewer'));
  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!detail.data) return null;
  const a = detail.data;
  const stage = a.state === 'submitted' ? 'initial' : a.state === 'finalReview' ? 'final' : null;
  const canWithdraw = (hasRole('clerk') || hasRole('reviewer')) && TRANSITIONS[a.state].withdraw !== undefined;
  const canRevoke = hasRole('reviewer') && TRANSITIONS[a.state].revoke !== undefined;
  const reload = () => void detail.reload();
  const lastCheckin = a.checkins.at(-1);
  const printable: DocumentKind[] = a.serialNo
    ? ['letter', 'form', ...(lastCheckin ? (['receipt'] as const) : []), ...(lastCheckin && !lastCheckin.complete ? (['supplement'] as const) : [])]
    : [];
  const expectsPaper = a.state === 'awaitingPaper' || a.state === 'supplementRequested';
  const choices = [
    ...a.versions.map((v) => ({ value: String(v.version), label: `第 ${v.version} 版（${formatDateTime(v.submittedAt)}）` })),
    ...(a.draft ? [{ value: 'draft', label: '未提交的草稿' }] : []),
  ];
  const current = shown ?? choices.at(-1)?.value ?? 'draft';
  const data: ApplicationDraft | null = current === 'draft' ? a.draft : (a.versions.find((v) => String(v.version) === current)?.data ?? null);
  // The version before the one on screen (for a draft: the newest submitted version), to show what changed.
  const shownNumber = current === 'draft' ? a.version + 1 : Number(current);
  const previous = a.versions.find((v) => v.version === shownNumber - 1)?.data ?? null;
  const lastRejected = [...a.decisions].reverse().find((d) => d.decision === 'reject');
  const canDecide = hasRole('reviewer') && stage !== null && current === String(a.version);

  const discard = () =>
    modals.openConfirmModal({
      title: '放弃草稿',
      children: <Text size="sm">{a.version > 0 ? '放弃未提交的修改，申请保持第 ' + a.version + ' 版。' : '该申请从未提交，放弃后将被删除。'}</Text>,
      labels: { confirm: '放弃', cancel: '取消' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await api.call('applications.discardDraft', { applicationId: a.id });
          notifications.show({ message: '草稿已放弃。' });
          if (a.version === 0) navigate(`/units/${a.unitId}`);
          else {
            setShown(null);
            void detail.reload();
          }
        } catch (error) {
          reportError(error);
        }
      },
    });

  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2}>{a.siteName || '（未填写网站名称）'}</Title>
          <Group gap="xs" mt={4}>
            <Text size="sm" ff="monospace">
              {a.serialNo ?? '尚未提交'}
            </Text>
            <Badge variant="light">{APPLICATION_STATE_LABELS[a.state]}</Badge>
            {a.kind && <Badge variant="outline">{APPLICATION_KIND_LABELS[a.kind]}</Badge>}
            <Text size="sm" c="dimmed">
              申请时间 {formatDateTime(a.submittedAt)}
            </Text>
            {a.deadline && <DeadlineBadge deadline={a.deadline} />}
          </Group>
        </div>
        <Group>
          {printable.length > 0 && (
            <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => setPrinting(true)}>
              打印材料
            </Button>
          )}
          {hasRole('clerk') && expectsPaper && (
            <Button leftSection={<IconBarcode size={16} />} onClick={() => navigate(`/paper?application=${a.id}`)}>
              登记书面材料
            </Button>
          )}
          {canWithdraw && <ClosureButton application={a} how="withdraw" onDone={reload} />}
          {canRevoke && <ClosureButton application={a} how="revoke" onDone={reload} />}
          {hasRole('clerk') && (a.state === 'draft' || a.state === 'submitted' || a.state === 'initialRejected') && (
            <>
              {a.draft && (
                <Button variant="subtle" color="red" onClick={discard}>
                  放弃草稿
                </Button>
              )}
              <Button leftSection={<IconPencil size={16} />} onClick={() => navigate(`/applications/${a.id}/edit`)}>
                {a.draft ? '继续填写' : '修改申请'}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {choices.length > 1 && <SegmentedControl data={choices} value={current} onChange={setShown} w="fit-content" />}
      {current !== choices.at(-1)?.value && (
        <Alert color="yellow" variant="light">
          正在查看第 {current} 版，不是最新内容；标题和状态属于最新版本。
        </Alert>
      )}
      {current === 'draft' && a.version > 0 && (
        <Alert color="yellow" variant="light">
          正在查看未提交的草稿；已提交的最新版本为第 {a.version} 版。
        </Alert>
      )}
      <DecisionList decisions={a.decisions} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            {data && previous && (
              <VersionDiff
                before={previous}
                after={data}
                title={
                  lastRejected && lastRejected.version === shownNumber - 1
                    ? `第 ${shownNumber - 1} 版初审不通过后，单位修改了以下内容`
                    : `与第 ${shownNumber - 1} 版相比的修改`
                }
              />
            )}
            <Card withBorder>
              <Title order={4} mb="xs">
                单位基本信息
              </Title>
              <InfoTable
                rows={[
                  ['开办主体名称', <Anchor component={Link} to={`/units/${a.unit.id}`} key="unit">{a.unit.name}</Anchor>],
                  ['单位类型（系统类别）', SYSTEM_CATEGORY_LABELS[a.unit.systemCategory]],
                  ['所属区域', formatRegion(a.unit.regionCode)],
                  ['通讯地址', a.unit.address],
                  ['网站开办主体职能简介', data?.functions ?? ''],
                  ['经办人', a.unit.handler.name],
                  ['经办人电话', data ? formatPhone(data.handler.phone, data.handler.phoneExt) : ''],
                  ['经办人手机', data?.handler.mobile ?? ''],
                  ['经办人邮箱', data?.handler.email ?? ''],
                  ['网站负责人电话', data ? formatPhone(data.siteManager.phone, data.siteManager.phoneExt) : ''],
                  ['网站负责人手机', data?.siteManager.mobile ?? ''],
                  ['网站负责人邮箱', data?.siteManager.email ?? ''],
                ]}
              />
            </Card>
            {data && (
              <Card withBorder>
                <Title order={4} mb="xs">
                  网站信息
                </Title>
                <InfoTable
                  rows={[
                    ['申请类型', data.kind ? APPLICATION_KIND_LABELS[data.kind] : ''],
                    ['网站名称', data.siteName],
                    ['中文域名', data.cnDomain ? `${data.cnDomain}（${cnAscii(data.cnDomain)}）` : ''],
                    ['网络红页', data.redPage ? '是（使用政务和公益机构建站平台）' : '否'],
                    ['英文域名', data.enDomain],
                    ['IP 地址（IPv4）', data.ipv4],
                    ['IP 地址（IPv6）', data.ipv6],
                    ['网站简介', data.siteIntro],
                  ]}
                />
              </Card>
            )}
            {a.checkins.length > 0 && (
              <Card withBorder>
                <Title order={4} mb="xs">
                  书面材料登记
                </Title>
                <CheckinsTable rows={a.checkins} showApplication={false} />
              </Card>
            )}
            {a.notices.length > 0 && (
              <Card withBorder>
                <Title order={4} mb="xs">
                  通知
                </Title>
                <NoticesTable rows={a.notices} showApplication={false} />
              </Card>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            {canDecide && stage && <DecisionPanel application={a} stage={stage} onDecided={reload} />}
            {hasRole('reviewer') && (
              <Button variant="default" onClick={() => void goToNext()}>
                下一个{APPLICATION_STATE_LABELS[queue]}的申请（Alt+J）
              </Button>
            )}
            {a.serialNo && <ScansPanel applicationId={a.id} scans={a.scans} canAttach={hasRole('clerk')} onChanged={reload} />}
            <ChecksPanel checks={a.checks} />
            <HistoryTimeline history={a.history} />
          </Stack>
        </Grid.Col>
      </Grid>
      {printable.length > 0 && (
        <PdfPreview applicationId={a.id} available={printable} initial={printable.slice(0, 2)} opened={printing} onClose={() => setPrinting(false)} />
      )}
    </Stack>
  );
}

function cnAscii(domain: string): string {
  const result = checkCnDomain(domain);
  return result.ok ? result.ascii : '无法编码';
}
