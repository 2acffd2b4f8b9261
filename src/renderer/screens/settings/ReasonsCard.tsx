import { Button, Card, Group, Select, Stack, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { REASON_STAGE_LABELS, REASON_STAGES, REVIEW_FIELDS, type ReasonCode } from '../../../shared/review/reasons';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { reportError } from '../../forms/errors';

const FIELD_OPTIONS = Object.entries(REVIEW_FIELDS).map(([value, label]) => ({ value, label }));
const STAGE_OPTIONS = REASON_STAGES.map((s) => ({ value: s, label: REASON_STAGE_LABELS[s] }));
const EMPTY: ReasonCode = { code: '', label: '', stage: 'initial', field: null, retired: false };

/** 不通过原因: reword, retire or add the reasons reviewers choose from. */
export function ReasonsCard() {
  const reasons = useQuery('review.reasons', {});
  const [editing, setEditing] = useState<ReasonCode | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const isNew = editing !== null && !reasons.data?.some((r) => r.code === editing.code && editing.code !== '');

  const save = async (reason: ReasonCode) => {
    try {
      await api.call('review.saveReason', reason);
      notifications.show({ color: 'green', message: `已保存原因“${reason.label}”。` });
      setEditing(null);
      setErrors({});
      void reasons.reload();
    } catch (error) {
      reportError(error, { setErrors });
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between">
          <Title order={4}>不通过原因</Title>
          <Button size="xs" variant="light" onClick={() => setEditing({ ...EMPTY })}>
            新增原因
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          审核员从这里的原因中选择；停用的原因不再提供，但仍显示在用过它的决定上。
        </Text>
        {editing && (
          <Card withBorder bg="gray.0">
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput label="代码" disabled={!isNew} value={editing.code} onChange={(e) => setEditing({ ...editing, code: e.currentTarget.value })} error={errors.code} />
                <Select label="适用环节" data={STAGE_OPTIONS} value={editing.stage} allowDeselect={false} onChange={(v) => setEditing({ ...editing, stage: (v ?? 'initial') as ReasonCode['stage'] })} />
                <Select label="默认栏目" data={FIELD_OPTIONS} value={editing.field} clearable placeholder="（不针对具体栏目）" onChange={(v) => setEditing({ ...editing, field: v })} />
              </Group>
              <TextInput label="表述" value={editing.label} onChange={(e) => setEditing({ ...editing, label: e.currentTarget.value })} error={errors.label} />
              <Group>
                <Button size="xs" onClick={() => void save(editing)}>
                  保存
                </Button>
                <Button size="xs" variant="default" onClick={() => setEditing(null)}>
                  取消
                </Button>
              </Group>
            </Stack>
          </Card>
        )}
        <Table striped withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>表述</Table.Th>
              <Table.Th w={110}>适用环节</Table.Th>
              <Table.Th w={130}>默认栏目</Table.Th>
              <Table.Th w={90}>启用</Table.Th>
              <Table.Th w={60} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(reasons.data ?? []).map((r) => (
              <Table.Tr key={r.code} c={r.retired ? 'dimmed' : undefined}>
                <Table.Td>
                  {r.label}
                </Table.Td>
                <Table.Td>{REASON_STAGE_LABELS[r.stage]}</Table.Td>
                <Table.Td>{r.field ? REVIEW_FIELDS[r.field] : '—'}</Table.Td>
                <Table.Td>
                  <Switch checked={!r.retired} onChange={(e) => void save({ ...r, retired: !e.currentTarget.checked })} aria-label={`启用 ${r.label}`} />
                </Table.Td>
                <Table.Td>
                  <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ ...r })}>
                    修改
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Card>
  );
}
