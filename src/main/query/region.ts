import { regionPrefix } from '../../shared/regions/regions';

/**
 * A region filter covers the region and everything below it: 420000 → 42*, 420100 → 4201*, 420102 → 420102.
 * As a GLOB prefix it can use the region index.
 */
export function regionPrefixGlob(regionCode: string): string {
  return `${regionPrefix(regionCode).replace(/[*?[\]]/g, '')}*`;
}
