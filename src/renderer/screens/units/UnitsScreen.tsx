import { Alert, Button, Group, Pagination, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { SYSTEM_CATEGORY_LABELS } from '../../../shared/units/unit';
import { useQuery } from '../../api/useQuery';
import { EmptyRow } from '../../components/EmptyRow';
import { RegionPicker } from '../../forms/RegionPicker';
import { formatDateTime, formatRegion } from '../../format';
import { useSession } from '../../session/SessionContext';
import { useShortcut } from '../../shortcuts/Shortcuts';

const PAGE_SIZE = 20;

/** 单位: registered units, by name fragment and region. */
export function UnitsScreen() {
  const navigate = useNavigate();
  const { hasRole } = useSession();
  const [name, setName] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [filter, setFilter] = useState({ name: '', regionCode: '', page: 1 });
  const units = useQuery('units.list', { ...filter, pageSize: PAGE_SIZE });
  const canEnter = hasRole('clerk');
  useShortcut('alt+N', '登记新单位', () => navigate('/units/new'), canEnter);

  const search = (page = 1) => setFilter({ name: name.trim(), regionCode, page });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>单位</Title>
        {canEnter && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/units/new')}>
            登记新单位
          </Button>
        )}
      </Group>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          search();
        }}
      >
        <Group align="flex-end">
          <TextInput label="开办主体名称" placeholder="名称中的任意文字" value={name} onChange={(e) => setName(e.currentTarget.value)} w={280} />
          <div style={{ flex: 1 }}>
            <RegionPicker label="所属区域" value={regionCode || null} onChange={(code) => setRegionCode(code ?? '')} />
          </div>
          <Button type="submit" leftSection={<IconSearch size={16} />}>
            查询
          </Button>
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} />}
            onClick={() => {
              setName('');
              setRegionCode('');
              setFilter({ name: '', regionCode: '', page: 1 });
            }}
          >
            重置
          </Button>
        </Group>
      </form>
      {units.error && <Alert color="red">{units.error}</Alert>}
      <Table striped highlightOnHover withTableBorder>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>开办主体名称</Table.Th>
            <Table.Th>登录账号</Table.Th>
            <Table.Th>所属区域</Table.Th>
            <Table.Th>系统类别</Table.Th>
            <Table.Th>经办人</Table.Th>
            <Table.Th>申请数</Table.Th>
            <Table.Th>更新时间</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.data?.rows.length === 0 && <EmptyRow columns={7} />}
          {(units.data?.rows ?? []).map((u) => (
            <Table.Tr key={u.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/units/${u.id}`)}>
              <Table.Td>{u.name}</Table.Td>
              <Table.Td ff="monospace">{u.account}</Table.Td>
              <Table.Td>{formatRegion(u.regionCode)}</Table.Td>
              <Table.Td>{SYSTEM_CATEGORY_LABELS[u.systemCategory]}</Table.Td>
              <Table.Td>{u.handlerName}</Table.Td>
              <Table.Td>{u.applicationCount}</Table.Td>
              <Table.Td>{formatDateTime(u.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {units.data && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            共 {units.data.total} 个单位
          </Text>
          <Pagination
            total={Math.max(1, Math.ceil(units.data.total / PAGE_SIZE))}
            value={filter.page}
            onChange={(page) => {
              setFilter((f) => ({ ...f, page }));
              window.scrollTo({ top: 0 });
            }}
          />
        </Group>
      )}
    </Stack>
  );
}
