import { Alert, Anchor, Button, Grid, Group, NavLink, Paper, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileZip, IconSearch, IconSpeakerphone } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../../api/client';
import { useQuery } from '../../api/useQuery';
import { EmptyRow } from '../../components/EmptyRow';
import { saveFile } from '../../files';
import { reportError } from '../../forms/errors';
import { useSession } from '../../session/SessionContext';

const PAGE_SIZE = 21;

/** 公示 (the seed's figures 27–28): the regions of the first picker, 网站名称 | 主办单位, 21 a page. */
export function ListingScreen() {
  const { hasRole } = useSession();
  const regions = useQuery('listing.regions', {});
  const [regionCode, setRegionCode] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [siteName, setSiteName] = useState('');
  const [page, setPage] = useState(1);
  const chosen = regionCode ?? regions.data?.find((r) => r.count > 0)?.regionCode ?? '110000';
  const list = useQuery('listing.page', { regionCode: chosen, siteName, page });
  const last = Math.max(1, Math.ceil((list.data?.total ?? 0) / PAGE_SIZE));
  const go = (n: number) => setPage(Math.min(last, Math.max(1, n)));

  const waiting = useQuery('listing.waiting', {});
  const publish = async () => {
    try {
      const { published } = await api.call('listing.publish', {});
      notifications.show({ color: 'green', message: `已发布公示：${published} 个网站列为“已公示”，将随下一个同步包报送在线平台。` });
      void waiting.reload();
    } catch (error) {
      reportError(error);
    }
  };

  const exportStatic = async () => {
    try {
      const { fileName, contentBase64, pages } = await api.call('listing.exportStatic', {});
      saveFile(fileName, { base64: contentBase64 }, 'application/zip');
      notifications.show({ color: 'green', message: `已导出 ${pages} 个网页：${fileName}` });
    } catch (error) {
      reportError(error);
    }
  };

  const numbers = Array.from({ length: last }, (_, i) => i + 1).filter((n) => Math.abs(n - page) <= 3 || n === 1 || n === last);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>公示</Title>
        {(hasRole('reviewer') || hasRole('admin')) && (
          <Group>
            <Button variant="light" leftSection={<IconSpeakerphone size={16} />} disabled={!waiting.data?.count} onClick={() => void publish()}>
              发布公示{waiting.data?.count ? `（${waiting.data.count} 个新挂标网站）` : ''}
            </Button>
            <Button variant="default" leftSection={<IconFileZip size={16} />} onClick={() => void exportStatic()}>
              导出静态网页
            </Button>
          </Group>
        )}
      </Group>
      <Grid>
        <Grid.Col span={3}>
          <Paper withBorder>
            <ScrollArea h={620} offsetScrollbars>
              {(regions.data ?? []).map((r) => (
                <NavLink
                  key={r.regionCode}
                  label={r.name}
                  rightSection={<Text size="xs" c="dimmed">{r.count}</Text>}
                  active={r.regionCode === chosen}
                  onClick={() => {
                    setRegionCode(r.regionCode);
                    setPage(1);
                  }}
                />
              ))}
            </ScrollArea>
          </Paper>
        </Grid.Col>
        <Grid.Col span={9}>
          <Stack>
            <form
              onSubmit={(e) => {
                e.preventDefault();
                setSiteName(typed.trim());
                setPage(1);
              }}
            >
              <Group>
                <TextInput placeholder="网站名称" aria-label="按网站名称搜索" value={typed} onChange={(e) => setTyped(e.currentTarget.value)} style={{ flex: 1 }} />
                <Button type="submit" leftSection={<IconSearch size={16} />}>
                  搜索
                </Button>
              </Group>
            </form>
            {list.error && <Alert color="red">{list.error}</Alert>}
            <Table striped withTableBorder data-testid="listing-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>网站名称</Table.Th>
                  <Table.Th>主办单位</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data?.rows.length === 0 && <EmptyRow columns={2} text="该地区暂无公示的网站。" />}
                {(list.data?.rows ?? []).map((r) => (
                  <Table.Tr key={r.applicationId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/listing/v/${r.verificationId}`}>
                        {r.siteName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{r.unitName}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group justify="center" gap="xs">
              <Button size="compact-sm" variant="subtle" disabled={page === 1} onClick={() => go(1)}>
                首页
              </Button>
              <Button size="compact-sm" variant="subtle" disabled={page === 1} onClick={() => go(page - 1)}>
                上一页
              </Button>
              {numbers.map((n) => (
                <Button key={n} size="compact-sm" variant={n === page ? 'filled' : 'subtle'} onClick={() => go(n)}>
                  {n}
                </Button>
              ))}
              <Button size="compact-sm" variant="subtle" disabled={page === last} onClick={() => go(page + 1)}>
                下一页
              </Button>
              <Button size="compact-sm" variant="subtle" disabled={page === last} onClick={() => go(last)}>
                尾页
              </Button>
              <Text size="sm" c="dimmed">
                共 {list.data?.total ?? 0} 个网站
              </Text>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
