/**
 * Error codes the contract may return. Programs branch on the code; people read the message, which says what to do
 * next. The default message is used when a handler does not give a more specific one.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: '请先登录。',
  SESSION_LOCKED: '工作站已锁定，请输入密码解锁。',
  FORBIDDEN: '您的角色无权执行此操作；如需此权限，请联系管理员。',
  INVALID_INPUT: '输入有误，请按提示修改后重试。',
  NOT_FOUND: '要找的记录不存在，可能已被删除或尚未同步。',
  CONFLICT: '数据已被他人修改，请刷新后重试。',
  BAD_CREDENTIALS: '登录名或密码错误。',
  ACCOUNT_LOCKED: '密码连续输错次数过多，账户已锁定，请稍后再试或联系管理员。',
  ACCOUNT_DISABLED: '该账户已停用，请联系管理员。',
  NOT_INITIALIZED: '工作站尚未完成首次设置。',
  ALREADY_INITIALIZED: '工作站已完成首次设置，不能重复设置。',
  INTERNAL: '系统内部错误，操作未完成；请重试，如仍失败请联系管理员（详情已记入日志）。',
  UNAVAILABLE: '无法连接工作站服务，请确认程序仍在运行后重试。',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) → zh-CN message, for INVALID_INPUT. */
  fields?: Record<string, string>;
}

/** Thrown by services; the router turns it into `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;

  constructor(code: ErrorCode, message?: string, fields?: Record<string, string>) {
    super(message ?? ERROR_MESSAGES[code]);
    this.name = 'AppError';
    this.code = code;
    this.fields = fields;
  }

  toApiError(): ApiError {
    return { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) };
  }
}
