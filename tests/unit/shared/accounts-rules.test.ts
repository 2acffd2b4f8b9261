import { describe, expect, it } from 'vitest';
import { passwordSchema, rolesSchema, usernameSchema } from '../../../src/shared/accounts/rules';

describe('account rules', () => {
  it('accepts passwords of 8+ characters with letters and digits', () => {
    expect(passwordSchema.safeParse('Zhang2026ab').success).toBe(true);
    expect(passwordSchema.safeParse('zhangwei').error?.issues[0].message).toBe('密码须包含数字');
    expect(passwordSchema.safeParse('12345678').error?.issues[0].message).toBe('密码须包含字母');
    expect(passwordSchema.safeParse('a1').error?.issues[0].message).toBe('密码至少 8 位');
  });

  it('normalises user names to lower case and rejects Chinese or short names', () => {
    expect(usernameSchema.parse('  LiQing ')).toBe('liqing');
    expect(usernameSchema.safeParse('李青').success).toBe(false);
    expect(usernameSchema.safeParse('ab').success).toBe(false);
    expect(usernameSchema.safeParse('1admin').success).toBe(false);
  });

  it('stores roles as a sorted set', () => {
    expect(rolesSchema.parse(['admin', 'reviewer', 'admin'])).toEqual(['reviewer', 'admin']);
    expect(rolesSchema.safeParse([]).error?.issues[0].message).toBe('至少选择一个角色');
    expect(rolesSchema.safeParse(['root']).success).toBe(false);
  });
});
