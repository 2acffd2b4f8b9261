import { APPLICATION_KINDS } from '../applications/application';
import { APPLICATION_STATES } from '../applications/workflow';
import { PAPER_CHANNELS } from '../paper/checkin';
import { checklistItemSchema } from '../paper/checklist';
import { SCAN_MEDIA_TYPES } from '../paper/scans';
import { EXPORT_FORMATS, LIST_NAMES } from '../exports/names';
import { NOTICE_CHANNELS, NOTICE_TRIGGERS } from '../notices/templates';
import { rejectionReasonSchema } from '../review/decision';
import { REASON_STAGES } from '../review/reasons';
import { ROLES } from '../roles';
import { REGION_LEVELS, SYSTEM_CATEGORIES } from '../units/unit';
import { z } from '../zod';

/** A scrypt hash with the parameters it was made with, so the cost can rise later without breaking old hashes. */
export const passwordHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  keyLength: z.number().int().positive(),
  salt: z.string(),
  hash: z.string(),
});
export type PasswordHash = z.infer<typeof passwordHashSchema>;

const roles = z.array(z.enum(ROLES));

/** A unit as recorded: the registration form's fields, normalised, with its account and derived region level. */
export const unitRecordSchema = z.object({
  unitId: z.string(),
  /** When the unit registered (online) or was entered here; not the event's clock stamp. */
  registeredAt: z.iso.datetime(),
  account: z.string(),
  regionCode: z.string(),
  regionLevel: z.enum(REGION_LEVELS),
  name: z.string(),
  systemCategory: z.enum(SYSTEM_CATEGORIES),
  superiorUnit: z.string(),
  address: z.string(),
  postcode: z.string(),
  functions: z.string(),
  creditCode: z.string(),
  head: z.object({ name: z.string(), idNumber: z.string() }),
  handler: z.object({
    name: z.string(),
    idNumber: z.string(),
    phone: z.string(),
    phoneExt: z.string(),
    fax: z.string(),
    faxExt: z.string(),
    mobile: z.string(),
    email: z.string(),
  }),
});
export type UnitRecord = z.infer<typeof unitRecordSchema>;

const contactRecord = z.object({ phone: z.string(), phoneExt: z.string(), mobile: z.string(), email: z.string() });
const applicationFields = {
  functions: z.string(),
  handler: contactRecord,
  siteManager: contactRecord,
  siteName: z.string(),
  cnDomain: z.string(),
  redPage: z.boolean(),
  enDomain: z.string(),
  ipv4: z.string(),
  ipv6: z.string(),
  siteIntro: z.string(),
};
export const applicationRecordSchema = z.object({ kind: z.enum(APPLICATION_KINDS), ...applicationFields });
export const applicationDraftRecordSchema = z.object({ kind: z.enum(APPLICATION_KINDS).nullable(), ...applicationFields });

const reviewDecided = z.object({
  applicationId: z.string(),
  version: z.number().int().positive(),
  decision: z.enum(['pass', 'reject']),
  reasons: z.array(rejectionReasonSchema),
  note: z.string(),
  nextState: z.enum(APPLICATION_STATES),
  notice: z.string(),
});
const stateClosed = z.object({ applicationId: z.string(), reason: z.string(), nextState: z.enum(APPLICATION_STATES) });

/**
 * Every domain event type and the schema of its payload. Adding a type here makes the projection's exhaustive switch
 * fail to compile until the projection handles it.
 */
export const eventPayloadSchemas = {
  WorkstationInitialized: z.object({ name: z.string(), regionCode: z.string() }),
  UserCreated: z.object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles,
    passwordHash: passwordHashSchema,
    mustChangePassword: z.boolean(),
  }),
  UserUpdated: z.object({ userId: z.string(), displayName: z.string(), roles }),
  UserPasswordSet: z.object({ userId: z.string(), passwordHash: passwordHashSchema, mustChangePassword: z.boolean() }),
  UserDisabled: z.object({ userId: z.string() }),
  /** An admin grants or withdraws the permission to see ID numbers in full. */
  UserRevealPermissionSet: z.object({ userId: z.string(), allowed: z.boolean() }),
  /** Someone saw an ID number in full: whose, which one, and for what. The number itself is never journalled. */
  IdNumberRevealed: z.object({ unitId: z.string(), field: z.enum(['head', 'handler']), purpose: z.string() }),
  UserEnabled: z.object({ userId: z.string() }),
  /** Only the settings that changed. */
  SettingsChanged: z.object({
    idleLockMinutes: z.number().int().optional(),
    deadlineDays: z
      .object({ initialReview: z.number().int(), paperReview: z.number().int(), badgeInstall: z.number().int() })
      .optional(),
    paperChecklist: z.array(checklistItemSchema).optional(),
    updateFeedUrl: z.string().optional(),
    badgeRegions: z.array(z.object({ regionCode: z.string(), pp: z.string(), ccc: z.string(), dddd: z.string() })).optional(),
    badgeScriptBase: z.string().optional(),
    badgeCheckNetwork: z.boolean().optional(),
  }),
  /** Admin overrides of the working-day calendar (a new year's holidays, a local change). */
  CalendarDaysSet: z.object({
    days: z.array(z.object({ date: z.string(), kind: z.enum(['holiday', 'workday']), name: z.string() })),
  }),
  CalendarDaysCleared: z.object({ dates: z.array(z.string()) }),
  /** A 短信 or 邮件 for the unit, waiting in the outbox for the next bundle to the online platform. */
  NoticeQueued: z.object({
    noticeId: z.string(),
    applicationId: z.string(),
    trigger: z.enum(NOTICE_TRIGGERS),
    channel: z.enum(NOTICE_CHANNELS),
    recipient: z.string(),
    text: z.string(),
  }),
  ReasonCodeSaved: z.object({
    code: z.string(),
    label: z.string(),
    stage: z.enum(REASON_STAGES),
    field: z.string().nullable(),
    retired: z.boolean(),
  }),
  NoticeTemplateSaved: z.object({ trigger: z.enum(NOTICE_TRIGGERS), channel: z.enum(NOTICE_CHANNELS), text: z.string() }),
  UnitRegistered: unitRecordSchema,
  UnitUpdated: unitRecordSchema.omit({ account: true, registeredAt: true }),
  ApplicationDraftSaved: z.object({ applicationId: z.string(), unitId: z.string(), draft: applicationDraftRecordSchema }),
  ApplicationDraftDiscarded: z.object({ applicationId: z.string() }),
  /** A submission: the first (version 1, with a new serial) or an amendment (the next version). */
  ApplicationSubmitted: z.object({
    applicationId: z.string(),
    unitId: z.string(),
    serialNo: z.string(),
    version: z.number().int().positive(),
    data: applicationRecordSchema,
    cnDomainAscii: z.string(),
    /** 申请时间: when the unit submitted (online) or the clerk did (here); not the event's clock stamp. */
    submittedAt: z.iso.datetime(),
  }),
  /** 初审: pass (to the paper stage, or straight to the final review when no paper is due) or reject with reasons. */
  InitialReviewDecided: reviewDecided,
  /** The final 审核 after the paper materials: approve (the badge comes next) or refuse with reasons. */
  FinalReviewDecided: reviewDecided,
  /**
   * 书面材料登记: what was in the envelope (each checklist item with the wording in force), how it came, and the
   * outcome — complete (on to the final 审核) or 补正 (the missing items are requested).
   */
  PaperCheckedIn: z.object({
    applicationId: z.string(),
    version: z.number().int().positive(),
    receivedOn: z.string(),
    channel: z.enum(PAPER_CHANNELS),
    trackingNo: z.string(),
    note: z.string(),
    items: z.array(z.object({ code: z.string(), label: z.string(), present: z.boolean() })),
    complete: z.boolean(),
    nextState: z.enum(APPLICATION_STATES),
  }),
  /** A scanned file attached to an application; the bytes travel separately, named by their sha256. */
  ScanAttached: z.object({
    applicationId: z.string(),
    sha256: z.string(),
    mediaType: z.enum(SCAN_MEDIA_TYPES),
    size: z.number().int().positive(),
    fileName: z.string(),
  }),
  /** A list exported to a file: who took which rows out of the workstation, with which filters. */
  ListExported: z.object({ list: z.enum(LIST_NAMES), format: z.enum(EXPORT_FORMATS), rows: z.number().int().nonnegative(), filters: z.string() }),
  /**
   * A 网站标识 for an approved site: issued here (a provisional code until CONAC's arrives) or received from the online
   * platform, whose code is authoritative and recorded verbatim. A reissue replaces the site's code.
   */
  BadgeIssued: z.object({
    applicationId: z.string(),
    unitId: z.string(),
    code: z.string(),
    verificationId: z.string(),
    color: z.enum(['red', 'blue']),
    source: z.enum(['workstation', 'platform']),
    nextState: z.enum(APPLICATION_STATES),
  }),
  /** 挂标检测: the pages checked and what was found; all passing moves the site to 已挂标. */
  BadgeChecked: z.object({
    applicationId: z.string(),
    code: z.string(),
    pages: z.number().int().nonnegative(),
    failures: z.array(z.object({ page: z.string(), status: z.string() })),
    passed: z.boolean(),
    nextState: z.enum(APPLICATION_STATES),
  }),
  /** The unit withdrew its application (recorded by the clerk or reviewer it told). */
  ApplicationWithdrawn: stateClosed,
  /** 注销: the approval is cancelled (unit abolished or renamed, site closed); its badge is void. */
  ApplicationRevoked: stateClosed,
  /** 公示: an installed site is published in the public listing (and so reported to the online platform). */
  ApplicationListed: z.object({ applicationId: z.string(), nextState: z.enum(APPLICATION_STATES) }),
  /** From the online platform: the 短信 or 邮件 of a queued notice was sent to the unit. */
  NoticeSent: z.object({ noticeId: z.string(), sentAt: z.iso.datetime() }),
  /** From the online platform: the result of CONAC's 复审 of an approved site. */
  ConacReviewed: z.object({ applicationId: z.string(), passed: z.boolean(), note: z.string(), reviewedAt: z.iso.datetime() }),
  /** An admin has looked at a sync conflict (an event the replay could not apply) and recorded what was done. */
  ConflictResolved: z.object({ eventId: z.string(), note: z.string() }),
};

export type EventType = keyof typeof eventPayloadSchemas;

/** What each event is called in the 操作日志. */
export const EVENT_TYPE_LABELS: Record<EventType, string> = {
  WorkstationInitialized: '首次设置',
  UserCreated: '新建用户',
  UserUpdated: '修改用户',
  UserPasswordSet: '设置密码',
  UserDisabled: '停用用户',
  UserEnabled: '启用用户',
  UserRevealPermissionSet: '设置查看身份证号权限',
  IdNumberRevealed: '查看完整身份证号',
  SettingsChanged: '修改设置',
  CalendarDaysSet: '调整工作日历',
  CalendarDaysCleared: '撤销日历调整',
  UnitRegistered: '登记单位',
  UnitUpdated: '修改单位',
  ApplicationDraftSaved: '保存申请草稿',
  ApplicationDraftDiscarded: '放弃申请草稿',
  ApplicationSubmitted: '提交申请',
  InitialReviewDecided: '初审决定',
  FinalReviewDecided: '审核决定',
  PaperCheckedIn: '书面材料登记',
  ScanAttached: '附加扫描件',
  ListExported: '导出列表',
  BadgeIssued: '发放网站标识',
  BadgeChecked: '挂标检测',
  ApplicationWithdrawn: '撤回申请',
  ApplicationRevoked: '注销',
  NoticeQueued: '通知进入发件箱',
  NoticeTemplateSaved: '修改通知模板',
  ReasonCodeSaved: '修改不通过原因',
  ConflictResolved: '处理同步冲突',
  ApplicationListed: '公示',
  NoticeSent: '通知已发送',
  ConacReviewed: '中央网信办复审',
};
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloadSchemas)[T]>;

/** The current payload schema version of every type; bumped when a payload's shape changes. */
export const EVENT_VERSION = 1;

/** An event as the services propose it, before the journal stamps it. */
export type NewEvent = {
  [T in EventType]: { type: T; aggregateId: string; payload: EventPayload<T> };
}[EventType];

/** What the journal adds: identity, clock, origin, and the link in its workstation's hash chain. */
export interface EventStamp {
  id: string;
  hlc: string;
  workstationId: string;
  /** 1, 2, 3 … per workstation: exact ranges for sync. */
  seq: number;
  actor: string | null;
  version: number;
  prevHash: string;
  hash: string;
}

export type DomainEvent = NewEvent & EventStamp;
