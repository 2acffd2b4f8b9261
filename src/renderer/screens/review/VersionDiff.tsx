import { Card, Table, Text, Title } from '@mantine/core';
import type { ApplicationDraft } from '../../../shared/applications/application';
import { diffApplications } from '../../../shared/applications/diff';

/** What changed from one version to the next: only the changed fields, before and after. */
export function VersionDiff({ before, after, title }: { before: ApplicationDraft; after: ApplicationDraft; title: string }) {
  const changes = diffApplications(before, after);
  return (
    <Card withBorder data-testid="version-diff">
      <Title order={5} mb="xs">
        {title}
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          与上一版相比没有改动。
        </Text>
      ) : (
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={160}>栏目</Table.Th>
              <Table.Th>修改前</Table.Th>
              <Table.Th>修改后</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((c) => (
              <Table.Tr key={c.field}>
                <Table.Td fw={600}>{c.label}</Table.Td>
                <Table.Td bg="red.0" style={{ textDecoration: 'line-through', whiteSpace: 'pre-wrap' }}>
                  {c.before || '（空）'}
                </Table.Td>
                <Table.Td bg="green.0" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.after || '（空）'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
