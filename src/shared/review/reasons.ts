/**
 * 不通过原因: there is no official list, so these are the grounds that recur in practice (DOMAIN.md §4), as codes
 * with a default wording. `stage` says where a reason applies: the online 初审, the paper review, or both. Admins
 * reword, retire and add reasons (`ReasonCodeSaved`); decisions keep only the code.
 */
export interface ReasonCode {
  code: string;
  label: string;
  stage: 'initial' | 'paper' | 'any';
  /** The field the reason usually concerns; the reviewer may attach another. */
  field: string | null;
  /** No longer offered; still named on the decisions that used it. */
  retired: boolean;
}

export const REASON_STAGES = ['initial', 'paper', 'any'] as const;
export const REASON_STAGE_LABELS: Record<ReasonCode['stage'], string> = { initial: '初审', paper: '书面材料审核', any: '均适用' };

const DEFAULTS: Omit<ReasonCode, 'retired'>[] = [
  { code: 'ineligibleBody', label: '开办主体不符合条件：非党政机关，或不承担行政职能的事业单位', stage: 'any', field: 'unit.name' },
  { code: 'countyDepartment', label: '区县部门原则上不单独开办网站，应使用上级政府网站平台或网络红页', stage: 'initial', field: 'unit.regionCode' },
  { code: 'domainRules', label: '域名不符合规定：未使用“.政务”中文域名、结构不规范，或多个域名未指定主域名', stage: 'initial', field: 'cnDomain' },
  { code: 'govCnMisuse', label: '不承担行政职能的单位不得使用“.gov.cn”英文域名', stage: 'initial', field: 'enDomain' },
  { code: 'domainExpired', label: '“.政务”域名已过期，请续费后再申请', stage: 'initial', field: 'cnDomain' },
  { code: 'siteNameBasis', label: '网站名称应以单位全称、规范简称或常用简称为基础', stage: 'initial', field: 'siteName' },
  { code: 'siteNameFunctions', label: '网站名称与单位职能不符；同名地区须加上级地区名称', stage: 'initial', field: 'siteName' },
  { code: 'ipMismatch', label: 'IP 地址与域名解析设置不一致', stage: 'initial', field: 'ipv4' },
  { code: 'infoIncomplete', label: '申请信息填写不完整或不准确', stage: 'initial', field: null },
  { code: 'contactUnreachable', label: '联系人无法联系，请核实电话和手机号码', stage: 'any', field: 'handler.mobile' },
  { code: 'paperMismatch', label: '书面材料与在线信息不一致：公章、登记文件与在线填报的单位名称不符', stage: 'paper', field: 'unit.name' },
  { code: 'paperMissing', label: '书面材料缺失或未加盖公章', stage: 'paper', field: null },
  { code: 'idCopyMissing', label: '缺少法定代表人或经办人身份证复印件', stage: 'paper', field: null },
  { code: 'other', label: '其他原因（见说明）', stage: 'any', field: null },
];

export const DEFAULT_REASONS: ReasonCode[] = DEFAULTS.map((r) => ({ ...r, retired: false }));

/** The reasons in force: the defaults with the admin's changes, then the admin's own codes. */
export function mergeReasons(overrides: ReasonCode[]): ReasonCode[] {
  const byCode = new Map(overrides.map((r) => [r.code, r]));
  const merged = DEFAULT_REASONS.map((r) => byCode.get(r.code) ?? r);
  return [...merged, ...overrides.filter((r) => !DEFAULT_REASONS.some((d) => d.code === r.code))];
}

export function reasonLabel(reasons: ReasonCode[], code: string): string {
  return reasons.find((r) => r.code === code)?.label ?? code;
}

/** Fields a reason can be attached to, with the labels the unit sees on the online form. */
export const REVIEW_FIELDS: Record<string, string> = {
  'unit.name': '开办主体名称',
  'unit.systemCategory': '系统类别',
  'unit.regionCode': '所属区域',
  'unit.address': '通讯地址',
  functions: '网站开办主体职能简介',
  'handler.phone': '经办人电话',
  'handler.mobile': '经办人手机',
  'handler.email': '经办人邮箱',
  'siteManager.phone': '网站负责人电话',
  'siteManager.mobile': '网站负责人手机',
  'siteManager.email': '网站负责人邮箱',
  kind: '申请类型',
  siteName: '网站名称',
  cnDomain: '中文域名',
  redPage: '网络红页',
  enDomain: '英文域名',
  ipv4: 'IP 地址（IPv4）',
  ipv6: 'IP 地址（IPv6）',
  siteIntro: '网站简介',
};
