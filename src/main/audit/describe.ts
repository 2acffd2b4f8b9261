import type { Settings } from '../../shared/api/types';
import { LISTS } from '../../shared/exports/lists';
import { PAPER_CHANNEL_LABELS } from '../../shared/paper/checkin';
import { SCAN_MEDIA_LABELS } from '../../shared/paper/scans';
import { REVIEW_STAGE_WORDS } from '../../shared/review/decision';
import type Database from 'better-sqlite3';
import { APPLICATION_STATE_LABELS } from '../../shared/applications/workflow';
import type { DomainEvent } from '../../shared/events/events';
import { NOTICE_CHANNEL_LABELS } from '../../shared/notices/templates';
import { ROLE_LABELS } from '../../shared/roles';

const SETTING_NAMES: Record<keyof Settings, string> = { idleLockMinutes: '自动锁定时长', deadlineDays: '办理时限', paperChecklist: '书面材料清单', updateFeedUrl: '更新服务器地址', badgeRegions: '标识地区编号', badgeScriptBase: '标识脚本地址', badgeCheckNetwork: '挂标检测联网' };

/** Actors that are not users. */
const ACTOR_NAMES: Record<string, string> = { cli: '命令行', fixtures: '测试数据', platform: '在线平台' };

/**
 * User id → 姓名, to name actors and the users events concern: this workstation's users, and other workstations'
 * users as their sync bundles named them (with their workstation, so nobody is mistaken for a local colleague).
 */
export function userNames(sqlite: Database.Database): Map<string, string> {
  const remote = sqlite
    .prepare(
      `SELECT r.actor_id AS id, r.display_name || '（' || coalesce(p.name, r.workstation_id) || '）' AS name
       FROM remote_actors r LEFT JOIN peers p ON p.workstation_id = r.workstation_id`,
    )
    .all() as { id: string; name: string }[];
  const rows = sqlite.prepare('SELECT id, display_name AS name FROM users').all() as { id: string; name: string }[];
  return new Map([...remote, ...rows].map((u) => [u.id, u.name]));
}

export function actorName(names: Map<string, string>, actor: string | null): string {
  if (!actor) return '系统';
  return names.get(actor) ?? ACTOR_NAMES[actor] ?? actor;
}

/**
 * One line saying what an event did, for the history timeline and the 操作日志. Never personal data beyond a name:
 * no ID numbers, no password hashes.
 */
export function describeEvent(event: DomainEvent, names: Map<string, string> = new Map()): string {
  const user = (id: string) => `“${names.get(id) ?? id}”`;
  switch (event.type) {
    case 'WorkstationInitialized':
      return `首次设置：工作站“${event.payload.name}”`;
    case 'UserCreated':
      return `新建用户 ${event.payload.username}（${event.payload.displayName}，${event.payload.roles.map((r) => ROLE_LABELS[r]).join('、')}）`;
    case 'UserUpdated':
      return `修改用户“${event.payload.displayName}”的角色为 ${event.payload.roles.map((r) => ROLE_LABELS[r]).join('、')}`;
    case 'UserPasswordSet':
      return event.payload.mustChangePassword ? `重置用户${user(event.payload.userId)}的密码（下次登录须修改）` : '修改本人密码';
    case 'UserDisabled':
      return `停用用户${user(event.payload.userId)}`;
    case 'UserEnabled':
      return `启用用户${user(event.payload.userId)}`;
    case 'UserRevealPermissionSet':
      return `${event.payload.allowed ? '授予' : '收回'}${user(event.payload.userId)}查看完整身份证号的权限`;
    case 'IdNumberRevealed':
      return `查看${event.payload.field === 'head' ? '单位负责人' : '经办人'}的完整身份证号（${event.payload.purpose}）`;
    case 'SettingsChanged':
      return `修改设置：${Object.keys(event.payload).map((key) => SETTING_NAMES[key as keyof Settings] ?? key).join('、')}`;
    case 'CalendarDaysSet':
      return `调整工作日历 ${event.payload.days.length} 天（${event.payload.days.slice(0, 3).map((d) => d.date).join('、')}${event.payload.days.length > 3 ? ' 等' : ''}）`;
    case 'CalendarDaysCleared':
      return `撤销工作日历调整：${event.payload.dates.join('、')}`;
    case 'UnitRegistered':
      return `登记单位“${event.payload.name}”（登录账号 ${event.payload.account}）`;
    case 'UnitUpdated':
      return `修改单位“${event.payload.name}”的信息`;
    case 'ApplicationDraftSaved':
      return '保存草稿';
    case 'ApplicationDraftDiscarded':
      return '放弃草稿';
    case 'ApplicationSubmitted':
      return event.payload.version === 1
        ? `提交申请（第 1 版，申请序号 ${event.payload.serialNo}）`
        : `修改后重新提交（第 ${event.payload.version} 版）`;
    case 'InitialReviewDecided':
    case 'FinalReviewDecided': {
      const words = REVIEW_STAGE_WORDS[event.type === 'InitialReviewDecided' ? 'initial' : 'final'];
      return event.payload.decision === 'pass'
        ? `${words.pass}（第 ${event.payload.version} 版）→ ${APPLICATION_STATE_LABELS[event.payload.nextState]}`
        : `${words.reject}（第 ${event.payload.version} 版，${event.payload.reasons.length} 项原因）`;
    }
    case 'PaperCheckedIn': {
      const p = event.payload;
      const missing = p.items.filter((i) => !i.present).map((i) => i.label);
      const how = `${p.receivedOn} ${PAPER_CHANNEL_LABELS[p.channel]}收到`;
      return p.complete ? `书面材料齐全（第 ${p.version} 版，${how}）` : `书面材料需补正（${how}）：缺${missing.join('；')}`;
    }
    case 'ScanAttached':
      return `附加扫描件“${event.payload.fileName}”（${SCAN_MEDIA_LABELS[event.payload.mediaType]}，${Math.max(1, Math.round(event.payload.size / 1024))} KB）`;
    case 'BadgeIssued':
      return `${event.payload.source === 'platform' ? '收到平台发放的' : '发放'}网站标识 ${event.payload.code}（${event.payload.color === 'red' ? '红色' : '蓝色'}）`;
    case 'BadgeChecked':
      return event.payload.passed
        ? `挂标检测通过（${event.payload.pages} 个页面）`
        : `挂标检测未通过（${event.payload.pages} 个页面中 ${event.payload.failures.length} 个未通过，如 ${event.payload.failures.slice(0, 2).map((f) => f.page).join('、')}）`;
    case 'ListExported':
      return `导出“${LISTS[event.payload.list].title}” ${event.payload.rows} 条（${event.payload.format === 'xlsx' ? 'Excel' : 'CSV'}）${event.payload.filters ? `，筛选条件：${event.payload.filters}` : ''}`;
    case 'ApplicationWithdrawn':
      return `撤回申请：${event.payload.reason}`;
    case 'ApplicationRevoked':
      return `注销：${event.payload.reason}`;
    case 'NoticeQueued':
      return `${NOTICE_CHANNEL_LABELS[event.payload.channel]}通知进入发件箱（${event.payload.recipient}）`;
    case 'NoticeTemplateSaved':
      return `修改通知模板（${event.payload.trigger}，${NOTICE_CHANNEL_LABELS[event.payload.channel]}）`;
    case 'ReasonCodeSaved':
      return `${event.payload.retired ? '停用' : '保存'}不通过原因“${event.payload.label}”`;
    case 'ConflictResolved':
      return `处理同步冲突：${event.payload.note}`;
    case 'ApplicationListed':
      return '公示（列入网站标识公示列表）';
    case 'NoticeSent':
      return '在线平台已发送通知';
    case 'ConacReviewed':
      return `中央网信办复审${event.payload.passed ? '通过' : `未通过：${event.payload.note}`}`;
    default:
      return unreachable(event);
  }
}

function unreachable(value: never): never {
  throw new Error(`Undescribed event ${JSON.stringify(value)}`);
}
