import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/*
 * Three kinds of table:
 * - the journal (events): the data itself, append-only;
 * - projections (PROJECTION_TABLES below): derived from the journal, dropped and rebuilt at will;
 * - local state (local_meta, sign_in_guards, peers, peer_acks, sync_coverage, bundle_history, parked_events,
 *   remote_actors): this copy's own bookkeeping and trust, neither synced nor rebuilt.
 */

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    hlc: text('hlc').notNull(),
    workstationId: text('workstation_id').notNull(),
    seq: integer('seq').notNull(),
    actor: text('actor'),
    aggregateId: text('aggregate_id').notNull(),
    type: text('type').notNull(),
    version: integer('version').notNull(),
    payload: text('payload').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('events_workstation_seq').on(t.workstationId, t.seq),
    index('events_hlc').on(t.hlc),
    index('events_aggregate').on(t.aggregateId),
    index('events_actor').on(t.actor, t.aggregateId),
  ],
);

export const workstationProfile = sqliteTable('workstation_profile', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  regionCode: text('region_code').notNull(),
  initializedAt: text('initialized_at').notNull(),
});

export const users = sqliteTable('users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  roles: text('roles', { mode: 'json' }).$type<string[]>().notNull(),
  passwordHash: text('password_hash', { mode: 'json' }).notNull(),
  mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull(),
  disabled: integer('disabled', { mode: 'boolean' }).notNull(),
  /** May see ID numbers in full (each reveal is journalled); granted by an admin, independent of roles. */
  revealsPersonalData: integer('reveals_personal_data', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
});

export const localMeta = sqliteTable('local_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

export const signInGuards = sqliteTable('sign_in_guards', {
  username: text('username').primaryKey(),
  failures: integer('failures').notNull(),
  lockedUntil: text('locked_until'),
});

export const units = sqliteTable(
  'units',
  {
    id: text('id').primaryKey(),
    account: text('account').notNull().unique(),
    regionCode: text('region_code').notNull(),
    regionLevel: text('region_level').notNull(),
    name: text('name').notNull(),
    systemCategory: text('system_category').notNull(),
    superiorUnit: text('superior_unit').notNull(),
    address: text('address').notNull(),
    postcode: text('postcode').notNull(),
    functions: text('functions').notNull(),
    creditCode: text('credit_code').notNull(),
    headName: text('head_name').notNull(),
    headIdNumber: text('head_id_number').notNull(),
    handlerName: text('handler_name').notNull(),
    handlerIdNumber: text('handler_id_number').notNull(),
    handlerPhone: text('handler_phone').notNull(),
    handlerPhoneExt: text('handler_phone_ext').notNull(),
    handlerFax: text('handler_fax').notNull(),
    handlerFaxExt: text('handler_fax_ext').notNull(),
    handlerMobile: text('handler_mobile').notNull(),
    handlerEmail: text('handler_email').notNull(),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('units_name').on(t.name), index('units_region').on(t.regionCode)],
);

/**
 * One row per application: its current state plus the listing columns (denormalised from the unit and the newest
 * version or draft) that the query screen filters and sorts on. Full data lives in application_versions.
 */
export const applications = sqliteTable(
  'applications',
  {
    id: text('id').primaryKey(),
    serialNo: text('serial_no').unique(),
    unitId: text('unit_id')
      .notNull()
      .references(() => units.id),
    unitName: text('unit_name').notNull(),
    regionCode: text('region_code').notNull(),
    systemCategory: text('system_category').notNull(),
    state: text('state').notNull(),
    kind: text('kind'),
    version: integer('version').notNull(),
    siteName: text('site_name').notNull(),
    cnDomain: text('cn_domain').notNull(),
    cnDomainAscii: text('cn_domain_ascii').notNull(),
    enDomain: text('en_domain').notNull(),
    redPage: integer('red_page', { mode: 'boolean' }).notNull(),
    draft: text('draft', { mode: 'json' }),
    submittedAt: text('submitted_at'),
    lastSubmittedAt: text('last_submitted_at'),
    /** When the application entered its current state: the paper-review and badge clocks run from it. */
    stateSince: text('state_since'),
    /** When the final 审核 approved it: the public listing shows the newest approvals first. */
    approvedAt: text('approved_at'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('applications_submitted').on(t.submittedAt),
    index('applications_state').on(t.state, t.submittedAt),
    index('applications_state_last').on(t.state, t.lastSubmittedAt),
    index('applications_state_since').on(t.state, t.stateSince),
    // 公示: listed states, a region prefix, newest approval first.
    index('applications_listing').on(t.state, t.regionCode, t.approvedAt),
    index('applications_kind').on(t.kind, t.submittedAt),
    index('applications_region').on(t.regionCode, t.submittedAt),
    index('applications_category').on(t.systemCategory, t.submittedAt),
    index('applications_unit').on(t.unitId),
    index('applications_site_name').on(t.siteName),
    index('applications_cn_domain').on(t.cnDomainAscii),
    index('applications_en_domain').on(t.enDomain),
  ],
);

/** Every submission, immutable: version 1, 2, 3 … of an application. */
export const applicationVersions = sqliteTable(
  'application_versions',
  {
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    version: integer('version').notNull(),
    data: text('data', { mode: 'json' }).notNull(),
    submittedAt: text('submitted_at').notNull(),
    submittedBy: text('submitted_by'),
  },
  (t) => [primaryKey({ columns: [t.applicationId, t.version] })],
);

/** Every review decision on an application, newest last: 初审 and the final 审核. */
export const reviewDecisions = sqliteTable(
  'review_decisions',
  {
    eventId: text('event_id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    version: integer('version').notNull(),
    stage: text('stage').notNull(),
    decision: text('decision').notNull(),
    reasons: text('reasons', { mode: 'json' }).notNull(),
    note: text('note').notNull(),
    notice: text('notice').notNull(),
    decidedAt: text('decided_at').notNull(),
    decidedBy: text('decided_by'),
  },
  (t) => [index('review_decisions_application').on(t.applicationId, t.decidedAt)],
);

/** 书面材料登记: every check-in of an application's paper, complete or not. */
export const paperCheckins = sqliteTable(
  'paper_checkins',
  {
    eventId: text('event_id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    version: integer('version').notNull(),
    receivedOn: text('received_on').notNull(),
    channel: text('channel').notNull(),
    trackingNo: text('tracking_no').notNull(),
    note: text('note').notNull(),
    items: text('items', { mode: 'json' }).notNull(),
    complete: integer('complete', { mode: 'boolean' }).notNull(),
    checkedInAt: text('checked_in_at').notNull(),
    checkedInBy: text('checked_in_by'),
  },
  (t) => [index('paper_checkins_application').on(t.applicationId, t.checkedInAt), index('paper_checkins_at').on(t.checkedInAt)],
);

/** 扫描件 attached to applications; the bytes live in the data directory by sha256 (src/main/scans/store.ts). */
export const scans = sqliteTable(
  'scans',
  {
    eventId: text('event_id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    sha256: text('sha256').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    fileName: text('file_name').notNull(),
    attachedAt: text('attached_at').notNull(),
    attachedBy: text('attached_by'),
  },
  (t) => [uniqueIndex('scans_application_file').on(t.applicationId, t.sha256)],
);

/** 网站标识: one per site (application), its code, verification id and the latest installation check. */
export const badges = sqliteTable(
  'badges',
  {
    applicationId: text('application_id')
      .primaryKey()
      .references(() => applications.id),
    unitId: text('unit_id').notNull(),
    code: text('code').notNull().unique(),
    verificationId: text('verification_id').notNull().unique(),
    color: text('color').notNull(),
    source: text('source').notNull(),
    issuedAt: text('issued_at').notNull(),
    issuedBy: text('issued_by'),
    checkedAt: text('checked_at'),
    checkPassed: integer('check_passed', { mode: 'boolean' }),
    checkSummary: text('check_summary'),
  },
  (t) => [index('badges_unit').on(t.unitId)],
);

/** The admin's overrides of the working-day calendar; the official days come from chinese-days. */
export const calendarDays = sqliteTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind').notNull(),
  name: text('name').notNull(),
});

/** The outbox: notices for units, sent by the online platform once a bundle takes them there. */
export const notices = sqliteTable(
  'notices',
  {
    id: text('id').primaryKey(),
    applicationId: text('application_id')
      .notNull()
      .references(() => applications.id),
    trigger: text('trigger').notNull(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    text: text('text').notNull(),
    state: text('state').notNull(),
    queuedAt: text('queued_at').notNull(),
    /** When the online platform sent it (its receipt). */
    sentAt: text('sent_at'),
    /** The NoticeQueued event's origin and sequence number: the platform has it once it acknowledges that far. */
    origin: text('origin').notNull().default(''),
    seq: integer('seq').notNull().default(0),
  },
  (t) => [index('notices_state').on(t.state, t.queuedAt), index('notices_application').on(t.applicationId)],
);

/** The admin's changes to the 不通过原因 list and their own codes; the defaults live in src/shared/review. */
export const reasonCodes = sqliteTable('reason_codes', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  stage: text('stage').notNull(),
  field: text('field'),
  retired: integer('retired', { mode: 'boolean' }).notNull(),
});

/** Admin wordings that replace the default templates. */
export const noticeTemplates = sqliteTable(
  'notice_templates',
  {
    trigger: text('trigger').notNull(),
    channel: text('channel').notNull(),
    text: text('text').notNull(),
  },
  (t) => [primaryKey({ columns: [t.trigger, t.channel] })],
);

/**
 * 同步对象: the workstations and the online platform this one exchanges bundles with. A trust decision of this
 * workstation, so local state (neither journalled nor synced); who added a peer and when is kept here.
 */
export const peers = sqliteTable('peers', {
  workstationId: text('workstation_id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  regionCode: text('region_code').notNull(),
  publicKey: text('public_key').notNull().unique(),
  agreementKey: text('agreement_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  trustedAt: text('trusted_at').notNull(),
  trustedBy: text('trusted_by').notNull(),
});

/**
 * Events the replay could not apply at their place in clock order (two workstations decided the same thing
 * differently while apart): kept in the journal, listed here for admins with the state they met. A projection.
 */
export const conflicts = sqliteTable(
  'conflicts',
  {
    eventId: text('event_id').primaryKey(),
    /** The application (or, for a registration, the unit). */
    aggregateId: text('aggregate_id').notNull(),
    eventType: text('event_type').notNull(),
    workstationId: text('workstation_id').notNull(),
    actor: text('actor'),
    hlc: text('hlc').notNull(),
    /** What the refused event wanted, and what it met. */
    wanted: text('wanted').notNull(),
    found: text('found').notNull(),
    /** The event that put the application in the state it met. */
    winnerEventId: text('winner_event_id'),
    resolvedAt: text('resolved_at'),
    resolvedBy: text('resolved_by'),
    resolutionNote: text('resolution_note'),
  },
  (t) => [index('conflicts_aggregate').on(t.aggregateId)],
);

/** For each peer and each origin workstation: the highest sequence number the peer has said it holds. Local. */
export const peerAcks = sqliteTable(
  'peer_acks',
  {
    peerId: text('peer_id').notNull(),
    origin: text('origin').notNull(),
    seq: integer('seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.peerId, t.origin] })],
);

/**
 * How far this copy holds each other workstation's journal: every sequence number up to `seq` has been received (or
 * was deliberately left out by its origin because it never leaves that workstation). Local.
 */
export const syncCoverage = sqliteTable('sync_coverage', {
  origin: text('origin').primaryKey(),
  seq: integer('seq').notNull(),
});

/** 同步记录: every bundle exported or imported (or refused), with what it held. Local. */
export const bundleHistory = sqliteTable(
  'bundle_history',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    bundleId: text('bundle_id').notNull(),
    direction: text('direction').notNull(),
    peerId: text('peer_id'),
    fileName: text('file_name').notNull(),
    at: text('at').notNull(),
    actor: text('actor').notNull(),
    result: text('result').notNull(),
    events: integer('events').notNull(),
    attachments: integer('attachments').notNull(),
    bytes: integer('bytes').notNull(),
    message: text('message').notNull(),
  },
  (t) => [index('bundle_history_bundle').on(t.bundleId)],
);

/**
 * The names of other workstations' users, as their bundles carry them: so a decision taken elsewhere says who took it.
 * Local (neither journalled nor synced on its own; each bundle brings the names its events need).
 */
export const remoteActors = sqliteTable('remote_actors', {
  actorId: text('actor_id').primaryKey(),
  displayName: text('display_name').notNull(),
  workstationId: text('workstation_id').notNull(),
});

/** Events received with a type or payload version this release does not know: kept to replay after an upgrade. Local. */
export const parkedEvents = sqliteTable('parked_events', {
  id: text('id').primaryKey(),
  origin: text('origin').notNull(),
  seq: integer('seq').notNull(),
  type: text('type').notNull(),
  version: integer('version').notNull(),
  line: text('line').notNull(),
  bundleId: text('bundle_id').notNull(),
  parkedAt: text('parked_at').notNull(),
});

/** Projection tables in the order they are hashed, and cleared (in reverse) for a rebuild. */
export const PROJECTION_TABLES = [
  'workstation_profile',
  'users',
  'settings',
  'units',
  'applications',
  'application_versions',
  'review_decisions',
  'paper_checkins',
  'scans',
  'badges',
  'calendar_days',
  'notices',
  'notice_templates',
  'reason_codes',
  'conflicts',
] as const;
