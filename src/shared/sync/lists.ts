import { EVENT_TYPE_LABELS, type EventType } from '../events/events';
import { column, type ListColumn } from '../exports/lists';
import { BUNDLE_RESULT_LABELS, type BundleHistoryRow, type ParkedEventView } from './views';

const size = (bytes: number) => (bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

export const BUNDLE_HISTORY_COLUMNS: ListColumn<BundleHistoryRow>[] = [
  column('at', '时间', 'datetime', 18, (r) => r.at),
  column('direction', '方向', 'text', 6, (r) => (r.direction === 'export' ? '导出' : '导入')),
  column('peer', '同步对象', 'text', 24, (r) => r.peerName),
  column('result', '结果', 'text', 14, (r) => BUNDLE_RESULT_LABELS[r.result]),
  column('events', '事件数', 'number', 8, (r) => r.events),
  column('attachments', '附件数', 'number', 8, (r) => r.attachments),
  column('bytes', '大小', 'text', 10, (r) => size(r.bytes)),
  column('actor', '操作人', 'text', 10, (r) => r.actorName),
  column('message', '说明', 'text', 30, (r) => r.message || null),
  column('fileName', '文件', 'text', 40, (r) => r.fileName),
];

export const PARKED_EVENT_COLUMNS: ListColumn<ParkedEventView>[] = [
  column('parkedAt', '收到时间', 'datetime', 18, (r) => r.parkedAt),
  column('origin', '来源', 'text', 24, (r) => r.originName),
  column('seq', '序号', 'number', 8, (r) => r.seq),
  column('type', '事件类型', 'code', 28, (r) => (r.type in EVENT_TYPE_LABELS ? EVENT_TYPE_LABELS[r.type as EventType] : r.type)),
  column('version', '版本', 'number', 6, (r) => r.version),
];
