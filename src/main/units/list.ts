import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { Page, UnitListRow } from '../../shared/api/types';
import type { Db } from '../db/open';
import { units } from '../db/schema';
import { escapeLike } from '../query/like';
import { regionPrefixGlob } from '../query/region';

export interface UnitFilter {
  name: string;
  regionCode: string;
  page: number;
  pageSize: number;
}

/** 单位 list: by a fragment of the name and a region, most recently changed first. */
export function listUnits(db: Db, filter: UnitFilter): Page<UnitListRow> {
  const where: SQL[] = [];
  if (filter.name) where.push(sql`${units.name} LIKE ${`%${escapeLike(filter.name)}%`} ESCAPE '\\'`);
  if (filter.regionCode) where.push(sql`${units.regionCode} GLOB ${regionPrefixGlob(filter.regionCode)}`);
  const condition = where.length ? and(...where) : undefined;
  const total = db.select({ n: sql<number>`count(*)` }).from(units).where(condition).get()!.n;
  const rows = db
    .select({
      id: units.id,
      account: units.account,
      name: units.name,
      regionCode: units.regionCode,
      systemCategory: units.systemCategory,
      handlerName: units.handlerName,
      updatedAt: units.updatedAt,
      // Written out in full: drizzle renders ${units.id} unqualified here, which inside the subquery would mean
      // applications.id.
      applicationCount: sql<number>`(SELECT count(*) FROM applications WHERE applications.unit_id = units.id)`,
    })
    .from(units)
    .where(condition)
    .orderBy(desc(units.updatedAt), units.id)
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .all();
  return { rows: rows as UnitListRow[], total };
}
