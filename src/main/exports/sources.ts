import type { Page } from '../../shared/api/types';
import type { ExportRequest } from '../../shared/exports/request';
import { ApplicationsReader } from '../applications/reader';
import { AuditService } from '../audit/service';
import type { WorkDb } from '../db/open';
import type { DeadlinesService } from '../deadlines/service';
import { listNotices } from '../notices/list';
import { PaperReader } from '../paper/reader';
import { listUnits } from '../units/list';
import { listBadges } from '../badges/list';
import type { SettingsService } from '../settings/service';

export interface RowSource {
  total: number;
  rows: Iterable<unknown>;
}

const PAGE = 2000;

/** A paged list read page after page; on a snapshot connection the pages cannot shift under the export. */
function paged<T>(fetch: (page: number, pageSize: number) => Page<T>): RowSource {
  const first = fetch(1, PAGE);
  function* rows(): Generator<T> {
    yield* first.rows;
    for (let page = 2; (page - 1) * PAGE < first.total; page++) yield* fetch(page, PAGE).rows;
  }
  return { total: first.total, rows: rows() };
}

/** Every row of the requested list with its filters, read from `snapshot`. */
export function rowSource(snapshot: WorkDb, deadlines: DeadlinesService, settings: SettingsService, request: ExportRequest, userId: string): RowSource {
  switch (request.list) {
    case 'applications':
      return new ApplicationsReader(snapshot.sqlite, deadlines).all(request.filters, userId);
    case 'audit':
      return paged((page, pageSize) => new AuditService(snapshot.sqlite).list({ ...request.filters, page, pageSize }));
    case 'checkins':
      return paged((page, pageSize) => new PaperReader(snapshot.sqlite).log({ page, pageSize }));
    case 'notices':
      return paged((page, pageSize) => listNotices(snapshot.db, { ...request.filters, page, pageSize }));
    case 'units':
      return paged((page, pageSize) => listUnits(snapshot.db, { ...request.filters, page, pageSize }));
    case 'badges':
      return paged((page, pageSize) => listBadges(snapshot.sqlite, { ...request.filters, page, pageSize }, settings.get().badgeScriptBase));
  }
}
