import { describe, expect, it } from 'vitest';
import { childRegions, findRegion, regionPath, topRegions } from '../../../src/shared/regions/regions';

describe('regions', () => {
  it('offers the online platform’s first-level entries in its picker’s order', () => {
    // The seed's picker (figure 6): 中央和国家机关, 31 provinces with the municipalities first, 兵团.
    expect(topRegions).toHaveLength(33);
    expect(topRegions.slice(0, 6).map((r) => r.name)).toEqual(['中央和国家机关', '北京市', '上海市', '天津市', '重庆市', '河北省']);
    expect(topRegions.at(-2)?.name).toBe('新疆维吾尔自治区');
    expect(topRegions.at(-1)).toMatchObject({ code: '660000', name: '新疆生产建设兵团' });
  });

  it('walks down to counties and names a path without 市辖区', () => {
    expect(childRegions('420000').map((r) => r.name)).toContain('武汉市');
    expect(findRegion('420102')?.name).toBe('江岸区');
    expect(regionPath('420102')).toBe('湖北省 / 武汉市 / 江岸区');
    expect(regionPath('110101')).toBe('北京市 / 东城区');
  });
});
