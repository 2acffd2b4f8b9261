import { ActionIcon, Alert, Button, Card, Group, Modal, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconCheck, IconPlus, IconTrash, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApplicationDetail } from '../../../shared/api';
import { REVIEW_STAGE_WORDS, type RejectionReason, type ReviewStage } from '../../../shared/review/decision';
import { DECISION_TRIGGERS, decisionNotice } from '../../../shared/review/notice';
import { REVIEW_FIELDS } from '../../../shared/review/reasons';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';
import { useShortcut } from '../../shortcuts/Shortcuts';

const FIELD_OPTIONS = Object.entries(REVIEW_FIELDS).map(([value, label]) => ({ value, label }));

/** What the reviewer checks at each stage. */
const STAGE_HINTS: Record<ReviewStage, string> = {
  initial: '核对单位资质、联系人、网站名称和域名名称。',
  final: '核对书面材料与在线信息是否一致，决定是否通过审核。',
};

/**
 * A decision (初审, or the final 审核 after the paper) for the version on screen: pass, or reject with one or more
 * reasons, each attachable to a field. The reviewer reads the notice the unit will get before confirming.
 */
export function DecisionPanel({ application, stage, onDecided }: { application: ApplicationDetail; stage: ReviewStage; onDecided(): void }) {
  const words = REVIEW_STAGE_WORDS[stage];
  const [mode, setMode] = useState<'pass' | 'reject' | null>(null);
  const [reasons, setReasons] = useState<RejectionReason[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  const open = (decision: 'pass' | 'reject') => {
    setMode(decision);
    setErrors({});
    if (decision === 'reject' && reasons.length === 0) setReasons([{ code: '', field: null, note: '' }]);
  };
  useShortcut('alt+P', words.pass, () => open('pass'));
  useShortcut('alt+R', words.reject, () => open('reject'));

  const update = (i: number, change: Partial<RejectionReason>) => setReasons((list) => list.map((r, k) => (k === i ? { ...r, ...change } : r)));
  const templates = useQuery('notices.templates', {});
  const codes = useQuery('review.reasons', {});
  const reasonOptions = (codes.data ?? []).filter((r) => r.stage !== (stage === 'initial' ? 'paper' : 'initial') && !r.retired).map((r) => ({ value: r.code, label: r.label }));
  const chosen = mode === 'reject' ? reasons.filter((r) => r.code) : [];
  const facts = { unitName: application.unitName, siteName: application.siteName, serialNo: application.serialNo ?? '' };
  const preview = (channel: 'sms' | 'email') =>
    mode && templates.data && codes.data ? decisionNotice(templates.data, codes.data, facts, DECISION_TRIGGERS[stage][mode], chosen, note.trim(), channel) : '';

  const confirm = async () => {
    if (!mode) return;
    setBusy(true);
    try {
      await api.call(stage === 'initial' ? 'review.decideInitial' : 'review.decideFinal', {
        applicationId: application.id,
        expectedVersion: application.version,
        decision: mode,
        reasons: mode === 'reject' ? reasons : [],
        note,
      });
      setMode(null);
      setReasons([]);
      setNote('');
      onDecided();
    } catch (error) {
      reportError(error, { setErrors });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card withBorder>
      <Stack gap="xs">
        <Title order={4}>
          {words.title}（第 {application.version} 版）
        </Title>
        <Text size="sm" c="dimmed">
          {STAGE_HINTS[stage]}快捷键：Alt+P 通过，Alt+R 不通过，Alt+J 下一个。
        </Text>
        <Group grow>
          <Button color="green" leftSection={<IconCheck size={16} />} onClick={() => open('pass')}>
            {words.pass}
          </Button>
          <Button color="red" variant="light" leftSection={<IconX size={16} />} onClick={() => open('reject')}>
            {words.reject}
          </Button>
        </Group>
      </Stack>
      <Modal opened={mode !== null} onClose={() => setMode(null)} title={mode === 'pass' ? `确认${words.pass}` : words.reject} size="lg">
        <Stack>
          {mode === 'reject' && (
            <>
              {reasons.map((reason, i) => (
                <Group key={i} align="flex-start" wrap="nowrap">
                  <Stack gap={4} style={{ flex: 1 }}>
                    <Select
                      label={`原因 ${i + 1}`}
                      placeholder="选择不通过原因"
                      data={reasonOptions}
                      value={reason.code || null}
                      searchable
                      onChange={(code) => {
                        const suggested = codes.data?.find((r) => r.code === code)?.field ?? null;
                        update(i, { code: code ?? '', field: reason.field ?? suggested });
                      }}
                      error={errors[`reasons.${i}.code`]}
                    />
                    <Group grow>
                      <Select
                        label="涉及栏目"
                        placeholder="（不针对具体栏目）"
                        data={FIELD_OPTIONS}
                        value={reason.field}
                        clearable
                        searchable
                        onChange={(field) => update(i, { field })}
                      />
                      <Textarea
                        label="说明"
                        autosize
                        minRows={1}
                        value={reason.note}
                        onChange={(e) => update(i, { note: e.currentTarget.value })}
                        error={errors[`reasons.${i}.note`]}
                      />
                    </Group>
                  </Stack>
                  <ActionIcon mt={28} variant="subtle" color="gray" aria-label={`删除原因 ${i + 1}`} onClick={() => setReasons((list) => list.filter((_, k) => k !== i))}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Group>
              ))}
              {errors.reasons && <Alert color="red">{errors.reasons}</Alert>}
              <Button variant="subtle" w="fit-content" leftSection={<IconPlus size={16} />} onClick={() => setReasons((list) => [...list, { code: '', field: null, note: '' }])}>
                再加一个原因
              </Button>
            </>
          )}
          <Textarea label="补充说明（可选）" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
          <Alert color="blue" variant="light" title="单位将收到的短信（经平台发送）">
            <Text size="sm" data-testid="notice-preview">
              {preview('sms')}
            </Text>
          </Alert>
          <Alert color="gray" variant="light" title="以及邮件">
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {preview('email')}
            </Text>
          </Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMode(null)}>
              取消
            </Button>
            <Button color={mode === 'pass' ? 'green' : 'red'} loading={busy} onClick={() => void confirm()}>
              {mode === 'pass' ? '确认通过' : '确认不通过'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
