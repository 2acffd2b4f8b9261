import { ROLES } from '../roles';
import { z } from '../zod';

/** Lock an account after this many failed sign-ins in a row, for this long. */
export const LOCKOUT = { maxFailures: 5, minutes: 15 } as const;

/** Idle minutes before the screen locks itself; admins choose within these bounds. */
export const IDLE_LOCK_MINUTES = { default: 10, min: 1, max: 240 } as const;

export const PASSWORD_HINT = '8–64 位，须同时包含字母和数字';

export const passwordSchema = z
  .string()
  .min(8, '密码至少 8 位')
  .max(64, '密码最多 64 位')
  .regex(/[A-Za-z]/, '密码须包含字母')
  .regex(/\d/, '密码须包含数字');

export const USERNAME_HINT = '3–32 位小写字母、数字或 _ . -，以字母开头';

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, '请填写登录名')
  .regex(/^[a-z][a-z0-9_.-]{2,31}$/, `登录名须为${USERNAME_HINT}`);

export const displayNameSchema = z.string().trim().min(1, '请填写姓名').max(20, '姓名最多 20 个字');

/** Roles as a sorted set, so the same choice always stores the same way. */
export const rolesSchema = z
  .array(z.enum(ROLES, { error: '未知角色' }))
  .min(1, '至少选择一个角色')
  .transform((roles) => ROLES.filter((r) => roles.includes(r)));

/** 办理时限 in working days (DOMAIN.md §2): 初审 from submission, paper review from check-in, badge from issue. */
export const DEFAULT_DEADLINE_DAYS = { initialReview: 5, paperReview: 10, badgeInstall: 5 } as const;
