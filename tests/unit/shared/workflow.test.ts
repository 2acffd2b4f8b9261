import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATES,
  isFinal,
  transition,
  TRANSITIONS,
  WORKFLOW_EVENTS,
  type ApplicationState,
  type WorkflowEvent,
} from '../../../src/shared/applications/workflow';

/** The whole table, written out: every state × every event → the next state, or refused ('—'). */
const EXPECTED: Record<ApplicationState, Partial<Record<WorkflowEvent, ApplicationState>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { resubmit: 'submitted', passInitial: 'awaitingPaper', passInitialNoPaper: 'finalReview', rejectInitial: 'initialRejected', withdraw: 'withdrawn' },
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

describe('application state machine', () => {
  it.each(APPLICATION_STATES.flatMap((state) => WORKFLOW_EVENTS.map((event) => [state, event] as const)))(
    '%s × %s',
    (state, event) => {
      const expected = EXPECTED[state][event];
      const result = transition(state, event);
      if (expected) expect(result).toEqual({ ok: true, next: expected });
      else expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/^申请当前为“.+”，不能“.+”。$/) });
    },
  );

  it('declares exactly the expected table', () => {
    expect(TRANSITIONS).toEqual(EXPECTED);
  });

  it('reaches every state from a draft, and ends only in refused, withdrawn or revoked', () => {
    const seen = new Set<ApplicationState>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const state of [...seen]) {
        for (const next of Object.values(TRANSITIONS[state])) {
          if (!seen.has(next)) {
            seen.add(next);
            grew = true;
          }
        }
      }
    }
    expect([...seen].sort()).toEqual([...APPLICATION_STATES].sort());
    expect(APPLICATION_STATES.filter(isFinal)).toEqual(['refused', 'withdrawn', 'revoked']);
  });
});
