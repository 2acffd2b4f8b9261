import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCheckChar } from '../../../../src/shared/validation/credit-code';
import { checkCnDomain, checkEnDomain, checkIpv4, checkIpv6 } from '../../../../src/shared/validation/domains';
import { formatLandline, normalizeLandline, normalizeMobile } from '../../../../src/shared/validation/phone';

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts the standard’s sample and computed codes', () => {
    expect(checkCreditCode('91350100M000100Y43')).toMatchObject({ ok: true, kind: '91', regionCode: '350100' });
    const first17 = '11420000MB1234567';
    expect(checkCreditCode(first17 + creditCheckChar(first17))).toMatchObject({ ok: true, kind: '11' });
  });

  it('rejects a wrong check character and letters outside the alphabet', () => {
    expect(checkCreditCode('91350100M000100Y44')).toMatchObject({ ok: false, message: expect.stringContaining('校验位') });
    expect(checkCreditCode('91350100M000100I43').ok).toBe(false);
  });
});

describe('phones', () => {
  it('normalises mainland mobile numbers', () => {
    expect(normalizeMobile('138 0027 1234')).toBe('13800271234');
    expect(normalizeMobile('+86 138-0027-1234')).toBe('13800271234');
    expect(normalizeMobile('0086 13800271234')).toBe('13800271234');
    expect(normalizeMobile('12800271234')).toBeNull();
    expect(normalizeMobile('1380027123')).toBeNull();
  });

  it('requires an area code on landlines', () => {
    expect(normalizeLandline('01052035000')).toBe('01052035000');
    expect(normalizeLandline('027-8761 2345')).toBe('02787612345');
    expect(normalizeLandline('0715-8123456')).toBe('07158123456');
    expect(normalizeLandline('87612345')).toBeNull();
    expect(normalizeLandline('010-0123456')).toBeNull();
    expect(formatLandline('02787612345')).toBe('027-87612345');
    expect(formatLandline('07158123456')).toBe('0715-8123456');
  });
});

describe('domains and addresses', () => {
  it('keeps a .政务 name with its punycode form', () => {
    expect(checkCnDomain('武汉市教育局.政务')).toEqual({ ok: true, value: '武汉市教育局.政务', ascii: 'xn--dgtt4bc3l8ugp6a156e.xn--zfr164b' });
    expect(checkCnDomain('中国机构编制网.政务.cn')).toMatchObject({ ok: true });
    expect(checkCnDomain('武汉市教育局。政务')).toMatchObject({ ok: true, value: '武汉市教育局.政务' });
    expect(checkCnDomain('武汉市教育局.公益')).toMatchObject({ ok: false, message: expect.stringContaining('.政务') });
    expect(checkCnDomain('武汉 教育.政务').ok).toBe(false);
  });

  it('accepts .gov.cn host names only', () => {
    expect(checkEnDomain('JYJ.Wuhan.gov.cn')).toMatchObject({ ok: true, value: 'jyj.wuhan.gov.cn' });
    expect(checkEnDomain('http://www.hubei.gov.cn/')).toMatchObject({ ok: true, value: 'www.hubei.gov.cn' });
    expect(checkEnDomain('www.wuhan.com').ok).toBe(false);
    expect(checkEnDomain('-bad.wuhan.gov.cn').ok).toBe(false);
    expect(checkEnDomain('gov.cn').ok).toBe(false);
  });

  it('checks IP addresses', () => {
    expect(checkIpv4('59.172.10.21')).toBe(true);
    expect(checkIpv4('59.172.10.256')).toBe(false);
    expect(checkIpv4('059.172.10.21')).toBe(false);
    expect(checkIpv6('240e:14:6000::1')).toBe(true);
    expect(checkIpv6('240e::14::1')).toBe(false);
    expect(checkIpv6('::ffff:59.172.10.21')).toBe(true);
    expect(checkIpv6('240e:14:6000::1/64')).toBe(false);
    expect(checkIpv6('fe80::1%eth0')).toBe(false);
    expect(checkIpv4('0.0.0.0')).toBe(true);
    expect(checkIpv4('255.255.255.255')).toBe(true);
    expect(checkIpv4('1.2.3')).toBe(false);
    expect(checkIpv4(' 59.172.10.21 ')).toBe(true);
  });
});
