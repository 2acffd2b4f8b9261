import { describe, expect, it } from 'vitest';
import { BADGE_SCRIPT, badgeCode, badgeSnippet, parseBadgeCode } from '../../../src/shared/badges/code';

describe('网站标识 codes and snippet', () => {
  it('produce exactly the snippet sites paste (DOMAIN.md §5)', () => {
    expect(badgeSnippet('CA121880000604177010001')).toBe(
      `<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='http://dcs.conac.cn/js/12/188/0000/60417701/CA121880000604177010001.js' type='text/javascript'%3E%3C/script%3E"));</script>`,
    );
    expect(badgeSnippet('CA121880000604177010001', 'http://10.12.0.8/conac/js')).toContain("src='http://10.12.0.8/conac/js/12/188/0000/60417701/CA121880000604177010001.js'");
  });

  it('split into their parts and back', () => {
    const parts = parseBadgeCode('ca121880000604177010001')!;
    expect(parts).toEqual({ pp: '12', ccc: '188', dddd: '0000', org: '60417701', seq: '0001' });
    expect(badgeCode(parts)).toBe('CA121880000604177010001');
    expect(parseBadgeCode('CA12188')).toBeNull();
  });

  it('match script paths on any host only when the folders repeat the code', () => {
    expect(BADGE_SCRIPT.exec('//dcs.conac.cn/js/12/188/0000/60417701/CA121880000604177010001.js')?.[5]).toBe('CA121880000604177010001');
    expect(BADGE_SCRIPT.test('https://www.wuhan.gov.cn/conac/js/12/188/0000/60417701/CA121880000604177010001.js?v=2')).toBe(true);
    expect(BADGE_SCRIPT.test('http://dcs.conac.cn/js/12/188/0000/60417702/CA121880000604177010001.js')).toBe(false);
  });
});
