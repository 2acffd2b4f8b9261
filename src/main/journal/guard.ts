import type Database from 'better-sqlite3';
import { and, desc, eq, inArray, lt, notInArray } from 'drizzle-orm';
import { APPLICATION_STATE_LABELS, transition, type ApplicationState, type WorkflowEvent, WORKFLOW_EVENT_LABELS } from '../../shared/applications/workflow';
import type { DomainEvent } from '../../shared/events/events';
import { NOTICE_TRIGGER_LABELS, type NoticeTrigger } from '../../shared/notices/templates';
import type { Db } from '../db/open';
import { conflicts, events } from '../db/schema';

/** Why the replay cannot apply an event where it falls in clock order. */
export interface Refusal {
  wanted: string;
  found: string;
  /** Whose earlier event stands in the way, when not the refused event's own application (a code or account taken). */
  holder?: string;
}

const STATE_EVENTS = [
  'ApplicationSubmitted',
  'InitialReviewDecided',
  'FinalReviewDecided',
  'PaperCheckedIn',
  'BadgeIssued',
  'BadgeChecked',
  'ApplicationWithdrawn',
  'ApplicationRevoked',
  'ApplicationListed',
] as const;

/** The states a notice's trigger leaves an application in: a notice met elsewhere belongs to a decision that lost. */
const NOTICE_STATES: Record<NoticeTrigger, ApplicationState[]> = {
  initialPass: ['awaitingPaper', 'finalReview'],
  initialReject: ['initialRejected'],
  supplementRequest: ['supplementRequested'],
  finalApprove: ['approved'],
  finalRefuse: ['refused'],
  badgeIssued: ['badgeIssued'],
};

/** States a site keeps when its badge is reissued (here) or replaced by CONAC's code (from the online platform). */
const BADGE_KEEPS = { workstation: ['badgeIssued'], platform: ['badgeIssued', 'badgeInstalled', 'listed'] };
const CHECK_KEEPS: ApplicationState[] = ['badgeIssued', 'badgeInstalled', 'listed'];

/** The guard's reads, prepared once per connection: the replay asks them for every event. */
const prepared = new WeakMap<Database.Database, ReturnType<typeof statementsFor>>();

function statementsFor(sqlite: Database.Database) {
  return {
    application: sqlite.prepare('SELECT state, version FROM applications WHERE id = ?'),
    unit: sqlite.prepare('SELECT 1 FROM units WHERE id = ?').pluck(),
    unitByAccount: sqlite.prepare('SELECT id FROM units WHERE account = ?').pluck(),
    applicationBySerial: sqlite.prepare('SELECT id FROM applications WHERE serial_no = ?').pluck(),
    badgeHolder: sqlite.prepare('SELECT application_id FROM badges WHERE code = ?').pluck(),
    badgeSource: sqlite.prepare('SELECT source FROM badges WHERE application_id = ?').pluck(),
  };
}

function statements(db: Db): ReturnType<typeof statementsFor> {
  let found = prepared.get(db.$client);
  if (!found) prepared.set(db.$client, (found = statementsFor(db.$client)));
  return found;
}

function workflowEventOf(event: Extract<DomainEvent, { type: (typeof STATE_EVENTS)[number] }>): WorkflowEvent {
  switch (event.type) {
    case 'ApplicationSubmitted':
      return event.payload.version === 1 ? 'submit' : 'resubmit';
    case 'InitialReviewDecided':
      return event.payload.decision === 'reject' ? 'rejectInitial' : event.payload.nextState === 'finalReview' ? 'passInitialNoPaper' : 'passInitial';
    case 'FinalReviewDecided':
      return event.payload.decision === 'pass' ? 'approve' : 'refuse';
    case 'PaperCheckedIn':
      return event.payload.complete ? 'completePaper' : 'requestSupplement';
    case 'BadgeIssued':
      return 'issueBadge';
    case 'BadgeChecked':
      return 'installBadge';
    case 'ApplicationWithdrawn':
      return 'withdraw';
    case 'ApplicationRevoked':
      return 'revoke';
    case 'ApplicationListed':
      return 'list';
  }
}

function isStateEvent(event: DomainEvent): event is Extract<DomainEvent, { type: (typeof STATE_EVENTS)[number] }> {
  return (STATE_EVENTS as readonly string[]).includes(event.type);
}

function stateRefusal(db: Db, event: Extract<DomainEvent, { type: (typeof STATE_EVENTS)[number] }>): Refusal | null {
  const wf = workflowEventOf(event);
  const wanted = WORKFLOW_EVENT_LABELS[wf];
  const p = event.payload;
  const read = statements(db);
  const application = read.application.get(p.applicationId) as { state: string; version: number } | undefined;
  if (event.type === 'ApplicationSubmitted') {
    if (!read.unit.get(event.payload.unitId)) return { wanted, found: '所属单位不存在（其登记未被采纳）。' };
    const serialHolder = read.applicationBySerial.get(event.payload.serialNo) as string | undefined;
    if (serialHolder && serialHolder !== p.applicationId) return { wanted, found: `申请序号 ${event.payload.serialNo} 已被另一申请使用（编号冲突）。`, holder: serialHolder };
    if (!application) return event.payload.version === 1 ? null : { wanted, found: '申请不存在。' };
    if (application.version !== event.payload.version - 1) return { wanted, found: `申请已是第 ${application.version} 版，不能再提交为第 ${event.payload.version} 版。` };
  } else if (!application) {
    return { wanted, found: '申请不存在（其提交未被采纳）。' };
  }
  const state = (application?.state ?? 'draft') as ApplicationState;
  if ('version' in p && event.type !== 'ApplicationSubmitted' && application!.version !== p.version) {
    return { wanted, found: `申请已是第 ${application!.version} 版，该操作针对第 ${p.version} 版。` };
  }
  const next: ApplicationState = event.type === 'ApplicationSubmitted' ? 'submitted' : event.payload.nextState;
  if (next === state && event.type === 'BadgeIssued' && BADGE_KEEPS[event.payload.source].includes(state)) return badgeRefusal(db, event, wanted);
  if (next === state && event.type === 'BadgeChecked' && CHECK_KEEPS.includes(state)) return null;
  const moved = transition(state, wf);
  // Where the event falls in clock order, not "now": the application had already moved on by then.
  if (!moved.ok) return { wanted, found: `按时间先后，此前申请已为“${APPLICATION_STATE_LABELS[state]}”，不能再“${wanted}”。` };
  if (moved.next !== next) return { wanted, found: `申请当前为“${APPLICATION_STATE_LABELS[state]}”，该操作会使其成为“${APPLICATION_STATE_LABELS[moved.next]}”而非“${APPLICATION_STATE_LABELS[next]}”。` };
  return event.type === 'BadgeIssued' ? badgeRefusal(db, event, wanted) : null;
}

function badgeRefusal(db: Db, event: Extract<DomainEvent, { type: 'BadgeIssued' }>, wanted: string): Refusal | null {
  // CONAC's code, received from the online platform, is authoritative: no workstation code replaces it.
  if (event.payload.source === 'workstation' && statements(db).badgeSource.get(event.payload.applicationId) === 'platform') {
    return { wanted, found: '该网站已有在线平台送达的中央网信办标识编码，以其为准。' };
  }
  const holder = statements(db).badgeHolder.get(event.payload.code) as string | undefined;
  if (holder && holder !== event.payload.applicationId) return { wanted, found: `标识编码 ${event.payload.code} 已发给另一网站（编码冲突）。`, holder };
  return null;
}

/**
 * Whether the replay must refuse this event at its place in clock order: a state change the workflow does not allow
 * from the state the application is in (another workstation decided first), a decision on a version since replaced,
 * a badge code or 申请序号 another site already holds, a registration whose login account is taken, a notice whose
 * decision lost.
 * The same rules the services apply when recording, so a local event is never refused.
 */
export function replayRefusal(db: Db, event: DomainEvent): Refusal | null {
  if (isStateEvent(event)) return stateRefusal(db, event);
  if (event.type === 'UnitRegistered') {
    const holder = statements(db).unitByAccount.get(event.payload.account) as string | undefined;
    if (holder && holder !== event.payload.unitId) return { wanted: '登记单位', found: `登录账号 ${event.payload.account} 已被另一单位使用。`, holder };
    return null;
  }
  if (event.type === 'UnitUpdated' && !statements(db).unit.get(event.payload.unitId)) {
    return { wanted: '修改单位', found: '单位不存在（其登记未被采纳）。' };
  }
  if (event.type === 'NoticeQueued') {
    const application = statements(db).application.get(event.payload.applicationId) as { state: string } | undefined;
    const wanted = `发送“${NOTICE_TRIGGER_LABELS[event.payload.trigger]}”通知`;
    if (!application) return { wanted, found: '申请不存在（其提交未被采纳）。' };
    if (!NOTICE_STATES[event.payload.trigger].includes(application.state as ApplicationState)) {
      return { wanted, found: `按时间先后，此前申请已为“${APPLICATION_STATE_LABELS[application.state as ApplicationState]}”，该通知所属的决定未被采纳。` };
    }
  }
  return null;
}

/** The events that decide where an application (or unit) stands: what a refused event lost to. */
const DECISIVE = [...STATE_EVENTS, 'UnitRegistered'];

/**
 * Records the refused event for admins, naming the event that stands in its way: the last applied change of state of
 * its application (or the registration or badge holding the account or code it wanted).
 */
export function recordConflict(db: Db, event: DomainEvent, refusal: Refusal): void {
  const aggregateId = 'applicationId' in event.payload ? String(event.payload.applicationId) : event.aggregateId;
  const refused = db.select({ id: conflicts.eventId }).from(conflicts);
  const winner = db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.aggregateId, refusal.holder ?? aggregateId), inArray(events.type, DECISIVE), lt(events.hlc, event.hlc), notInArray(events.id, refused)))
    .orderBy(desc(events.hlc))
    .get();
  db.insert(conflicts)
    .values({
      eventId: event.id,
      aggregateId,
      eventType: event.type,
      workstationId: event.workstationId,
      actor: event.actor,
      hlc: event.hlc,
      wanted: refusal.wanted,
      found: refusal.found,
      winnerEventId: winner?.id ?? null,
    })
    .run();
}

