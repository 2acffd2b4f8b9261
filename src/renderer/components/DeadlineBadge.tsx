import { Badge, Tooltip } from '@mantine/core';
import type { ApplicationRow } from '../../shared/api';
import { UNCLIPPED } from './badgeStyles';
import { DEADLINE_STAGE_LABELS, deadlineText } from '../../shared/applications/deadlines';

/** 办理时限 at a glance: working days left, or how far past due. */
export function DeadlineBadge({ deadline }: { deadline: ApplicationRow['deadline'] }) {
  if (!deadline) return <>—</>;
  const label = deadlineText(deadline);
  const color = deadline.overdue ? 'red' : deadline.workdaysLeft <= 1 ? 'orange' : 'gray';
  return (
    <Tooltip label={`${DEADLINE_STAGE_LABELS[deadline.stage]}截止 ${deadline.dueDate}（按工作日计算）`}>
      <Badge color={color} variant={deadline.overdue ? 'filled' : 'light'} data-overdue={deadline.overdue} styles={UNCLIPPED}>
        {label}
      </Badge>
    </Tooltip>
  );
}
