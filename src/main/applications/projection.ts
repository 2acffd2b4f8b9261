import { eq, sql } from 'drizzle-orm';
import { toASCII } from 'punycode/punycode.es6.js';
import type { EventPayload } from '../../shared/events/events';
import type { Db } from '../db/open';
import { insertRow, prepared } from '../db/prepared';
import { applications, applicationVersions, units } from '../db/schema';

/** The listing columns, taken from the newest submitted version or, before any, from the draft. */
function listing(data: EventPayload<'ApplicationDraftSaved'>['draft'], cnDomainAscii: string) {
  return {
    kind: data.kind,
    siteName: data.siteName,
    cnDomain: data.cnDomain,
    cnDomainAscii,
    enDomain: data.enDomain,
    redPage: data.redPage,
  };
}

function unitColumns(db: Db, unitId: string) {
  const unit = prepared(db, 'unit-by-id', () => db.select().from(units).where(eq(units.id, sql.placeholder('id'))).prepare()).get({ id: unitId });
  if (!unit) throw new Error(`Application refers to unknown unit ${unitId}`);
  return { unitId, unitName: unit.name, regionCode: unit.regionCode, systemCategory: unit.systemCategory };
}

function asciiOrEmpty(domain: string): string {
  try {
    return domain ? toASCII(domain) : '';
  } catch {
    return '';
  }
}

export function projectDraftSaved(db: Db, payload: EventPayload<'ApplicationDraftSaved'>, at: string): void {
  const existing = db.select().from(applications).where(eq(applications.id, payload.applicationId)).get();
  if (!existing) {
    db.insert(applications)
      .values({
        id: payload.applicationId,
        ...unitColumns(db, payload.unitId),
        state: 'draft',
        stateSince: at,
        version: 0,
        ...listing(payload.draft, asciiOrEmpty(payload.draft.cnDomain)),
        draft: payload.draft,
        createdAt: at,
        updatedAt: at,
      })
      .run();
    return;
  }
  const neverSubmitted = existing.version === 0;
  db.update(applications)
    .set({
      draft: payload.draft,
      updatedAt: at,
      ...(neverSubmitted ? listing(payload.draft, asciiOrEmpty(payload.draft.cnDomain)) : {}),
    })
    .where(eq(applications.id, payload.applicationId))
    .run();
}

export function projectDraftDiscarded(db: Db, payload: EventPayload<'ApplicationDraftDiscarded'>, at: string): void {
  const existing = db.select().from(applications).where(eq(applications.id, payload.applicationId)).get();
  if (!existing) return;
  if (existing.version === 0) {
    db.delete(applications).where(eq(applications.id, payload.applicationId)).run();
  } else {
    db.update(applications).set({ draft: null, updatedAt: at }).where(eq(applications.id, payload.applicationId)).run();
  }
}

/** `at` is the event's clock time (last change); the submission time comes from the payload. */
const applicationById = (db: Db) => prepared(db, 'application-by-id', () => db.select().from(applications).where(eq(applications.id, sql.placeholder('id'))).prepare());

export function projectSubmitted(
  db: Db,
  payload: EventPayload<'ApplicationSubmitted'>,
  at: string,
  actor: string | null,
): void {
  const existing = applicationById(db).get({ id: payload.applicationId });
  const columns = {
    serialNo: payload.serialNo,
    state: 'submitted',
    stateSince: at,
    version: payload.version,
    ...listing(payload.data, payload.cnDomainAscii),
    draft: null,
    lastSubmittedAt: payload.submittedAt,
    updatedAt: at,
  };
  if (existing) {
    db.update(applications)
      .set({ ...columns, submittedAt: existing.submittedAt ?? payload.submittedAt })
      .where(eq(applications.id, payload.applicationId))
      .run();
  } else {
    insertRow(db, applications, { id: payload.applicationId, ...unitColumns(db, payload.unitId), ...columns, submittedAt: payload.submittedAt, createdAt: at });
  }
  insertRow(db, applicationVersions, { applicationId: payload.applicationId, version: payload.version, data: payload.data, submittedAt: payload.submittedAt, submittedBy: actor });
}

/** A move to another state; the clock of the state's deadline starts now. */
export function projectStateChange(db: Db, applicationId: string, state: string, at: string): void {
  prepared(db, 'application-state', () =>
    db
      .update(applications)
      .set({ state: sql`${sql.placeholder('state')}`, stateSince: sql`${sql.placeholder('at')}`, updatedAt: sql`${sql.placeholder('at')}` })
      .where(eq(applications.id, sql.placeholder('id')))
      .prepare(),
  ).run({ state, at, id: applicationId });
}
