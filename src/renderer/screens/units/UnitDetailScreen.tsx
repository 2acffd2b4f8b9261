import { Alert, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { IconFilePlus, IconPencil } from '@tabler/icons-react';
import { useNavigate, useParams } from 'react-router-dom';
import { REGION_LEVEL_LABELS, SYSTEM_CATEGORY_LABELS } from '../../../shared/units/unit';
import { useQuery } from '../../api/useQuery';
import { ChecksPanel } from '../../components/ChecksPanel';
import { IdNumber } from './IdNumber';
import { InfoTable } from '../../components/InfoTable';
import { formatDateTime, formatPhone, formatRegion } from '../../format';
import { useSession } from '../../session/SessionContext';
import { ApplicationsTable } from '../applications/ApplicationsTable';

export function UnitDetailScreen() {
  const { unitId = '' } = useParams();
  const navigate = useNavigate();
  const { hasRole } = useSession();
  const detail = useQuery('units.get', { unitId });
  if (detail.error) return <Alert color="red">{detail.error}</Alert>;
  if (!detail.data) return null;
  const { unit, applications, checks } = detail.data;
  const canEnter = hasRole('clerk');

  return (
    <Stack>
      <Group justify="space-between">
        <div>
          <Title order={2}>{unit.name}</Title>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              登录账号 <span style={{ fontFamily: 'monospace' }}>{unit.account}</span>
            </Text>
            <Badge variant="light">{SYSTEM_CATEGORY_LABELS[unit.systemCategory]}</Badge>
          </Group>
        </div>
        {canEnter && (
          <Group>
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => navigate(`/units/${unit.id}/edit`)}>
              修改单位信息
            </Button>
            <Button leftSection={<IconFilePlus size={16} />} onClick={() => navigate(`/units/${unit.id}/applications/new`)}>
              新增申请
            </Button>
          </Group>
        )}
      </Group>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Card withBorder>
            <Title order={4} mb="xs">
              注册单位信息
            </Title>
            <InfoTable
              rows={[
                ['所属区域', `${formatRegion(unit.regionCode)}（${REGION_LEVEL_LABELS[unit.regionLevel]}）`],
                ['开办主体名称', unit.name],
                ['系统类别', SYSTEM_CATEGORY_LABELS[unit.systemCategory]],
                ['上级主管单位', unit.superiorUnit],
                ['通讯地址', unit.address],
                ['邮政编码', unit.postcode],
                ['网站开办主体职能简介', unit.functions],
                ['统一社会信用代码', unit.creditCode],
              ]}
            />
            <Title order={4} mt="md" mb="xs">
              注册人信息
            </Title>
            <InfoTable
              rows={[
                ['网站开办单位负责人', unit.head.name],
                ['负责人身份证号码', <IdNumber key="head" unitId={unit.id} field="head" masked={unit.head.idNumberMasked} />],
                ['经办人', unit.handler.name],
                ['经办人身份证号码', <IdNumber key="handler" unitId={unit.id} field="handler" masked={unit.handler.idNumberMasked} />],
                ['经办人固定电话', formatPhone(unit.handler.phone, unit.handler.phoneExt)],
                ['经办人传真', formatPhone(unit.handler.fax, unit.handler.faxExt)],
                ['经办人手机', unit.handler.mobile],
                ['经办人电子邮箱', unit.handler.email],
                ['登记时间', formatDateTime(unit.createdAt)],
              ]}
            />
          </Card>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <ChecksPanel checks={checks} />
        </Grid.Col>
      </Grid>
      <Title order={4}>申请（{applications.length}）</Title>
      {applications.length > 0 ? <ApplicationsTable rows={applications} showUnit={false} /> : <Text c="dimmed">该单位还没有申请。</Text>}
    </Stack>
  );
}
