import type Database from 'better-sqlite3';
import dayjs from 'dayjs';
import type { ListingRow, Page, Verification } from '../../shared/api/types';
import { bianbanName, regionPrefix, topRegions } from '../../shared/regions/regions';
import { escapeLike } from '../query/like';
import { regionPrefixGlob } from '../query/region';

/** Sites in the listing: their badge is installed (and, later, published). */
const LISTED = "a.state IN ('badgeInstalled', 'listed')";
export const LISTING_PAGE_SIZE = 21;

/**
 * 公示 (the seed's figures 27–28): per region of the first picker, 网站名称 | 主办单位, newest approval first, 21 a page,
 * searchable by site name; each row opens the verification page a badge click shows.
 */
export class ListingService {
  constructor(
    private readonly sqlite: Database.Database,
    private readonly officeRegion: () => string | null,
  ) {}

  regions(): { regionCode: string; name: string; count: number }[] {
    const counts = new Map(
      (this.sqlite.prepare(`SELECT substr(a.region_code, 1, 2) AS p, count(*) AS n FROM applications a WHERE ${LISTED} GROUP BY p`).all() as { p: string; n: number }[]).map((r) => [r.p, r.n]),
    );
    return topRegions.map((r) => ({ regionCode: r.code, name: r.name, count: counts.get(regionPrefix(r.code).slice(0, 2)) ?? 0 }));
  }

  page(query: { regionCode: string; siteName: string; page: number }): Page<ListingRow> {
    const where = [LISTED, 'a.region_code GLOB ?'];
    const params: unknown[] = [regionPrefixGlob(query.regionCode)];
    if (query.siteName.trim()) {
      where.push("a.site_name LIKE ? ESCAPE '\\'");
      params.push(`%${escapeLike(query.siteName.trim())}%`);
    }
    const clause = where.join(' AND ');
    const total = this.sqlite.prepare(`SELECT count(*) FROM applications a WHERE ${clause}`).pluck().get(...params) as number;
    const rows = this.sqlite
      .prepare(
        `SELECT a.id AS applicationId, a.site_name AS siteName, a.unit_name AS unitName, b.verification_id AS verificationId
         FROM applications a JOIN badges b ON b.application_id = a.id
         WHERE ${clause} ORDER BY a.approved_at DESC, a.id DESC LIMIT ? OFFSET ?`,
      )
      .all(...params, LISTING_PAGE_SIZE, (query.page - 1) * LISTING_PAGE_SIZE) as ListingRow[];
    return { rows, total };
  }

  /** The verification page of a badge; a revoked or unknown one says it is not valid. */
  verification(verificationId: string): Verification | null {
    const row = this.sqlite
      .prepare(
        `SELECT a.state, a.site_name AS siteName, a.cn_domain AS cnDomain, a.en_domain AS enDomain, u.name AS unitName,
           u.address, u.functions, u.system_category AS systemCategory, b.code, b.color, b.issued_at AS issuedAt
         FROM badges b JOIN applications a ON a.id = b.application_id JOIN units u ON u.id = a.unit_id
         WHERE b.verification_id = ?`,
      )
      .get(verificationId.toUpperCase()) as
      | { state: string; siteName: string; cnDomain: string; enDomain: string; unitName: string; address: string; functions: string; code: string; color: string; issuedAt: string }
      | undefined;
    if (!row) return null;
    const office = this.officeRegion();
    return {
      valid: row.state === 'badgeInstalled' || row.state === 'listed' || row.state === 'badgeIssued',
      unitName: row.unitName,
      unitKind: row.color === 'blue' ? '事业单位' : '党政机关',
      address: row.address,
      functions: row.functions,
      siteName: row.siteName,
      domains: [row.cnDomain, row.enDomain].filter(Boolean).join('　'),
      code: row.code,
      issuer: office ? bianbanName(office) : '机构编制部门',
      issuedOn: dayjs(row.issuedAt).format('YYYY年M月D日'),
    };
  }
}
