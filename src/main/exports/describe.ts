import type Database from 'better-sqlite3';
import dayjs from 'dayjs';
import { APPLICATION_KIND_LABELS } from '../../shared/applications/application';
import { APPLICATION_STATE_LABELS } from '../../shared/applications/workflow';
import { EVENT_TYPE_LABELS } from '../../shared/events/events';
import type { ExportRequest } from '../../shared/exports/request';
import { NOTICE_STATE_LABELS } from '../../shared/notices/templates';
import { regionPath } from '../../shared/regions/regions';
import { SYSTEM_CATEGORY_LABELS } from '../../shared/units/unit';
import { actorName, userNames } from '../audit/describe';

const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');
/** The last day of a range whose end is the start of the day after it. */
const lastDay = (iso: string) => dayjs(iso).subtract(1, 'millisecond').format('YYYY-MM-DD');

function range(from: string | null, to: string | null): string {
  if (from && to) return `${day(from)} 至 ${lastDay(to)}`;
  if (from) return `${day(from)} 起`;
  return to ? `至 ${lastDay(to)}` : '';
}

/** The filters of an export in words, for the title row of the workbook and the journal: "" when there are none. */
export function describeFilters(sqlite: Database.Database, request: ExportRequest): string {
  const parts: [string, string][] = [];
  if (request.list === 'applications') {
    const f = request.filters;
    parts.push(
      ['网站名称含', f.siteName.trim()],
      ['申请序号', f.serialNo.trim()],
      ['申请时间', range(f.submittedFrom, f.submittedTo)],
      ['状态', f.states.map((s) => APPLICATION_STATE_LABELS[s]).join('、')],
      ['申请类型', f.kinds.map((k) => APPLICATION_KIND_LABELS[k]).join('、')],
      ['系统类别', f.systemCategories.map((c) => SYSTEM_CATEGORY_LABELS[c]).join('、')],
      ['所属区域', f.regionCode ? regionPath(f.regionCode) : ''],
      ['', f.overdue ? '仅超期未办' : ''],
      ['', f.mine ? '仅我经办的' : ''],
    );
  } else if (request.list === 'audit') {
    const f = request.filters;
    parts.push(
      ['操作人', f.actor ? actorName(userNames(sqlite), f.actor) : ''],
      ['操作', f.types.map((t) => EVENT_TYPE_LABELS[t]).join('、')],
      ['申请序号', f.serialNo.trim()],
      ['时间', range(f.from, f.to)],
    );
  } else if (request.list === 'notices') {
    const f = request.filters;
    const serial = f.applicationId ? (sqlite.prepare('SELECT serial_no FROM applications WHERE id = ?').pluck().get(f.applicationId) as string | undefined) : '';
    parts.push(['状态', f.state ? NOTICE_STATE_LABELS[f.state] : ''], ['申请序号', serial ?? '']);
  } else if (request.list === 'badges') {
    parts.push(['状态', request.filters.states.map((st) => APPLICATION_STATE_LABELS[st]).join('、')]);
  } else if (request.list === 'units') {
    parts.push(['单位名称含', request.filters.name.trim()], ['所属区域', request.filters.regionCode ? regionPath(request.filters.regionCode) : '']);
  }
  return parts
    .filter(([, value]) => value)
    .map(([label, value]) => (label ? `${label}：${value}` : value))
    .join('；');
}
