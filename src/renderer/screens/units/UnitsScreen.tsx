import { Alert, Button, Group, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRefresh, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { UNIT_COLUMNS } from '../../../shared/exports/lists';
import { useQuery } from '../../api/useQuery';
import { ExportButton } from '../../components/ExportButton';
import { ListTable } from '../../components/ListTable';
import { RegionPicker } from '../../forms/RegionPicker';
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
        <Group>
          <ExportButton request={{ list: 'units', filters: { name: filter.name, regionCode: filter.regionCode } }} />
          {canEnter && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => navigate('/units/new')}>
              登记新单位
            </Button>
          )}
        </Group>
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
      <ListTable columns={UNIT_COLUMNS} rows={units.data?.rows ?? []} rowKey={(u) => u.id} onRowClick={(u) => navigate(`/units/${u.id}`)} minWidth={900} />
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
