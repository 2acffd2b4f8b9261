import {
  displayNameSchema,
  IDLE_LOCK_MINUTES,
  passwordSchema,
  rolesSchema,
  usernameSchema,
} from '../accounts/rules';
import { findRegion } from '../regions/regions';
import { z } from '../zod';
import { method, returns } from './define';
import { applicationDataSchema, applicationDraftSchema } from '../applications/application';
import type { Check } from '../applications/checks';
import { applicationQuerySchema } from '../applications/query';
import { APPLICATION_STATES, type ApplicationState } from '../applications/workflow';
import type { SiteCheck } from '../badges/check';
import { reviewDecisionSchema } from '../review/decision';
import { closureSchema } from '../applications/closure';
import { checklistSchema } from '../paper/checklist';
import { checkInSchema } from '../paper/checkin';
import { DOCUMENT_KINDS } from '../paper/documents';
import { PEER_KINDS, type IdentityFile } from '../sync/identity';
import type { BundleHistoryRow, ConflictView, ExportPlan, ExportResult, ImportPreview, ImportResult, ParkedEventView, SyncProgress } from '../sync/views';
import { exportRequestSchema, type ExportProgress } from '../exports/request';
import { attachScanSchema, scanFileNameSchema, sha256Schema, type ScanMediaType } from '../paper/scans';
import { REASON_STAGES, REVIEW_FIELDS, type ReasonCode } from '../review/reasons';
import { auditQuerySchema } from '../audit/query';
import { isCalendarDate } from '../calendar/workdays';
import { NOTICE_CHANNELS, NOTICE_STATES, NOTICE_TRIGGERS, type TemplateSet } from '../notices/templates';
import { unitInputSchema } from '../units/unit';
import type {
  ApplicationDetail,
  ApplicationRow,
  BadgeView,
  ListingRow,
  PeerView,
  Verification,
  AuditEntry,
  BackupFile,
  CalendarYear,
  ChainCheck,
  DashboardSummary,
  NoticeView,
  Page,
  PaperCheckinView,
  PaperLookup,
  ScanView,
  InboxFile,
  SessionInfo,
  Settings,
  SetupStatus,
  SystemCheckReport,
  SystemInfo,
  UnitDetail,
  UpdateStatus,
  UnitListRow,
  UnitView,
  UserSummary,
} from './types';

const empty = z.object({}).strict();
const id = z.string().min(1).max(64);
/** Who reads units and applications, and who enters them at the workstation (代录入). */
const READERS = ['reviewer', 'clerk', 'admin'] as const;
const ENTRY = ['clerk'] as const;
const workdays = z.number({ error: '请输入工作日数' }).int('请输入整数').min(1, '至少 1 个工作日').max(60, '最多 60 个工作日');
const calendarDay = z.object({
  date: z.string().refine(isCalendarDate, '日期应为有效的 YYYY-MM-DD'),
  kind: z.enum(['holiday', 'workday'], { error: '请选择休息或上班' }),
  name: z.string().trim().max(40, '名称最多 40 字'),
});
const pageSize = z.number().int().min(1).max(200).default(20);
const page = z.number().int().min(1).default(1);
const userId = z.string().min(1).max(64);
const regionCode = z.string().refine((code) => findRegion(code) !== undefined, '请选择有效的所属区域');

/**
 * The one contract between the renderer and the main process. Each method is declared once; preload, router and the
 * renderer's client are all derived from this object.
 */
/** A bundle's optional passphrase: long enough that scrypt makes guessing it slow and costly. */
const passphraseSchema = z.string().min(8, '口令至少 8 个字符').max(200, '口令最多 200 个字符').nullable();

export const contract = {
  'setup.status': method({
    summary: '工作站是否已完成首次设置',
    input: empty,
    output: returns<SetupStatus>(),
    access: 'public',
    mutates: false,
  }),
  'setup.initialize': method({
    summary: '首次设置：工作站名称、管辖区域和第一位管理员',
    input: z.object({
      workstationName: z.string().trim().min(2, '工作站名称至少 2 个字').max(40, '工作站名称最多 40 个字'),
      regionCode,
      admin: z.object({
        username: usernameSchema,
        displayName: displayNameSchema,
        password: passwordSchema,
      }),
    }),
    output: returns<null>(),
    access: 'public',
    mutates: true,
  }),

  'session.login': method({
    summary: '登录',
    input: z.object({
      username: z.string().trim().toLowerCase().min(1, '请输入登录名').max(64),
      password: z.string().min(1, '请输入密码').max(128),
    }),
    output: returns<SessionInfo>(),
    access: 'public',
    mutates: true,
  }),
  'session.current': method({
    summary: '当前会话（未登录时为 null）',
    input: empty,
    output: returns<SessionInfo | null>(),
    access: 'public',
    mutates: false,
  }),
  'session.logout': method({
    summary: '退出登录',
    input: empty,
    output: returns<null>(),
    access: 'signedIn',
    mutates: true,
    whileLocked: true,
  }),
  'session.lock': method({
    summary: '锁定屏幕',
    input: empty,
    output: returns<null>(),
    access: 'signedIn',
    mutates: true,
  }),
  'session.unlock': method({
    summary: '输入密码解锁',
    input: z.object({ password: z.string().min(1, '请输入密码').max(128) }),
    output: returns<SessionInfo>(),
    access: 'signedIn',
    mutates: true,
    whileLocked: true,
  }),
  'session.changePassword': method({
    summary: '修改本人密码',
    input: z
      .object({ currentPassword: z.string().min(1, '请输入当前密码').max(128), newPassword: passwordSchema })
      .refine((v) => v.currentPassword !== v.newPassword, {
        message: '新密码不能与当前密码相同',
        path: ['newPassword'],
      }),
    output: returns<SessionInfo>(),
    access: 'signedIn',
    mutates: true,
  }),

  'users.list': method({
    summary: '用户列表',
    input: empty,
    output: returns<UserSummary[]>(),
    access: ['admin'],
    mutates: false,
  }),
  'users.create': method({
    summary: '新建用户',
    input: z.object({
      username: usernameSchema,
      displayName: displayNameSchema,
      roles: rolesSchema,
      password: passwordSchema,
    }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),
  'users.update': method({
    summary: '修改用户姓名和角色',
    input: z.object({ userId, displayName: displayNameSchema, roles: rolesSchema }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),
  'users.resetPassword': method({
    summary: '重置用户密码（用户下次登录须修改），并解除锁定',
    input: z.object({ userId, password: passwordSchema }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),
  'users.setRevealPermission': method({
    summary: '授予或收回查看完整身份证号的权限',
    input: z.object({ userId, allowed: z.boolean() }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),
  'users.setDisabled': method({
    summary: '停用或启用用户（用户不会被删除：操作记录引用它）',
    input: z.object({ userId, disabled: z.boolean() }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),

  'settings.get': method({
    summary: '工作站设置',
    input: empty,
    output: returns<Settings>(),
    access: 'signedIn',
    mutates: false,
  }),
  'settings.update': method({
    summary: '修改工作站设置（只传要改的项）',
    input: z.object({
      idleLockMinutes: z
        .number({ error: '请输入分钟数' })
        .int('请输入整数')
        .min(IDLE_LOCK_MINUTES.min, `最少 ${IDLE_LOCK_MINUTES.min} 分钟`)
        .max(IDLE_LOCK_MINUTES.max, `最多 ${IDLE_LOCK_MINUTES.max} 分钟`)
        .optional(),
      deadlineDays: z
        .object({ initialReview: workdays, paperReview: workdays, badgeInstall: workdays })
        .optional(),
      paperChecklist: checklistSchema.optional(),
      updateFeedUrl: z
        .string()
        .trim()
        .max(300, '地址过长')
        .refine((url) => url === '' || /^https?:\/\/[^\s]+$/.test(url), '请填写以 http:// 或 https:// 开头的地址')
        .optional(),
      badgeRegions: z
        .array(
          z.object({
            regionCode: regionCode,
            pp: z.string().regex(/^\d{2}$/, '省份编号为 2 位数字'),
            ccc: z.string().regex(/^\d{3}$/, '市编号为 3 位数字'),
            dddd: z.string().regex(/^\d{4}$/, '县编号为 4 位数字'),
          }),
        )
        .max(5000)
        .optional(),
      badgeScriptBase: z
        .string()
        .trim()
        .regex(/^(https?:)?\/\/[^\s'"]+$/, '请填写以 http://、https:// 或 // 开头的地址')
        .optional(),
      badgeCheckNetwork: z.boolean().optional(),
    }),
    output: returns<Settings>(),
    access: ['admin'],
    mutates: true,
  }),

  'units.list': method({
    summary: '单位列表：按名称片段和所属区域筛选',
    input: z.object({ name: z.string().max(100).default(''), regionCode: z.string().max(6).default(''), page, pageSize }),
    output: returns<Page<UnitListRow>>(),
    access: READERS,
    mutates: false,
  }),
  'units.get': method({
    summary: '单位详情（身份证号仅显示遮盖后的形式）及其申请',
    input: z.object({ unitId: id }),
    output: returns<UnitDetail>(),
    access: READERS,
    mutates: false,
  }),
  'units.create': method({
    summary: '登记单位（代录入），分配登录账号',
    input: unitInputSchema,
    output: returns<UnitView>(),
    access: ENTRY,
    mutates: true,
  }),
  'units.revealIdNumber': method({
    summary: '查看完整身份证号（需“查看身份证号”权限，写明用途，每次记入操作日志）',
    input: z.object({
      unitId: id,
      field: z.enum(['head', 'handler']),
      purpose: z.string().trim().min(2, '请写明查看用途').max(100, '用途最多 100 字'),
    }),
    output: returns<{ idNumber: string }>(),
    access: READERS,
    mutates: true,
  }),
  'units.update': method({
    summary: '修改单位信息；身份证号留空表示不变',
    input: z.object({ unitId: id, data: unitInputSchema }),
    output: returns<UnitView>(),
    access: ENTRY,
    mutates: true,
  }),
  'units.check': method({
    summary: '对正在填写的单位信息做自动检查',
    input: z.object({
      unitId: id.nullable(),
      name: z.string().max(200),
      regionCode: z.string().max(6),
      creditCode: z.string().max(40),
      head: z.object({ name: z.string().max(60), idNumber: z.string().max(40) }),
      handler: z.object({ name: z.string().max(60), idNumber: z.string().max(40) }),
    }),
    output: returns<Check[]>(),
    access: ENTRY,
    mutates: false,
  }),

  'applications.query': method({
    summary: '申请查询（网站名称、申请序号、申请时间、状态、类型、区域、系统类别）',
    input: applicationQuerySchema,
    output: returns<Page<ApplicationRow>>(),
    access: READERS,
    mutates: false,
  }),
  'applications.get': method({
    summary: '申请详情：各版本、草稿和自动检查',
    input: z.object({ applicationId: id }),
    output: returns<ApplicationDetail>(),
    access: READERS,
    mutates: false,
  }),
  'applications.saveDraft': method({
    summary: '保存申请草稿（不完整也可保存）',
    input: z.object({ applicationId: id.nullable(), unitId: id, draft: applicationDraftSchema }),
    output: returns<{ applicationId: string }>(),
    access: ENTRY,
    mutates: true,
  }),
  'applications.submit': method({
    summary: '提交申请：首次提交分配申请序号，之后每次提交为新的版本',
    input: z.object({
      applicationId: id.nullable(),
      unitId: id,
      data: applicationDataSchema,
      expectedVersion: z.number().int().min(0),
    }),
    output: returns<{ applicationId: string; serialNo: string; version: number }>(),
    access: ENTRY,
    mutates: true,
  }),
  'applications.discardDraft': method({
    summary: '放弃未提交的草稿',
    input: z.object({ applicationId: id }),
    output: returns<null>(),
    access: ENTRY,
    mutates: true,
  }),
  'applications.check': method({
    summary: '对正在填写的申请做自动检查',
    input: z.object({ unitId: id, applicationId: id.nullable(), draft: applicationDraftSchema }),
    output: returns<Check[]>(),
    access: ENTRY,
    mutates: false,
  }),

  'applications.withdraw': method({
    summary: '撤回申请（单位提出），写明原因',
    input: closureSchema,
    output: returns<{ state: ApplicationState }>(),
    access: ['clerk', 'reviewer'],
    mutates: true,
  }),

  'review.decideInitial': method({
    summary: '初审决定：通过，或不通过并给出原因（针对审阅时的版本）',
    input: reviewDecisionSchema,
    output: returns<{ state: ApplicationState }>(),
    access: ['reviewer'],
    mutates: true,
  }),
  'review.decideFinal': method({
    summary: '书面材料审核后的审核决定：通过，或不通过并给出原因',
    input: reviewDecisionSchema,
    output: returns<{ state: ApplicationState }>(),
    access: ['reviewer'],
    mutates: true,
  }),
  'review.revoke': method({
    summary: '注销已通过的网站（单位撤销、更名或网站关闭），写明原因',
    input: closureSchema,
    output: returns<{ state: ApplicationState }>(),
    access: ['reviewer'],
    mutates: true,
  }),

  'review.reasons': method({
    summary: '不通过原因列表（含管理员的修改和新增）',
    input: empty,
    output: returns<ReasonCode[]>(),
    access: READERS,
    mutates: false,
  }),
  'review.saveReason': method({
    summary: '修改、停用或新增不通过原因',
    input: z.object({
      code: z.string().regex(/^[A-Za-z][A-Za-z0-9]{1,39}$/, '代码为 2–40 位字母或数字，以字母开头'),
      label: z.string().trim().min(2, '请填写原因的表述').max(100, '原因最多 100 字'),
      stage: z.enum(REASON_STAGES),
      field: z.string().nullable().refine((f) => f === null || f in REVIEW_FIELDS, '请选择栏目'),
      retired: z.boolean(),
    }),
    output: returns<ReasonCode[]>(),
    access: ['admin'],
    mutates: true,
  }),

  'calendar.year': method({
    summary: '一年的节假日和调休日（官方数据与管理员调整）',
    input: z.object({ year: z.number().int().min(2004).max(2100) }),
    output: returns<CalendarYear>(),
    access: READERS,
    mutates: false,
  }),
  'calendar.setDays': method({
    summary: '调整工作日历：把某些日期设为休息日或调休上班日',
    input: z.object({ days: z.array(calendarDay).min(1).max(400) }),
    output: returns<CalendarYear>(),
    access: ['admin'],
    mutates: true,
  }),
  'calendar.clearDays': method({
    summary: '撤销对某些日期的调整，恢复官方数据',
    input: z.object({ dates: z.array(z.string().refine(isCalendarDate, '日期应为有效的 YYYY-MM-DD')).min(1).max(400) }),
    output: returns<null>(),
    access: ['admin'],
    mutates: true,
  }),
  'calendar.import': method({
    summary: '导入新一年的节假日安排（chinese-days 的 JSON 格式或日期列表）',
    input: z.object({ content: z.string().min(2).max(200_000, '日历文件过大（最多 200 KB）') }),
    output: returns<{ imported: number; years: number[] }>(),
    access: ['admin'],
    mutates: true,
  }),

  'dashboard.summary': method({
    summary: '工作台数据：各状态数量、各地区数量、超期清单、每周办理量',
    input: empty,
    output: returns<DashboardSummary>(),
    access: READERS,
    mutates: false,
  }),

  'paper.lookup': method({
    summary: '扫描（或输入）材料上的条码，找到对应版本的申请和材料清单',
    input: z.object({ code: z.string().max(100, '条码过长') }),
    output: returns<PaperLookup>(),
    access: ENTRY,
    mutates: false,
  }),
  'paper.open': method({
    summary: '从申请页面打开书面材料登记',
    input: z.object({ applicationId: id }),
    output: returns<PaperLookup>(),
    access: ENTRY,
    mutates: false,
  }),
  'paper.checkIn': method({
    summary: '登记收到的书面材料：齐全则转入审核，不齐全则要求补正',
    input: checkInSchema,
    output: returns<{ state: ApplicationState; complete: boolean }>(),
    access: ENTRY,
    mutates: true,
  }),
  'paper.log': method({
    summary: '书面材料登记记录（最新在前）',
    input: z.object({ page, pageSize }),
    output: returns<Page<PaperCheckinView>>(),
    access: READERS,
    mutates: false,
  }),

  'scans.attach': method({
    summary: '为申请附加扫描件（PDF、JPEG、PNG、TIFF，按内容判断类型）',
    input: attachScanSchema,
    output: returns<ScanView>(),
    access: ENTRY,
    mutates: true,
    maxInputBytes: 32 * 1024 * 1024,
  }),
  'scans.read': method({
    summary: '读取申请的一份扫描件（预览或另存）',
    input: z.object({ applicationId: id, sha256: sha256Schema }),
    output: returns<{ fileName: string; mediaType: ScanMediaType; contentBase64: string }>(),
    access: READERS,
    mutates: false,
  }),
  'scans.inbox': method({
    summary: '扫描件导入文件夹及其中待归档的文件',
    input: empty,
    output: returns<{ folder: string | null; files: InboxFile[] }>(),
    access: ['clerk', 'admin'],
    mutates: false,
  }),
  'scans.attachFromInbox': method({
    summary: '把导入文件夹中的一个文件附加到申请，并移入“已归档”',
    input: z.object({ applicationId: id, fileName: scanFileNameSchema }),
    output: returns<ScanView>(),
    access: ENTRY,
    mutates: true,
  }),
  'scans.setInboxFolder': method({
    summary: '设置本工作站的扫描件导入文件夹（扫描仪保存文件的位置）',
    input: z.object({ folder: z.string().trim().max(500, '路径过长').nullable() }),
    output: returns<null>(),
    access: ['admin'],
    mutates: true,
  }),

  'exports.start': method({
    summary: '按当前筛选条件导出列表的全部记录（Excel 或 CSV）；读取该列表的权限与屏幕相同',
    input: exportRequestSchema,
    output: returns<{ jobId: string }>(),
    access: READERS,
    mutates: true,
  }),
  'exports.progress': method({
    summary: '导出进度：已写行数 / 总行数',
    input: z.object({ jobId: id }),
    output: returns<ExportProgress>(),
    access: READERS,
    mutates: false,
  }),
  'exports.take': method({
    summary: '取走导出完成的文件（取走后工作站不再保留）',
    input: z.object({ jobId: id }),
    output: returns<{ fileName: string; contentBase64: string }>(),
    access: READERS,
    mutates: true,
  }),

  'badges.list': method({
    summary: '标识管理：已通过审核的网站及其标识、挂标检测结果',
    input: z.object({ states: z.array(z.enum(APPLICATION_STATES)).default([]), page, pageSize }),
    output: returns<Page<BadgeView>>(),
    access: READERS,
    mutates: false,
  }),
  'badges.issue': method({
    summary: '为已通过审核的网站发放（或重新发放）网站标识，可批量',
    input: z.object({ applicationIds: z.array(id).min(1, '请选择网站').max(200, '一次最多 200 个网站') }),
    output: returns<{ issued: string[] }>(),
    access: ['reviewer'],
    mutates: true,
  }),
  'badges.check': method({
    summary: '挂标检测：粘贴的网页代码，或上传的网页文件 / 网站 .zip',
    input: z
      .object({
        applicationId: id,
        html: z.string().max(5 * 1024 * 1024, '网页代码超过 5 MB').nullable().default(null),
        url: z.string().trim().max(2000, '网址过长').nullable().default(null),
        file: z.object({ name: z.string().max(200), contentBase64: z.string().max(70 * 1024 * 1024, '文件过大') }).nullable().default(null),
      })
      .refine((v) => v.html !== null || v.file !== null || v.url !== null, { message: '请粘贴网页代码、选择文件或填写网址', path: ['html'] }),
    output: returns<SiteCheck>(),
    access: ['reviewer', 'clerk'],
    mutates: true,
    maxInputBytes: 72 * 1024 * 1024,
  }),

  'listing.regions': method({
    summary: '公示：各地区（中央和国家机关、各省、兵团）已挂标网站数',
    input: empty,
    output: returns<{ regionCode: string; name: string; count: number }[]>(),
    access: READERS,
    mutates: false,
  }),
  'listing.page': method({
    summary: '公示列表：网站名称 | 主办单位，最新通过的在前，每页 21 条，可按网站名称搜索',
    input: z.object({ regionCode, siteName: z.string().max(50).default(''), page }),
    output: returns<Page<ListingRow>>(),
    access: READERS,
    mutates: false,
  }),
  'listing.verification': method({
    summary: '网站标识核验页面：点击标识时显示的信息',
    input: z.object({ verificationId: z.string().regex(/^[0-9A-Fa-f]{32}$/, '核验编号为 32 位十六进制') }),
    output: returns<Verification | null>(),
    access: READERS,
    mutates: false,
  }),
  'listing.waiting': method({
    summary: '已挂标、尚未公示的网站数',
    input: empty,
    output: returns<{ count: number }>(),
    access: READERS,
    mutates: false,
  }),
  'listing.publish': method({
    summary: '发布公示：已挂标的网站全部列为“已公示”，随同步包报送在线平台',
    input: empty,
    output: returns<{ published: number }>(),
    access: ['reviewer', 'admin'],
    mutates: true,
  }),
  'listing.exportStatic': method({
    summary: '把公示列表和全部核验页面导出为静态网页（.zip，可直接在本地打开或发布到门户网站）',
    input: empty,
    output: returns<{ fileName: string; contentBase64: string; pages: number }>(),
    access: ['reviewer', 'admin'],
    mutates: false,
  }),

  'sync.identity': method({
    summary: '本工作站的身份（公钥和指纹），导出后交给其他工作站和在线平台',
    input: empty,
    output: returns<IdentityFile>(),
    access: ['admin'],
    mutates: false,
  }),
  'sync.readIdentity': method({
    summary: '读取对方的身份文件，显示其指纹以便核对（尚不信任）',
    input: z.object({ content: z.string().max(10_000, '文件过大，不是身份文件') }),
    output: returns<IdentityFile>(),
    access: ['admin'],
    mutates: false,
  }),
  'sync.addPeer': method({
    summary: '核对指纹后添加同步对象（工作站或在线平台）',
    input: z.object({ content: z.string().max(10_000), name: z.string().trim().max(60, '名称最多 60 字'), kind: z.enum(PEER_KINDS) }),
    output: returns<PeerView>(),
    access: ['admin'],
    mutates: true,
  }),
  'sync.peers': method({
    summary: '同步对象列表',
    input: empty,
    output: returns<PeerView[]>(),
    access: ['admin'],
    mutates: false,
  }),
  'sync.removePeer': method({
    summary: '移除同步对象：此后拒绝其同步包、不再为其导出（已导入的数据保留）',
    input: z.object({ workstationId: id }),
    output: returns<null>(),
    access: ['admin'],
    mutates: true,
  }),
  'sync.plan': method({
    summary: '导出前预览：发给该同步对象的事件数（按类型）和附件数',
    input: z.object({ peerId: id, full: z.boolean() }),
    output: returns<ExportPlan>(),
    access: ['admin'],
    mutates: false,
  }),
  'sync.export': method({
    summary: '为同步对象导出同步包（签名并加密；可另加口令），完成后下载',
    input: z.object({ peerId: id, full: z.boolean(), passphrase: passphraseSchema }),
    output: returns<ExportResult & { fileName: string }>(),
    access: ['admin'],
    mutates: true,
  }),
  'sync.progress': method({
    summary: '正在进行的导出或导入的进度',
    input: empty,
    output: returns<SyncProgress | null>(),
    access: ['admin'],
    mutates: false,
  }),
  'sync.takeBundle': method({
    summary: '下载导出的同步包（下载后工作站不再保留）',
    input: z.object({ fileName: z.string().max(200) }),
    output: returns<{ fileName: string; contentBase64: string }>(),
    access: ['admin'],
    mutates: true,
  }),
  'sync.verify': method({
    summary: '上传同步包并校验（签名、完整性、格式），预览导入结果；不做任何改动',
    input: z.object({ fileName: z.string().max(200), contentBase64: z.string().max(700 * 1024 * 1024, '同步包过大'), passphrase: passphraseSchema }),
    output: returns<{ uploadId: string; preview: ImportPreview }>(),
    access: ['admin'],
    mutates: false,
    maxInputBytes: 701 * 1024 * 1024,
  }),
  'sync.apply': method({
    summary: '备份数据库后导入已校验的同步包（一次完成，失败则不做任何改动）',
    input: z.object({ uploadId: id, confirmed: z.boolean(), passphrase: passphraseSchema }),
    output: returns<ImportResult>(),
    access: ['admin'],
    mutates: true,
  }),
  'sync.history': method({
    summary: '同步记录：导出和导入的同步包',
    input: empty,
    output: returns<BundleHistoryRow[]>(),
    access: ['admin'],
    mutates: false,
  }),
  'sync.conflicts': method({
    summary: '同步冲突：各工作站分别作出、未被采纳的决定，及采纳的一方',
    input: empty,
    output: returns<ConflictView[]>(),
    access: ['admin'],
    mutates: false,
  }),
  'sync.resolveConflict': method({
    summary: '记录对同步冲突的处理（采纳结果不变）',
    input: z.object({ eventId: id, note: z.string().trim().min(2, '请写明如何处理').max(200, '最多 200 字') }),
    output: returns<null>(),
    access: ['admin'],
    mutates: true,
  }),
  'sync.parked': method({
    summary: '暂存事件：类型或版本较新、本程序尚不能处理的事件（升级后自动处理）',
    input: empty,
    output: returns<ParkedEventView[]>(),
    access: ['admin'],
    mutates: false,
  }),

  'documents.render': method({
    summary: '生成申请函、申请表（一式三份）、回执或补正通知的 PDF（可多选合并为一个文件）',
    input: z.object({
      applicationId: id,
      kinds: z.array(z.enum(DOCUMENT_KINDS)).min(1, '请选择要打印的材料').max(DOCUMENT_KINDS.length),
    }),
    output: returns<{ fileName: string; pdfBase64: string }>(),
    access: READERS,
    mutates: false,
  }),

  'notices.list': method({
    summary: '通知发件箱：待交平台、平台已收到、已发送的短信和邮件',
    input: z.object({
      state: z.enum(NOTICE_STATES).nullable().default(null),
      applicationId: id.nullable().default(null),
      page,
      pageSize,
    }),
    output: returns<Page<NoticeView>>(),
    access: READERS,
    mutates: false,
  }),
  'notices.templates': method({
    summary: '通知模板（管理员修改过的措辞，或默认措辞）',
    input: empty,
    output: returns<TemplateSet>(),
    access: READERS,
    mutates: false,
  }),
  'notices.saveTemplate': method({
    summary: '修改通知模板',
    input: z.object({
      trigger: z.enum(NOTICE_TRIGGERS),
      channel: z.enum(NOTICE_CHANNELS),
      text: z.string().trim().min(1, '模板不能为空').max(2000, '模板最多 2000 字'),
    }),
    output: returns<TemplateSet>(),
    access: ['admin'],
    mutates: true,
  }),

  'audit.list': method({
    summary: '操作日志：按操作人、操作类型、申请序号和时间筛选',
    input: auditQuerySchema,
    output: returns<Page<AuditEntry>>(),
    access: ['admin'],
    mutates: false,
  }),
  'audit.verify': method({
    summary: '校验各工作站的事件哈希链，指出第一条被改动或缺失的事件',
    input: empty,
    output: returns<ChainCheck>(),
    access: ['admin'],
    mutates: false,
  }),

  'updates.status': method({
    summary: '软件更新：当前版本、更新服务器、检查与下载状态',
    input: empty,
    output: returns<UpdateStatus>(),
    access: ['admin'],
    mutates: false,
  }),
  'updates.check': method({
    summary: '检查更新：从更新服务器，或从存放更新文件的文件夹（U 盘）',
    input: z.object({ folder: z.string().trim().max(500).nullable().default(null) }),
    output: returns<UpdateStatus>(),
    access: ['admin'],
    mutates: false,
  }),
  'updates.download': method({
    summary: '下载并校验更新（显示进度）',
    input: empty,
    output: returns<UpdateStatus>(),
    access: ['admin'],
    mutates: true,
  }),
  'updates.install': method({
    summary: '退出并安装已下载的更新，安装后自动重新启动',
    input: empty,
    output: returns<null>(),
    access: ['admin'],
    mutates: true,
  }),

  'system.info': method({
    summary: '工作站信息',
    input: empty,
    output: returns<SystemInfo>(),
    access: 'signedIn',
    mutates: false,
  }),
  'system.backups': method({
    summary: '备份列表（每日自动备份和手动备份）',
    input: empty,
    output: returns<BackupFile[]>(),
    access: ['admin'],
    mutates: false,
  }),
  'system.backupNow': method({
    summary: '立即备份数据库',
    input: empty,
    output: returns<BackupFile>(),
    access: ['admin'],
    mutates: true,
  }),
  'system.check': method({
    summary: '数据库自检：完整性、日志链、投影重建比对',
    input: empty,
    output: returns<SystemCheckReport>(),
    access: ['admin'],
    mutates: false,
  }),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
