import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../../src/shared/api/field-errors';
import { checkInSchema } from '../../../src/shared/paper/checkin';
import { checklistFor, checklistSchema, DEFAULT_CHECKLIST } from '../../../src/shared/paper/checklist';
import { makeScanCode, parseScanCode } from '../../../src/shared/paper/scan-code';

const serial = fc
  .tuple(fc.integer({ min: 20200101, max: 20991231 }), fc.integer({ min: 110000, max: 820000 }), fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 0xffffffff }))
  .map(([d, r, n, t]) => `${d}-${r}-${String(n).padStart(4, '0')}-${t.toString(16).toUpperCase().padStart(8, '0')}`);

describe('scan codes', () => {
  it('read back to the serial and version they were made from', () => {
    fc.assert(
      fc.property(serial, fc.integer({ min: 1, max: 999 }), (serialNo, version) => {
        expect(parseScanCode(makeScanCode(serialNo, version))).toEqual({ ok: true, serialNo, version });
      }),
    );
  });

  it('use only characters every scanner and keyboard layout types the same', () => {
    expect(makeScanCode('20261128-420100-0001-1028F244', 2)).toMatch(/^[0-9A-Z-]+$/);
  });

  it('catch almost every single mistyped character', () => {
    let caught = 0;
    let total = 0;
    fc.assert(
      fc.property(serial, fc.integer({ min: 1, max: 9 }), fc.nat(), fc.constantFrom(...'0123456789ABCDEF'), (serialNo, version, at, replacement) => {
        const code = makeScanCode(serialNo, version);
        const i = at % serialNo.length;
        if (serialNo[i] === '-' || serialNo[i] === replacement) return;
        total++;
        if (!parseScanCode(code.slice(0, i) + replacement + code.slice(i + 1)).ok) caught++;
      }),
      { numRuns: 2000 },
    );
    expect(caught / total).toBeGreaterThan(0.99);
  });

  it('say what is wrong', () => {
    expect(parseScanCode('')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(parseScanCode('20261128-420100-0001-1028F244')).toMatchObject({ ok: false, reason: 'malformed' });
    expect(parseScanCode('20261128-420100-0001-1028F244-V0-00')).toMatchObject({ ok: false, reason: 'check' });
  });
});

describe('check-in input', () => {
  const base = { applicationId: 'a1', expectedVersion: 1, present: [], receivedOn: '2026-11-02', channel: 'post', trackingNo: '', note: '' };
  it('needs a tracking number for post', () => {
    expect(fieldErrors(checkInSchema.safeParse(base).error!)).toEqual({ trackingNo: '邮寄的材料请填写快递单号' });
    expect(checkInSchema.safeParse({ ...base, channel: 'counter' }).success).toBe(true);
    expect(fieldErrors(checkInSchema.safeParse({ ...base, channel: 'counter', receivedOn: '2026-02-30' }).error!)).toEqual({ receivedOn: '请选择收到日期' });
  });
});

describe('checklist', () => {
  it('applies items by system category and region', () => {
    const items = [...DEFAULT_CHECKLIST, { code: 'orgCert', label: '组织机构代码证复印件', systemCategories: ['government' as const], regionCodes: ['420000'] }];
    expect(checklistFor(items, { systemCategory: 'government', regionCode: '420102' }).map((i) => i.code)).toContain('orgCert');
    expect(checklistFor(items, { systemCategory: 'party', regionCode: '420102' }).map((i) => i.code)).not.toContain('orgCert');
    expect(checklistFor(items, { systemCategory: 'government', regionCode: '430100' }).map((i) => i.code)).not.toContain('orgCert');
  });

  it('refuses duplicate codes and an empty list', () => {
    expect(fieldErrors(checklistSchema.safeParse([DEFAULT_CHECKLIST[0], DEFAULT_CHECKLIST[0]]).error!)).toEqual({ '1.code': '代码重复' });
    expect(checklistSchema.safeParse([]).success).toBe(false);
  });
});
