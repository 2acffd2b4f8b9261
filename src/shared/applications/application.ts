import { FUNCTIONS_MAX } from '../units/unit';
import {
  cnDomainField,
  emailField,
  enDomainField,
  extensionField,
  ipv4Field,
  ipv6Field,
  landlineField,
  mobileField,
  requiredText,
} from '../validation/fields';
import { charCount } from '../validation/text';
import { z } from '../zod';

/** 申请类型 (GLOSSARY): 开办审核 / 资格复核 / 信息变更. */
export const APPLICATION_KINDS = ['opening', 'requalification', 'change'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export const APPLICATION_KIND_LABELS: Record<ApplicationKind, string> = {
  opening: '开办审核',
  requalification: '资格复核',
  change: '信息变更',
};
export const APPLICATION_KIND_HINTS: Record<ApplicationKind, string> = {
  opening: '新开办网站申请（如果您目前没有网站，请选择此项）',
  requalification: '已开办网站复核（如果您已经开办过网站需要复核，请选择此项）',
  change: '网站信息变更（网站名称、域名、IP 等发生变化）',
};

export const SITE_INTRO_MAX = 500;

export const APPLICATION_FIELD_TEXT = {
  functions: { label: '网站开办主体职能简介', hint: '限 500 字以内' },
  handlerPhone: { label: '经办人电话', hint: '固定电话需填写区号，如：01052035000' },
  handlerMobile: { label: '经办人手机', hint: '' },
  handlerEmail: { label: '经办人邮箱', hint: '' },
  siteManagerPhone: { label: '网站负责人电话', hint: '以下请填写负责该网站管理与运维的主要负责人信息' },
  siteManagerMobile: { label: '网站负责人手机', hint: '' },
  siteManagerEmail: { label: '网站负责人邮箱', hint: '' },
  kind: { label: '申请类型', hint: '' },
  siteName: {
    label: '网站名称',
    hint: '浏览器选项卡中的名称，应与网站头图中的名称相同，如“中国机构编制网”',
  },
  cnDomain: { label: '中文域名', hint: '以“.政务”结尾的中文域名' },
  redPage: { label: '使用政务和公益机构建站平台免费开通微网站（网络红页）', hint: '勾选后无需填写英文域名和 IP 地址' },
  enDomain: { label: '英文域名', hint: '以“.gov.cn”结尾的英文域名' },
  ipv4: { label: 'IP 地址（IPv4）', hint: '此处的 IP 地址必须填写域名解析时设置的 IP 地址，如不清楚请联系域名注册商索取' },
  ipv6: { label: 'IP 地址（IPv6）', hint: '' },
  siteIntro: { label: '网站简介', hint: '字数控制在 500 字以内' },
} as const;

const contact = (label: string) =>
  z.object({
    phone: landlineField(true, `${label}电话`),
    phoneExt: extensionField,
    mobile: mobileField(true),
    email: emailField(true),
  });

/**
 * 网站开办与资格复核-申请 (seed figures 16–17), as submitted. 网络红页 sites need no English domain or own IP.
 */
export const applicationDataSchema = z
  .object({
    kind: z.enum(APPLICATION_KINDS, { error: '请选择申请类型' }),
    functions: requiredText('网站开办主体职能简介', FUNCTIONS_MAX),
    handler: contact('经办人'),
    siteManager: contact('网站负责人'),
    siteName: requiredText('网站名称', 50),
    cnDomain: cnDomainField,
    redPage: z.boolean(),
    enDomain: enDomainField,
    ipv4: ipv4Field,
    ipv6: ipv6Field,
    siteIntro: requiredText('网站简介', SITE_INTRO_MAX),
  })
  .superRefine((data, ctx) => {
    if (data.redPage) return;
    if (!data.enDomain) {
      ctx.addIssue({ code: 'custom', path: ['enDomain'], message: '请填写英文域名；使用网络红页的请勾选上方选项' });
    }
    if (!data.ipv4) ctx.addIssue({ code: 'custom', path: ['ipv4'], message: '请填写 IPv4 地址' });
  });

export type ApplicationInput = z.input<typeof applicationDataSchema>;
export type ApplicationData = z.output<typeof applicationDataSchema>;

/**
 * A draft keeps whatever was typed, complete or not, over-long texts included (the form shows what is too long);
 * the bounds only keep out absurd input. Submitting applies applicationDataSchema.
 */
const draftText = (max: number) => z.string().refine((v) => charCount(v) <= max * 4, `不能超过 ${max * 4} 个字`);
const draftContact = z.object({ phone: draftText(40), phoneExt: draftText(20), mobile: draftText(40), email: draftText(100) });
export const applicationDraftSchema = z.object({
  kind: z.enum(APPLICATION_KINDS).nullable(),
  functions: draftText(FUNCTIONS_MAX),
  handler: draftContact,
  siteManager: draftContact,
  siteName: draftText(50),
  cnDomain: draftText(200),
  redPage: z.boolean(),
  enDomain: draftText(253),
  ipv4: draftText(60),
  ipv6: draftText(100),
  siteIntro: draftText(SITE_INTRO_MAX),
});
export type ApplicationDraft = z.output<typeof applicationDraftSchema>;
