import type { ApplicationRow, AuditEntry, BadgeView, NoticeView, PaperCheckinView, UnitListRow } from '../api/types';
import { APPLICATION_KIND_LABELS } from '../applications/application';
import { deadlineText } from '../applications/deadlines';
import { APPLICATION_STATE_LABELS } from '../applications/workflow';
import { NOTICE_CHANNEL_LABELS, NOTICE_STATE_LABELS, NOTICE_TRIGGER_LABELS } from '../notices/templates';
import { PAPER_CHANNEL_LABELS } from '../paper/checkin';
import { regionPath } from '../regions/regions';
import { SYSTEM_CATEGORY_LABELS } from '../units/unit';
import type { ListName } from './names';

/**
 * Every list screen's columns, declared once: the screen shows them and the export writes them, with the same
 * Chinese headers. `type` says how a cell is written to Excel: codes stay text (申请序号 and numbers that look like
 * numbers must not become 2.0261128E+16), dates and times become real dates.
 */
export type ColumnType = 'text' | 'code' | 'number' | 'date' | 'datetime';

export interface ListColumn<Row> {
  key: string;
  header: string;
  type: ColumnType;
  /** Excel column width in characters (a Chinese character counts two). */
  width: number;
  /** Dates and times as ISO strings; null for an empty cell. */
  value(row: Row): string | number | null;
}

export const column = <Row>(key: string, header: string, type: ColumnType, width: number, value: (row: Row) => string | number | null): ListColumn<Row> => ({
  key,
  header,
  type,
  width,
  value,
});

export const APPLICATION_COLUMNS: ListColumn<ApplicationRow>[] = [
  column('serialNo', '申请序号', 'code', 32, (r) => r.serialNo),
  column('version', '版本', 'number', 6, (r) => r.version || null),
  column('siteName', '网站名称', 'text', 30, (r) => r.siteName),
  column('unitName', '开办主体', 'text', 30, (r) => r.unitName),
  column('region', '所属区域', 'text', 24, (r) => regionPath(r.regionCode)),
  column('systemCategory', '系统类别', 'text', 10, (r) => SYSTEM_CATEGORY_LABELS[r.systemCategory]),
  column('kind', '申请类型', 'text', 10, (r) => (r.kind ? APPLICATION_KIND_LABELS[r.kind] : null)),
  column('state', '状态', 'text', 14, (r) => APPLICATION_STATE_LABELS[r.state]),
  column('submittedAt', '申请时间', 'datetime', 18, (r) => r.submittedAt),
  column('deadline', '办理时限', 'text', 16, (r) => deadlineText(r.deadline) || null),
];

export const CHECKIN_COLUMNS: ListColumn<PaperCheckinView>[] = [
  column('checkedInAt', '登记时间', 'datetime', 18, (c) => c.checkedInAt),
  column('serialNo', '申请序号', 'code', 32, (c) => c.serialNo),
  column('siteName', '网站名称', 'text', 30, (c) => c.siteName),
  column('receivedOn', '收到日期', 'date', 12, (c) => c.receivedOn),
  column('channel', '报送方式', 'text', 24, (c) => `${PAPER_CHANNEL_LABELS[c.channel]}${c.trackingNo ? `（${c.trackingNo}）` : ''}`),
  column('result', '结果', 'text', 40, (c) => (c.complete ? '齐全' : `补正：缺${c.items.filter((i) => !i.present).map((i) => i.label).join('；')}`)),
  column('checkedInBy', '登记人', 'text', 10, (c) => c.checkedInBy),
];

export const NOTICE_COLUMNS: ListColumn<NoticeView>[] = [
  column('queuedAt', '进入发件箱', 'datetime', 18, (n) => n.queuedAt),
  column('serialNo', '申请序号', 'code', 32, (n) => n.serialNo),
  column('unitName', '开办主体', 'text', 28, (n) => n.unitName),
  column('trigger', '事由', 'text', 18, (n) => NOTICE_TRIGGER_LABELS[n.trigger]),
  column('channel', '渠道', 'text', 6, (n) => NOTICE_CHANNEL_LABELS[n.channel]),
  column('recipient', '收件人', 'code', 26, (n) => n.recipient),
  column('text', '内容', 'text', 60, (n) => n.text),
  column('state', '状态', 'text', 8, (n) => NOTICE_STATE_LABELS[n.state]),
];

export const AUDIT_COLUMNS: ListColumn<AuditEntry>[] = [
  column('at', '时间', 'datetime', 18, (e) => e.at),
  column('actor', '操作人', 'text', 10, (e) => e.actor),
  column('type', '操作', 'text', 14, (e) => e.typeLabel),
  column('summary', '内容', 'text', 60, (e) => e.summary),
  column('serialNo', '申请序号', 'code', 32, (e) => e.serialNo),
  column('workstation', '工作站', 'code', 10, (e) => e.workstationId.slice(0, 8)),
  column('seq', '序号', 'number', 8, (e) => e.seq),
  column('id', '事件编号', 'code', 38, (e) => e.id),
];

export const UNIT_COLUMNS: ListColumn<UnitListRow>[] = [
  column('name', '开办主体名称', 'text', 30, (u) => u.name),
  column('account', '登录账号', 'code', 22, (u) => u.account),
  column('region', '所属区域', 'text', 24, (u) => regionPath(u.regionCode)),
  column('systemCategory', '系统类别', 'text', 10, (u) => SYSTEM_CATEGORY_LABELS[u.systemCategory]),
  column('handlerName', '经办人', 'text', 10, (u) => u.handlerName),
  column('applicationCount', '申请数', 'number', 8, (u) => u.applicationCount),
  column('updatedAt', '更新时间', 'datetime', 18, (u) => u.updatedAt),
];

export const BADGE_COLUMNS: ListColumn<BadgeView>[] = [
  column('serialNo', '申请序号', 'code', 32, (b) => b.serialNo),
  column('siteName', '网站名称', 'text', 30, (b) => b.siteName),
  column('unitName', '开办主体', 'text', 28, (b) => b.unitName),
  column('state', '状态', 'text', 12, (b) => APPLICATION_STATE_LABELS[b.state]),
  column('code', '标识编号', 'code', 26, (b) => b.code),
  column('issuedAt', '发放时间', 'datetime', 18, (b) => b.issuedAt),
  column('check', '挂标检测', 'text', 30, (b) => b.checkSummary),
];

/** The lists that export, with the title their workbook carries. */
export const LISTS: { [L in ListName]: { title: string; columns: ListColumn<never>[] } } = {
  applications: { title: '申请查询', columns: APPLICATION_COLUMNS },
  checkins: { title: '书面材料登记记录', columns: CHECKIN_COLUMNS },
  notices: { title: '通知发件箱', columns: NOTICE_COLUMNS },
  audit: { title: '操作日志', columns: AUDIT_COLUMNS },
  units: { title: '单位', columns: UNIT_COLUMNS },
  badges: { title: '标识管理', columns: BADGE_COLUMNS },
};
