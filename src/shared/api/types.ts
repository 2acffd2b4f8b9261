import type { ApplicationDraft, ApplicationKind } from '../applications/application';
import type { ApplicationState } from '../applications/workflow';
import type { DeadlineStage } from '../applications/deadlines';
import type { Check } from '../applications/checks';
import type { EventType, UnitRecord } from '../events/events';
import type { RejectionReason, ReviewStage } from '../review/decision';
import type { CalendarDay, Deadline } from '../calendar/workdays';
import type { NoticeChannel, NoticeState, NoticeTrigger } from '../notices/templates';
import type { Role } from '../roles';
import type { ChecklistItem } from '../paper/checklist';
import type { BadgeRegionNumbers } from '../badges/regions';
import type { PaperChannel } from '../paper/checkin';
import type { ScanMediaType } from '../paper/scans';
import type { PeerKind } from '../sync/identity';

/** What the renderer knows about the signed-in user. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  mustChangePassword: boolean;
  /** May see ID numbers in full, one at a time, each time journalled. */
  revealsPersonalData: boolean;
}

export interface SessionInfo {
  token: string;
  user: SessionUser;
  locked: boolean;
  idleLockMinutes: number;
}

export interface SetupStatus {
  initialized: boolean;
  workstationName: string | null;
  regionCode: string | null;
}

export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  disabled: boolean;
  mustChangePassword: boolean;
  revealsPersonalData: boolean;
  /** ISO time until which sign-in is refused after repeated wrong passwords, or null. */
  lockedUntil: string | null;
  createdAt: string;
}

export interface Settings {
  idleLockMinutes: number;
  deadlineDays: { initialReview: number; paperReview: number; badgeInstall: number };
  paperChecklist: ChecklistItem[];
  /** The intranet server holding the update channel files (latest.yml …); '' when none. */
  updateFeedUrl: string;
  /** The admin's CONAC numbers for regions (PP / CCC / DDDD of badge codes). */
  badgeRegions: BadgeRegionNumbers[];
  /** Where the badge snippet loads its script: CONAC's server, or an intranet mirror. */
  badgeScriptBase: string;
  /** Whether 挂标检测 may fetch a site's page over the network (off: saved pages only). */
  badgeCheckNetwork: boolean;
}

/** A site's 网站标识 as the 标识管理 screen lists it. */
export interface BadgeView {
  applicationId: string;
  serialNo: string;
  siteName: string;
  unitName: string;
  regionCode: string;
  state: ApplicationState;
  code: string | null;
  verificationId: string | null;
  color: 'red' | 'blue' | null;
  issuedAt: string | null;
  checkedAt: string | null;
  checkPassed: boolean | null;
  checkSummary: string | null;
  snippet: string | null;
}

export interface UpdateStatus {
  /** False in the browser shell and the CLI: only the desktop app updates itself. */
  supported: boolean;
  current: string;
  feedUrl: string;
  state: 'idle' | 'checking' | 'available' | 'downloading' | 'downloaded' | 'error';
  update: { version: string; releaseDate: string | null; notes: string } | null;
  /** Download progress in percent. */
  progress: number;
  error: string | null;
  checkedAt: string | null;
}

export interface SystemInfo {
  appVersion: string;
  workstationId: string;
  workstationName: string;
  regionCode: string;
  dataDir: string;
  schemaMigrations: number;
  eventCount: number;
  host: 'electron' | 'browser-shell' | 'cli';
}

export interface CheckStep {
  name: 'integrity' | 'chain' | 'rebuild';
  ok: boolean;
  detail: string;
}

export interface SystemCheckReport {
  ok: boolean;
  steps: CheckStep[];
  stateHash: string;
}

/** A unit as the screens see it: ID numbers only masked (1101**********002X). */
export interface UnitView extends Omit<UnitRecord, 'unitId' | 'registeredAt' | 'head' | 'handler'> {
  id: string;
  head: { name: string; idNumberMasked: string };
  handler: Omit<UnitRecord['handler'], 'idNumber'> & { idNumberMasked: string };
  createdAt: string;
  updatedAt: string;
}

export interface UnitListRow {
  id: string;
  account: string;
  name: string;
  regionCode: string;
  systemCategory: UnitRecord['systemCategory'];
  handlerName: string;
  applicationCount: number;
  updatedAt: string;
}

export interface Page<T> {
  rows: T[];
  total: number;
}

export interface ApplicationRow {
  id: string;
  /** The clock running on the application now (初审, paper review or 挂标), or null. */
  deadline: (Deadline & { stage: DeadlineStage }) | null;
  lastSubmittedAt: string | null;
  /** When it entered its current state. */
  stateSince: string | null;
  serialNo: string | null;
  unitId: string;
  unitName: string;
  regionCode: string;
  systemCategory: UnitRecord['systemCategory'];
  state: ApplicationState;
  kind: ApplicationKind | null;
  version: number;
  siteName: string;
  cnDomain: string;
  submittedAt: string | null;
  updatedAt: string;
}

export interface ApplicationVersionView {
  version: number;
  data: ApplicationDraft & { kind: ApplicationKind };
  submittedAt: string;
  submittedBy: string | null;
}

export interface ReviewDecisionView {
  version: number;
  stage: ReviewStage;
  decision: 'pass' | 'reject';
  reasons: RejectionReason[];
  note: string;
  notice: string;
  decidedAt: string;
  decidedBy: string;
}

export interface HistoryEntry {
  at: string;
  actor: string;
  summary: string;
}

export interface ApplicationDetail extends ApplicationRow {
  cnDomainAscii: string;
  unit: UnitView;
  versions: ApplicationVersionView[];
  draft: ApplicationDraft | null;
  /** Automatic checks on the newest data (the draft if there is one). */
  checks: Check[];
  decisions: ReviewDecisionView[];
  history: HistoryEntry[];
  notices: NoticeView[];
  checkins: PaperCheckinView[];
  scans: ScanView[];
}

export interface UnitDetail {
  unit: UnitView;
  applications: ApplicationRow[];
  checks: Check[];
}

export interface CalendarYear {
  year: number;
  /** False when neither the official data nor an override covers the year: only weekends are known. */
  known: boolean;
  days: (CalendarDay & { source: 'override' | 'official' | 'weekday' })[];
}

export interface NoticeView {
  id: string;
  applicationId: string;
  serialNo: string | null;
  unitName: string;
  trigger: NoticeTrigger;
  channel: NoticeChannel;
  recipient: string;
  text: string;
  state: NoticeState;
  queuedAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  workstationId: string;
  seq: number;
  actorId: string | null;
  actor: string;
  type: EventType;
  typeLabel: string;
  summary: string;
  serialNo: string | null;
}

export interface ChainCheck {
  ok: boolean;
  workstations: number;
  events: number;
  breaks: { workstationId: string; seq: number; eventId: string; reason: string }[];
}

export interface BackupFile {
  name: string;
  path: string;
  bytes: number;
  createdAt: string;
  automatic: boolean;
}

export interface DashboardSummary {
  byState: Partial<Record<ApplicationState, number>>;
  /** The workstation's 管辖区域 split one level down (or the provinces, for 中央和国家机关). */
  byRegion: { regionCode: string; name: string; total: number; waiting: number }[];
  overdue: ApplicationRow[];
  overdueTotal: number;
  /** The last 12 weeks, Monday first: submissions received and decisions made (初审 and the final 审核). */
  weekly: { week: string; submitted: number; decided: number }[];
}

/** One 书面材料登记 as listed on the application and in the check-in log. */
export interface PaperCheckinView {
  eventId: string;
  applicationId: string;
  serialNo: string;
  unitName: string;
  siteName: string;
  version: number;
  receivedOn: string;
  channel: PaperChannel;
  trackingNo: string;
  note: string;
  items: { code: string; label: string; present: boolean }[];
  complete: boolean;
  checkedInAt: string;
  checkedInBy: string;
}

/** What a scan at the check-in counter finds: the application, its checklist and earlier check-ins. */
export interface PaperLookup {
  application: ApplicationRow;
  scanCode: string;
  checklist: ChecklistItem[];
  checkins: PaperCheckinView[];
  scans: ScanView[];
  /** False when found by a bare 申请序号: the clerk must check the version printed on the paper. */
  versionChecked: boolean;
}

/** A scanned file attached to an application. */
export interface ScanView {
  eventId: string;
  applicationId: string;
  sha256: string;
  mediaType: ScanMediaType;
  size: number;
  fileName: string;
  attachedAt: string;
  attachedBy: string;
}

/** A file waiting in the scanner's import folder. */
export interface InboxFile {
  name: string;
  size: number;
  modifiedAt: string;
  tooLarge: boolean;
  /** By extension only, to sort the list; the content decides when the file is attached. */
  likelyScan: boolean;
}

/** A row of the public listing (公示): 网站名称 | 主办单位. */
export interface ListingRow {
  applicationId: string;
  siteName: string;
  unitName: string;
  verificationId: string;
}

/** What clicking a badge shows (DOMAIN.md §5). */
export interface Verification {
  valid: boolean;
  unitName: string;
  unitKind: string;
  address: string;
  functions: string;
  siteName: string;
  domains: string;
  code: string;
  issuer: string;
  issuedOn: string;
}

/** A workstation or the online platform this one exchanges sync bundles with. */
export interface PeerView {
  workstationId: string;
  name: string;
  kind: PeerKind;
  regionCode: string;
  fingerprint: string;
  trustedAt: string;
  trustedBy: string;
}
