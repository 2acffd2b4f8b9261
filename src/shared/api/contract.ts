import {
  displayNameSchema,
  IDLE_LOCK_MINUTES,
  passwordSchema,
  rolesSchema,
  usernameSchema,
} from '../accounts/rules';
import { findRegion } from '../regions/regions';
import { z } from '../zod';
import { method, returns } from './define';
import type { SessionInfo, Settings, SetupStatus, SystemCheckReport, SystemInfo, UserSummary } from './types';

const empty = z.object({}).strict();
const userId = z.string().min(1).max(64);
const regionCode = z.string().refine((code) => findRegion(code) !== undefined, '请选择有效的所属区域');

/**
 * The one contract between the renderer and the main process. Each method is declared once; preload, router and the
 * renderer's client are all derived from this object.
 */
export const contract = {
  'setup.status': method({
    summary: '工作站是否已完成首次设置',
    input: empty,
    output: returns<SetupStatus>(),
    access: 'public',
    mutates: false,
  }),
  'setup.initialize': method({
    summary: '首次设置：工作站名称、管辖区域和第一位管理员',
    input: z.object({
      workstationName: z.string().trim().min(2, '工作站名称至少 2 个字').max(40, '工作站名称最多 40 个字'),
      regionCode,
      admin: z.object({
        username: usernameSchema,
        displayName: displayNameSchema,
        password: passwordSchema,
      }),
    }),
    output: returns<null>(),
    access: 'public',
    mutates: true,
  }),

  'session.login': method({
    summary: '登录',
    input: z.object({
      username: z.string().trim().toLowerCase().min(1, '请输入登录名').max(64),
      password: z.string().min(1, '请输入密码').max(128),
    }),
    output: returns<SessionInfo>(),
    access: 'public',
    mutates: true,
  }),
  'session.current': method({
    summary: '当前会话（未登录时为 null）',
    input: empty,
    output: returns<SessionInfo | null>(),
    access: 'public',
    mutates: false,
  }),
  'session.logout': method({
    summary: '退出登录',
    input: empty,
    output: returns<null>(),
    access: 'signedIn',
    mutates: true,
    whileLocked: true,
  }),
  'session.lock': method({
    summary: '锁定屏幕',
    input: empty,
    output: returns<null>(),
    access: 'signedIn',
    mutates: true,
  }),
  'session.unlock': method({
    summary: '输入密码解锁',
    input: z.object({ password: z.string().min(1, '请输入密码').max(128) }),
    output: returns<SessionInfo>(),
    access: 'signedIn',
    mutates: true,
    whileLocked: true,
  }),
  'session.changePassword': method({
    summary: '修改本人密码',
    input: z
      .object({ currentPassword: z.string().min(1, '请输入当前密码').max(128), newPassword: passwordSchema })
      .refine((v) => v.currentPassword !== v.newPassword, {
        message: '新密码不能与当前密码相同',
        path: ['newPassword'],
      }),
    output: returns<SessionInfo>(),
    access: 'signedIn',
    mutates: true,
  }),

  'users.list': method({
    summary: '用户列表',
    input: empty,
    output: returns<UserSummary[]>(),
    access: ['admin'],
    mutates: false,
  }),
  'users.create': method({
    summary: '新建用户',
    input: z.object({
      username: usernameSchema,
      displayName: displayNameSchema,
      roles: rolesSchema,
      password: passwordSchema,
    }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),
  'users.update': method({
    summary: '修改用户姓名和角色',
    input: z.object({ userId, displayName: displayNameSchema, roles: rolesSchema }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),
  'users.resetPassword': method({
    summary: '重置用户密码（用户下次登录须修改），并解除锁定',
    input: z.object({ userId, password: passwordSchema }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),
  'users.setDisabled': method({
    summary: '停用或启用用户（用户不会被删除：操作记录引用它）',
    input: z.object({ userId, disabled: z.boolean() }),
    output: returns<UserSummary>(),
    access: ['admin'],
    mutates: true,
  }),

  'settings.get': method({
    summary: '工作站设置',
    input: empty,
    output: returns<Settings>(),
    access: 'signedIn',
    mutates: false,
  }),
  'settings.update': method({
    summary: '修改工作站设置',
    input: z.object({
      idleLockMinutes: z
        .number({ error: '请输入分钟数' })
        .int('请输入整数')
        .min(IDLE_LOCK_MINUTES.min, `最少 ${IDLE_LOCK_MINUTES.min} 分钟`)
        .max(IDLE_LOCK_MINUTES.max, `最多 ${IDLE_LOCK_MINUTES.max} 分钟`),
    }),
    output: returns<Settings>(),
    access: ['admin'],
    mutates: true,
  }),

  'system.info': method({
    summary: '工作站信息',
    input: empty,
    output: returns<SystemInfo>(),
    access: 'signedIn',
    mutates: false,
  }),
  'system.check': method({
    summary: '数据库自检：完整性、日志链、投影重建比对',
    input: empty,
    output: returns<SystemCheckReport>(),
    access: ['admin'],
    mutates: false,
  }),
};

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const METHOD_NAMES = Object.keys(contract) as MethodName[];
