/** The three workstation roles (GLOSSARY: 审核员 / 登记员 / 管理员). A user may hold several. */
export const ROLES = ['reviewer', 'clerk', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  reviewer: '审核员',
  clerk: '登记员',
  admin: '管理员',
};
