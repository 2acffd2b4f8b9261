import { Alert, Stack, Title } from '@mantine/core';
import { useNavigate, useParams } from 'react-router-dom';
import { useQuery } from '../../api/useQuery';
import { ApplicationForm, draftFromUnit } from './ApplicationForm';

/** /units/:unitId/applications/new and /applications/:applicationId/edit. */
export function ApplicationEditScreen() {
  const { unitId, applicationId } = useParams();
  return applicationId ? <EditExisting applicationId={applicationId} /> : <CreateNew unitId={unitId!} />;
}

function CreateNew({ unitId }: { unitId: string }) {
  const navigate = useNavigate();
  const detail = useQuery('units.get', { unitId });
  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!detail.data) return null;
  const { unit } = detail.data;
  return (
    <Stack>
      <Title order={2}>新增申请：{unit.name}</Title>
      <ApplicationForm
        unit={unit}
        applicationId={null}
        baseVersion={0}
        initial={draftFromUnit(unit)}
        onDone={(id) => navigate(`/applications/${id}`)}
        onCancel={() => navigate(`/units/${unitId}`)}
      />
    </Stack>
  );
}

function EditExisting({ applicationId }: { applicationId: string }) {
  const navigate = useNavigate();
  const detail = useQuery('applications.get', { applicationId });
  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!detail.data) return null;
  const application = detail.data;
  const initial = application.draft ?? application.versions.at(-1)?.data ?? draftFromUnit(application.unit);
  return (
    <Stack>
      <Title order={2}>
        {application.version > 0 ? `修改申请 ${application.serialNo}` : '继续填写申请'}：{application.unit.name}
      </Title>
      <ApplicationForm
        unit={application.unit}
        applicationId={application.id}
        baseVersion={application.version}
        initial={initial}
        onDone={(id) => navigate(`/applications/${id}`)}
        onCancel={() => navigate(`/applications/${application.id}`)}
      />
    </Stack>
  );
}
