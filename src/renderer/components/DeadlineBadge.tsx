import { Badge, Tooltip } from '@mantine/core';
import type { ApplicationRow } from '../../shared/api';
import { DEADLINE_STAGE_LABELS } from '../../shared/applications/deadlines';

/** 办理时限 at a glance: working days left, or how far past due. */
export function DeadlineBadge({ deadline }: { deadline: ApplicationRow['deadline'] }) {
  if (!deadline) return <>—</>;
  const label = deadline.overdue
    ? `超期 ${-deadline.workdaysLeft} 个工作日`
    : deadline.workdaysLeft === 0
      ? '今日到期'
      : `剩 ${deadline.workdaysLeft} 个工作日`;
  const color = deadline.overdue ? 'red' : deadline.workdaysLeft <= 1 ? 'orange' : 'gray';
  return (
    <Tooltip label={`${DEADLINE_STAGE_LABELS[deadline.stage]}截止 ${deadline.dueDate}（按工作日计算）`}>
      <Badge color={color} variant={deadline.overdue ? 'filled' : 'light'} data-overdue={deadline.overdue}>
        {label}
      </Badge>
    </Tooltip>
  );
}
