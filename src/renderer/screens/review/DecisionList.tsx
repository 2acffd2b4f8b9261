import { Alert, List, Stack, Text } from '@mantine/core';
import type { ReviewDecisionView } from '../../../shared/api';
import { REVIEW_STAGE_WORDS } from '../../../shared/review/decision';
import { reasonLabel, REVIEW_FIELDS } from '../../../shared/review/reasons';
import { useQuery } from '../../api/useQuery';
import { formatDateTime } from '../../format';

/** 审核结果: every decision so far, newest first, with its reasons and the notice the unit got. */
export function DecisionList({ decisions }: { decisions: ReviewDecisionView[] }) {
  const codes = useQuery('review.reasons', {});
  if (decisions.length === 0) return null;
  return (
    <Stack gap="xs">
      {[...decisions].reverse().map((d) => (
        <Alert
          key={`${d.decidedAt}-${d.version}`}
          color={d.decision === 'pass' ? 'green' : 'red'}
          title={`${REVIEW_STAGE_WORDS[d.stage][d.decision]}（第 ${d.version} 版，${d.decidedBy}，${formatDateTime(d.decidedAt)}）`}
        >
          {d.reasons.length > 0 && (
            <List size="sm" type="ordered" data-testid="decision-reasons">
              {d.reasons.map((r, i) => (
                <List.Item key={i}>
                  {reasonLabel(codes.data ?? [], r.code)}
                  {r.field && <Text span fw={600}>【{REVIEW_FIELDS[r.field] ?? r.field}】</Text>}
                  {r.note && `：${r.note}`}
                </List.Item>
              ))}
            </List>
          )}
          {d.note && <Text size="sm">说明：{d.note}</Text>}
        </Alert>
      ))}
    </Stack>
  );
}
