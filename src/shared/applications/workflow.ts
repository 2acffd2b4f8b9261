/**
 * The application state machine, declared once: states × events → next state. Every transition is a journal event;
 * anything not in the table is refused. docs/state-machine.md draws it.
 */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'initialRejected',
  'awaitingPaper',
  'supplementRequested',
  'finalReview',
  'approved',
  'refused',
  'badgeIssued',
  'badgeInstalled',
  'listed',
  'withdrawn',
  'revoked',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export const APPLICATION_STATE_LABELS: Record<ApplicationState, string> = {
  draft: '草稿',
  submitted: '待初审',
  initialRejected: '初审不通过',
  awaitingPaper: '待报送书面材料',
  supplementRequested: '待补正',
  finalReview: '待审核',
  approved: '审核通过',
  refused: '审核不通过',
  badgeIssued: '已发放标识',
  badgeInstalled: '已挂标',
  listed: '已公示',
  withdrawn: '已撤回',
  revoked: '已注销',
};

export const WORKFLOW_EVENTS = [
  'submit',
  'resubmit',
  'passInitial',
  'passInitialNoPaper',
  'rejectInitial',
  'completePaper',
  'requestSupplement',
  'approve',
  'refuse',
  'issueBadge',
  'installBadge',
  'list',
  'withdraw',
  'revoke',
] as const;
export type WorkflowEvent = (typeof WORKFLOW_EVENTS)[number];

export const WORKFLOW_EVENT_LABELS: Record<WorkflowEvent, string> = {
  submit: '提交申请',
  resubmit: '修改后重新提交',
  passInitial: '初审通过',
  passInitialNoPaper: '初审通过（无需书面材料）',
  rejectInitial: '初审不通过',
  completePaper: '书面材料齐全',
  requestSupplement: '要求补正',
  approve: '审核通过',
  refuse: '审核不通过',
  issueBadge: '发放网站标识',
  installBadge: '挂标检测通过',
  list: '公示',
  withdraw: '撤回申请',
  revoke: '注销',
};

/**
 * From each state, the events allowed and where they lead. 事业单位 submit no paper: their 初审 pass goes straight to
 * the final review (passInitialNoPaper). A submitted application may be corrected before its review (resubmit).
 */
export const TRANSITIONS: Record<ApplicationState, Partial<Record<WorkflowEvent, ApplicationState>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: {
    resubmit: 'submitted',
    passInitial: 'awaitingPaper',
    passInitialNoPaper: 'finalReview',
    rejectInitial: 'initialRejected',
    withdraw: 'withdrawn',
  },
  initialRejected: { resubmit: 'submitted', withdraw: 'withdrawn' },
  awaitingPaper: { completePaper: 'finalReview', requestSupplement: 'supplementRequested', withdraw: 'withdrawn' },
  supplementRequested: { completePaper: 'finalReview', requestSupplement: 'supplementRequested', withdraw: 'withdrawn' },
  finalReview: { approve: 'approved', refuse: 'refused' },
  approved: { issueBadge: 'badgeIssued', revoke: 'revoked' },
  refused: {},
  badgeIssued: { installBadge: 'badgeInstalled', revoke: 'revoked' },
  badgeInstalled: { list: 'listed', revoke: 'revoked' },
  listed: { revoke: 'revoked' },
  withdrawn: {},
  revoked: {},
};

export type Transition = { ok: true; next: ApplicationState } | { ok: false; message: string };

export function transition(state: ApplicationState, event: WorkflowEvent): Transition {
  const next = TRANSITIONS[state][event];
  if (next) return { ok: true, next };
  return {
    ok: false,
    message: `申请当前为“${APPLICATION_STATE_LABELS[state]}”，不能“${WORKFLOW_EVENT_LABELS[event]}”。`,
  };
}

/** States from which nothing more can happen. */
export function isFinal(state: ApplicationState): boolean {
  return Object.keys(TRANSITIONS[state]).length === 0;
}
