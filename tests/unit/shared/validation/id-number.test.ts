import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, idCheckChar, maskIdNumber } from '../../../../src/shared/validation/id-number';

const TODAY = '2026-11-28';

describe('居民身份证号 (GB 11643)', () => {
  it('accepts the standard’s samples and stores X upper-case', () => {
    for (const id of ['11010519491231002X', '440524188001010014', '513101198201130014']) {
      expect(checkIdNumber(id, TODAY)).toMatchObject({ ok: true, value: id });
    }
    expect(checkIdNumber('11010519491231002x', TODAY)).toMatchObject({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', regionCode: '110105' });
  });

  it('names what is wrong', () => {
    expect(checkIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, message: '身份证号校验位不正确，请核对' });
    expect(checkIdNumber('11010519490231002X', TODAY)).toMatchObject({ ok: false, message: expect.stringContaining('1949-02-31') });
    expect(checkIdNumber('1101051949123100', TODAY)).toMatchObject({ ok: false, message: expect.stringContaining('18 位') });
    const future = '42010220300101001';
    expect(checkIdNumber(future + idCheckChar(future), TODAY)).toMatchObject({ ok: false, message: '身份证号中的出生日期晚于今天' });
  });

  it('accepts every number with a valid date and its computed check character, and rejects any other check', () => {
    const body = fc
      .tuple(fc.integer({ min: 110000, max: 659999 }), fc.date({ min: new Date('1930-01-01'), max: new Date('2008-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 999 }))
      .map(([region, date, seq]) => `${region}${date.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`);
    fc.assert(
      fc.property(body, fc.constantFrom(...'0123456789X'), (first17, other) => {
        expect(checkIdNumber(first17 + idCheckChar(first17), TODAY).ok).toBe(true);
        if (other !== idCheckChar(first17)) expect(checkIdNumber(first17 + other, TODAY).ok).toBe(false);
      }),
    );
  });

  it('masks all but the first and last four characters', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
  });
});
