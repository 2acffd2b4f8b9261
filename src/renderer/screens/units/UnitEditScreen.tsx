import { Alert, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '../../api/useQuery';
import { UnitForm } from './UnitForm';

/** /units/new and /units/:unitId/edit. */
export function UnitEditScreen() {
  const { unitId } = useParams();
  return unitId ? <EditExisting unitId={unitId} /> : <Create />;
}

function Create() {
  const navigate = useNavigate();
  return (
    <Stack>
      <Title order={2}>登记新单位</Title>
      <UnitForm
        unit={null}
        onCancel={() => navigate('/units')}
        onSaved={(unit) => {
          notifications.show({ color: 'green', message: `已登记“${unit.name}”，登录账号 ${unit.account}。` });
          navigate(`/units/${unit.id}`);
        }}
      />
    </Stack>
  );
}

function EditExisting({ unitId }: { unitId: string }) {
  const navigate = useNavigate();
  const detail = useQuery('units.get', { unitId });
  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!detail.data) return null;
  return (
    <Stack>
      <Title order={2}>修改单位信息：{detail.data.unit.name}</Title>
      <UnitForm
        unit={detail.data.unit}
        onCancel={() => navigate(`/units/${unitId}`)}
        onSaved={(unit) => {
          notifications.show({ color: 'green', message: `已保存“${unit.name}”。` });
          navigate(`/units/${unitId}`);
        }}
      />
    </Stack>
  );
}
