import { findRegion } from '../regions/regions';
import { PROVINCE_NUMBERS } from './code';

/** The PP / CCC / DDDD of a badge code for a region: CONAC's own numbers, which an admin keeps in a table. */
export interface BadgeRegionNumbers {
  regionCode: string;
  pp: string;
  ccc: string;
  dddd: string;
}

/**
 * The numbers for a unit's region: the admin's entry for the region or the nearest one above it; otherwise PP from
 * CONAC's province order and CCC / DDDD from the GB/T 2260 digits — a guess (CONAC numbers cities in its own order),
 * shown as 推定 so that an admin can correct it.
 */
export function badgeRegionNumbers(regionCode: string, table: BadgeRegionNumbers[]): BadgeRegionNumbers & { guessed: boolean } {
  for (let code: string | null = regionCode; code; code = findRegion(code)?.parentCode ?? null) {
    const entry = table.find((e) => e.regionCode === code);
    if (entry) return { ...entry, regionCode, guessed: false };
  }
  const province = `${regionCode.slice(0, 2)}0000`;
  const pp = PROVINCE_NUMBERS[province] ?? PROVINCE_NUMBERS[regionCode] ?? '00';
  const city = regionCode.slice(2, 4);
  const county = regionCode.slice(4, 6);
  return { regionCode, pp, ccc: city === '00' ? '000' : `0${city}`, dddd: county === '00' ? '0000' : `00${county}`, guessed: true };
}
