import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Card, Grid, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { APPLICATION_STATE_LABELS, type ApplicationState } from '../../../shared/applications/workflow';
import { useQuery } from '../../api/useQuery';
import { ApplicationsTable } from '../applications/ApplicationsTable';

/** Every stage where work waits, in the order an application passes them; then the sites done. */
const HEADLINE: ApplicationState[] = ['submitted', 'initialRejected', 'awaitingPaper', 'supplementRequested', 'finalReview', 'approved', 'badgeIssued', 'badgeInstalled', 'draft'];

/** 工作台 figures for everyone who handles applications. */
export function Dashboard() {
  const summary = useQuery('dashboard.summary', {});
  if (summary.error) return <Alert color="red">{summary.error}</Alert>;
  if (!summary.data) return null;
  const { byState, byRegion, overdue, overdueTotal, weekly } = summary.data;

  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <Stat label="超期未办" value={overdueTotal} color={overdueTotal > 0 ? 'red' : undefined} />
        {HEADLINE.map((state) => (
          <Stat key={state} label={APPLICATION_STATE_LABELS[state]} value={byState[state] ?? 0} />
        ))}
      </SimpleGrid>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder h="100%">
            <Title order={5} mb="sm">
              近 12 周办理量
            </Title>
            <BarChart
              h={220}
              data={weekly}
              dataKey="week"
              series={[
                { name: 'submitted', label: '收到申请（含修改）', color: 'blue.5' },
                { name: 'decided', label: '作出审核决定（初审和审核）', color: 'teal.5' },
              ]}
              withLegend
              tickLine="y"
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Card withBorder h="100%">
            <Title order={5} mb="sm">
              各地区申请
            </Title>
            <Table verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>地区</Table.Th>
                  <Table.Th ta="right">申请</Table.Th>
                  <Table.Th ta="right">待初审</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {byRegion.slice(0, 10).map((r) => (
                  <Table.Tr key={r.regionCode}>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td ta="right">{r.total}</Table.Td>
                    <Table.Td ta="right">{r.waiting}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Card>
        </Grid.Col>
      </Grid>
      {overdue.length > 0 && (
        <Card withBorder>
          <Group justify="space-between" mb="sm">
            <Title order={5} c="red.8">
              超期未办（{overdueTotal}）
            </Title>
            <Anchor component={Link} to="/applications" size="sm">
              在申请查询中选“超期未办”查看全部
            </Anchor>
          </Group>
          <ApplicationsTable rows={overdue} />
        </Card>
      )}
    </Stack>
  );
}

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700} c={color} data-testid={`stat-${label}`}>
        {value}
      </Text>
    </Card>
  );
}
