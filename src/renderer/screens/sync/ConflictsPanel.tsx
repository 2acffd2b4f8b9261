import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ConflictView } from '../../../shared/sync/views';
import { api } from '../../api/client';
import type { Query } from '../../api/useQuery';
import { EmptyRow } from '../../components/EmptyRow';
import { UNCLIPPED } from '../../components/badgeStyles';
import { reportError } from '../../forms/errors';
import { formatDateTime, formatMoment } from '../../format';

/**
 * 冲突: what two workstations decided differently while apart. Both sides are shown; the one stamped first stands on
 * every workstation. An admin records what was done about it (a phone call, a new decision), which travels too.
 */
export function ConflictsPanel({ conflicts, onChange }: { conflicts: Query<ConflictView[]>; onChange(): void }) {
  const [resolving, setResolving] = useState<ConflictView | null>(null);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);

  const resolve = async () => {
    if (!resolving) return;
    if (note.trim().length < 2) {
      setNoteError('请写明如何处理（至少 2 个字）');
      return;
    }
    try {
      await api.call('sync.resolveConflict', { eventId: resolving.eventId, note });
      notifications.show({ color: 'green', message: '已记录冲突的处理情况。' });
      setResolving(null);
      onChange();
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <Stack>
      <Text size="sm" c="dimmed">
        两台工作站在未同步时对同一申请作出了不同决定：时间在先的决定在所有工作站上有效，另一方的决定（及随之生成的通知）保留在日志中但不生效。请与对方核实后记录处理情况；如需改变结果，请按正常流程办理。
      </Text>
      {conflicts.error && <Alert color="red">{conflicts.error}</Alert>}
      <Table withTableBorder verticalSpacing="sm" miw={900} data-testid="conflicts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>申请</Table.Th>
            <Table.Th>未生效的操作</Table.Th>
            <Table.Th>有效的操作</Table.Th>
            <Table.Th>处理</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {conflicts.data?.length === 0 && <EmptyRow columns={4} text="没有同步冲突。" />}
          {(conflicts.data ?? []).map((c) => (
            <Table.Tr key={c.eventId}>
              <Table.Td>
                <Text size="sm">{c.siteName ?? '—'}</Text>
                <Text size="xs" ff="monospace" c="dimmed">
                  {c.serialNo ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={500}>{c.wanted}</Text>
                <Text size="xs" c="dimmed">
                  {c.workstationName} · {c.actorName} · {formatMoment(c.at)}
                </Text>
                <Text size="xs" c="red">{c.found}</Text>
                {c.notices > 0 && (
                  <Text size="xs" c="dimmed">
                    随之生成的 {c.notices} 条通知未进入发件箱。
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.winner ? (
                  <>
                    <Text size="sm">{c.winner.summary}</Text>
                    <Text size="xs" c="dimmed">
                      {c.winner.workstationName} · {c.winner.actorName} · {formatMoment(c.winner.at)}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">—</Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.resolvedAt ? (
                  <Stack gap={2}>
                    <Badge color="green" variant="light" styles={UNCLIPPED}>已处理</Badge>
                    <Text size="xs">{c.resolutionNote}</Text>
                    <Text size="xs" c="dimmed">
                      {c.resolvedByName} · {formatDateTime(c.resolvedAt)}
                    </Text>
                  </Stack>
                ) : (
                  <Button size="xs" variant="light" onClick={() => (setResolving(c), setNote(''), setNoteError(null))}>
                    记录处理
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal opened={resolving !== null} onClose={() => setResolving(null)} title="记录冲突的处理">
        {resolving && (
          <Stack>
            <Text size="sm">
              {resolving.siteName}：{resolving.wanted}（{resolving.workstationName}）未生效，有效的是“{resolving.winner?.summary ?? '—'}”。
            </Text>
            <Textarea
              label="处理情况"
              placeholder="例如：已与武汉市委编办电话核实，以初审通过为准"
              value={note}
              error={noteError}
              onChange={(e) => {
                setNote(e.currentTarget.value);
                setNoteError(null);
              }}
              autosize
              minRows={2}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setResolving(null)}>
                取消
              </Button>
              <Button onClick={() => void resolve()}>保存</Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
