import type { ApplicationState } from './workflow';

/**
 * 办理时限 (DOMAIN.md §2): which state each clock runs in and from when. 初审 runs from the newest submission;
 * the paper review from the moment the application became ready for the final 审核 (the check-in that completed its
 * paper, or the 初审 pass of a 事业单位, which sends none); 挂标 from the badge's issue. The lengths are settings.
 */
export const DEADLINE_STAGES = ['initialReview', 'paperReview', 'badgeInstall'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

export const DEADLINE_STAGE_STATE: Record<DeadlineStage, ApplicationState> = {
  initialReview: 'submitted',
  paperReview: 'finalReview',
  badgeInstall: 'badgeIssued',
};

export const DEADLINE_STAGE_LABELS: Record<DeadlineStage, string> = {
  initialReview: '初审',
  paperReview: '书面材料审核',
  badgeInstall: '挂标',
};

export function deadlineStageOf(state: ApplicationState): DeadlineStage | null {
  return DEADLINE_STAGES.find((stage) => DEADLINE_STAGE_STATE[stage] === state) ?? null;
}

/** 办理时限 in words, as the badge and the exported list say it. */
export function deadlineText(deadline: { workdaysLeft: number; overdue: boolean } | null): string {
  if (!deadline) return '';
  // Due on a Friday and looked at on the Saturday: overdue, though no working day has passed since.
  if (deadline.overdue) return deadline.workdaysLeft === 0 ? '已超期' : `超期 ${-deadline.workdaysLeft} 个工作日`;
  return deadline.workdaysLeft === 0 ? '今日到期' : `剩 ${deadline.workdaysLeft} 个工作日`;
}
