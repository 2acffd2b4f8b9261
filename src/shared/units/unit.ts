import { findRegion } from '../regions/regions';
import {
  creditCodeField,
  emailField,
  extensionField,
  idNumberField,
  landlineField,
  mobileField,
  optionalText,
  postcodeField,
  requiredText,
} from '../validation/fields';
import { z } from '../zod';

/** 系统类别 (GLOSSARY). */
export const SYSTEM_CATEGORIES = ['party', 'congress', 'government', 'cppcc', 'court', 'procuratorate', 'other'] as const;
export type SystemCategory = (typeof SYSTEM_CATEGORIES)[number];
export const SYSTEM_CATEGORY_LABELS: Record<SystemCategory, string> = {
  party: '党委',
  congress: '人大',
  government: '政府',
  cppcc: '政协',
  court: '法院',
  procuratorate: '检察院',
  other: '其他',
};

/** 省属部门 / 市属部门 / 区、县: follows from how deep the chosen region code is. */
export const REGION_LEVELS = ['provincial', 'municipal', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  provincial: '省属部门',
  municipal: '市属部门',
  county: '区、县',
};

export function regionLevelOf(regionCode: string): RegionLevel {
  const region = findRegion(regionCode);
  if (!region?.parentCode) return 'provincial';
  return findRegion(region.parentCode)?.parentCode ? 'county' : 'municipal';
}

/** The seed's labels and hints (figures 5–8), shown as field labels and descriptions. */
export const UNIT_FIELD_TEXT = {
  regionCode: { label: '所属区域', hint: '请根据行政隶属关系选择：省属部门只选省；市属部门再选市；区、县部门再选区县' },
  name: { label: '开办主体名称', hint: '填写网站开办主体经法定程序批准的单位全称' },
  systemCategory: { label: '系统类别', hint: '' },
  superiorUnit: { label: '上级主管单位', hint: '' },
  address: { label: '通讯地址', hint: '此地址为邮寄相关资料的收件地址，请准确填写' },
  postcode: { label: '邮政编码', hint: '' },
  functions: { label: '网站开办主体职能简介', hint: '填写网站开办主体的主要职能（限 500 字以内）' },
  creditCode: { label: '统一社会信用代码', hint: '机关、事业单位由机构编制部门赋码，以 11、12 或 13 开头；没有可不填' },
  headName: { label: '网站开办单位负责人', hint: '' },
  headIdNumber: { label: '负责人身份证号码', hint: '' },
  handlerName: { label: '经办人', hint: '' },
  handlerIdNumber: { label: '经办人身份证号码', hint: '' },
  handlerPhone: { label: '经办人固定电话', hint: '固定电话需填写区号，如：01052035000，如无分机号，可不填' },
  handlerFax: { label: '经办人传真', hint: '传真号码需填写区号，如：01052035001；没有可不填' },
  handlerMobile: { label: '经办人手机', hint: '该手机号用于密码恢复等重要信息的通知，请务必准确填写' },
  handlerEmail: { label: '经办人电子邮箱', hint: '该电子邮箱用于密码恢复等重要信息的通知，请务必准确填写' },
} as const;

export const FUNCTIONS_MAX = 500;

/**
 * 注册单位信息 + 注册人信息, as the online platform's registration form has them. ID numbers are optional there
 * (only 经办人 and the contact fields carry the red asterisk).
 */
export const unitInputSchema = z.object({
  regionCode: z.string().refine((code) => findRegion(code) !== undefined, '请选择所属区域'),
  name: requiredText('开办主体名称', 100),
  systemCategory: z.enum(SYSTEM_CATEGORIES, { error: '请选择系统类别' }),
  superiorUnit: optionalText('上级主管单位', 100),
  address: requiredText('通讯地址', 200),
  postcode: postcodeField,
  functions: requiredText('网站开办主体职能简介', FUNCTIONS_MAX),
  creditCode: creditCodeField,
  head: z.object({
    name: optionalText('负责人姓名', 30),
    idNumber: idNumberField(false),
  }),
  handler: z.object({
    name: requiredText('经办人姓名', 30),
    idNumber: idNumberField(false),
    phone: landlineField(true, '经办人固定电话'),
    phoneExt: extensionField,
    fax: landlineField(false, '传真'),
    faxExt: extensionField,
    mobile: mobileField(true),
    email: emailField(true),
  }),
});

export type UnitInput = z.input<typeof unitInputSchema>;
export type UnitData = z.output<typeof unitInputSchema>;

/** An empty registration form. */
export function emptyUnitInput(): UnitInput {
  return {
    regionCode: '',
    name: '',
    systemCategory: undefined as unknown as SystemCategory,
    superiorUnit: '',
    address: '',
    postcode: '',
    functions: '',
    creditCode: '',
    head: { name: '', idNumber: '' },
    handler: { name: '', idNumber: '', phone: '', phoneExt: '', fax: '', faxExt: '', mobile: '', email: '' },
  };
}
