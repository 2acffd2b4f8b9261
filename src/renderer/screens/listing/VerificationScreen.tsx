import { Alert, Anchor, Card, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { useQuery } from '../../api/useQuery';
import { InfoTable } from '../../components/InfoTable';

/** What clicking a site's badge shows (DOMAIN.md §5), as the static export publishes it. */
export function VerificationScreen() {
  const { verificationId = '' } = useParams();
  const v = useQuery('listing.verification', { verificationId });
  if (v.error) return <Alert color="red">{v.error}</Alert>;
  if (v.loading && !v.data) return null;
  return (
    <Stack maw={800}>
      <Anchor component={Link} to="/listing" size="sm">
        返回公示
      </Anchor>
      <Title order={2}>网站标识核验</Title>
      {!v.data ? (
        <Alert color="red">没有这个网站标识。</Alert>
      ) : (
        <Card withBorder>
          {!v.data.valid && (
            <Alert color="red" mb="md">
              该网站标识已注销，不再有效。
            </Alert>
          )}
          <InfoTable
            rows={[
              ['机构名称', v.data.unitName],
              ['机构类型', v.data.unitKind],
              ['机构地址', v.data.address],
              ['机构职能', v.data.functions],
              ['网站名称', v.data.siteName],
              ['中英文域名', v.data.domains],
              ['标识编号', v.data.code],
              ['标识发放单位', v.data.issuer],
              ['标识发放时间', v.data.issuedOn],
            ]}
          />
        </Card>
      )}
    </Stack>
  );
}
