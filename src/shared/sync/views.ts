import type { EventType } from '../events/events';
import type { PeerKind } from './identity';

/** What an export to a peer would carry. */
export interface ExportPlan {
  peer: { workstationId: string; name: string; kind: PeerKind };
  full: boolean;
  events: number;
  byType: Partial<Record<EventType, number>>;
  attachments: number;
  ranges: { origin: string; from: number; to: number }[];
}

export interface ExportResult extends ExportPlan {
  bundleId: string;
  file: string;
  bytes: number;
  /** Scans named by an event whose file this copy does not hold (it never arrived here). */
  missingAttachments: number;
}

/** What a long sync operation is doing, for the screen to show while it runs. */
export interface SyncProgress {
  phase: 'events' | 'attachments' | 'writing' | 'verifying' | 'backup' | 'applying';
  /** Units done and in all (events, attachments or bytes, by phase); total 0 when not known. */
  done: number;
  total: number;
  bytes: number;
}

export const SYNC_PHASE_LABELS: Record<SyncProgress['phase'], string> = {
  events: '读取事件',
  attachments: '加密扫描件',
  writing: '写入同步包',
  verifying: '校验事件',
  backup: '备份数据库',
  applying: '导入（一次完成）',
};

export interface ConflictPreview {
  eventType: EventType;
  /** Where the decision that will not take effect was taken. */
  workstationId: string;
  workstationName: string;
  serialNo: string | null;
  siteName: string | null;
  wanted: string;
  found: string;
  /** Notices queued with the refused decision, which will not be sent either. */
  notices: number;
}

export interface ImportPreview {
  bundleId: string;
  source: { workstationId: string; name: string; kind: string };
  createdAt: string;
  full: boolean;
  newEvents: number;
  duplicates: number;
  byType: Partial<Record<EventType, number>>;
  parked: number;
  attachments: number;
  applications: { count: number; sample: { serialNo: string | null; siteName: string | null }[] };
  /** The conflicts importing would cause, from a dry run; null when not computed (the command line's import). */
  conflicts: ConflictPreview[] | null;
  farFuture: number;
  massClosure: { closing: number; open: number } | null;
  /** What an admin must confirm before the bundle is applied (zh-CN); empty when nothing needs it. */
  confirmations: string[];
}

export interface ImportResult {
  bundleId: string;
  applied: number;
  duplicates: number;
  parked: number;
  conflicts: number;
  rebuilt: boolean;
  backup: string | null;
}

export const BUNDLE_RESULTS = ['exported', 'applied', 'acknowledged'] as const;
export type BundleResult = (typeof BUNDLE_RESULTS)[number];
export const BUNDLE_RESULT_LABELS: Record<BundleResult, string> = { exported: '已导出', applied: '已导入', acknowledged: '已导入（仅确认信息）' };

/** 同步记录: one bundle exported or imported. */
export interface BundleHistoryRow {
  id: number;
  bundleId: string;
  direction: 'export' | 'import';
  peerName: string;
  fileName: string;
  at: string;
  actorName: string;
  result: BundleResult;
  events: number;
  attachments: number;
  bytes: number;
  message: string;
}

/** A conflict the replay recorded: the event it could not apply, what it found, and what put it there. */
export interface ConflictView {
  eventId: string;
  eventType: EventType;
  serialNo: string | null;
  siteName: string | null;
  /** The refused event: where and by whom it was recorded, when, and what it wanted. */
  workstationName: string;
  actorName: string;
  at: string;
  wanted: string;
  found: string;
  /** The event that stands, described as the 操作日志 describes it. */
  winner: { summary: string; workstationName: string; actorName: string; at: string } | null;
  /** Notices queued with the refused decision, which were therefore not sent either. */
  notices: number;
  resolvedAt: string | null;
  resolvedByName: string | null;
  resolutionNote: string | null;
}

export interface ParkedEventView {
  id: string;
  originName: string;
  seq: number;
  type: string;
  version: number;
  parkedAt: string;
}
