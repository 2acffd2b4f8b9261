/**
 * 短信 / 邮件通知 templates. The workstation never sends anything: notices wait in the outbox and leave by sync
 * bundle for the online platform, which sends them. Admins may reword every template; placeholders in 【】 are
 * filled in when a notice is queued.
 */
export const NOTICE_CHANNELS = ['sms', 'email'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];
export const NOTICE_CHANNEL_LABELS: Record<NoticeChannel, string> = { sms: '短信', email: '邮件' };

export const NOTICE_TRIGGERS = ['initialPass', 'initialReject', 'supplementRequest', 'finalApprove', 'finalRefuse', 'badgeIssued'] as const;
export type NoticeTrigger = (typeof NOTICE_TRIGGERS)[number];
export const NOTICE_TRIGGER_LABELS: Record<NoticeTrigger, string> = {
  initialPass: '初审通过（通知报送书面材料）',
  initialReject: '初审不通过',
  supplementRequest: '书面材料需补正',
  finalApprove: '审核通过',
  finalRefuse: '审核不通过',
  badgeIssued: '发放网站标识',
};

export const NOTICE_STATES = ['pending', 'exported', 'sent'] as const;
export type NoticeState = (typeof NOTICE_STATES)[number];
export const NOTICE_STATE_LABELS: Record<NoticeState, string> = { pending: '待交平台', exported: '平台已收到', sent: '已发送' };

/** The placeholders a template may use. */
export const PLACEHOLDERS = ['单位名称', '网站名称', '申请序号', '原因', '说明', '标识编号'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export const DEFAULT_TEMPLATES: Record<NoticeTrigger, Record<NoticeChannel, string>> = {
  initialPass: {
    sms: '【网站审核】【单位名称】：您单位申请的网站“【网站名称】”（申请序号【申请序号】）已通过初审，请打印申请函和申请表（一式三份）加盖公章，连同经办人身份证复印件报送机构编制部门。',
    email:
      '【单位名称】：\n\n您单位申请的网站“【网站名称】”（申请序号【申请序号】）已通过初审。请登录党政机关网站审核管理平台打印《关于申请对网站开办审核和资格复核的函》和《党政机关网站开办审核和资格复核申请表》（一式三份），加盖单位公章，连同经办人身份证复印件报送机构编制部门。\n【说明】',
  },
  initialReject: {
    sms: '【网站审核】【单位名称】：您单位申请的网站“【网站名称】”（申请序号【申请序号】）未通过初审。原因：【原因】。请登录平台修改后重新提交。',
    email:
      '【单位名称】：\n\n您单位申请的网站“【网站名称】”（申请序号【申请序号】）未通过初审。\n\n原因：\n【原因】\n【说明】\n\n请登录党政机关网站审核管理平台点击“修改申请”，修改后重新提交。',
  },
  supplementRequest: {
    sms: '【网站审核】【单位名称】：您单位报送的网站“【网站名称】”（申请序号【申请序号】）书面材料不齐全，缺少：【原因】。请补齐后报送机构编制部门。',
    email:
      '【单位名称】：\n\n我们已收到您单位就网站“【网站名称】”（申请序号【申请序号】）报送的书面材料，经核对尚缺少以下材料：\n【原因】\n【说明】\n\n请补齐后报送机构编制部门，补齐后将继续办理。',
  },
  finalApprove: {
    sms: '【网站审核】【单位名称】：您单位申请的网站“【网站名称】”（申请序号【申请序号】）已审核通过，网站标识发放后将另行通知，请在收到标识后 5 个工作日内在网站每个页面底部居中位置挂标。',
    email:
      '【单位名称】：\n\n您单位申请的网站“【网站名称】”（申请序号【申请序号】）已审核通过。网站标识发放后将另行通知，请在收到标识后 5 个工作日内将标识代码放置在网站每个页面底部居中位置。\n【说明】',
  },
  badgeIssued: {
    sms: '【网站审核】【单位名称】：网站“【网站名称】”的网站标识已发放，标识编号【标识编号】。请登录平台获取标识代码，5 个工作日内粘贴到网站每个页面的 </body> 之前（页面底部居中）。',
    email:
      '【单位名称】：\n\n您单位网站“【网站名称】”（申请序号【申请序号】）的党政机关网站标识已发放，标识编号【标识编号】。\n\n请登录党政机关网站审核管理平台，在“网上名称管理—标识管理”中获取标识代码，于 5 个工作日内粘贴到网站所有页面代码的 </body> 之前，使标识显示在页面底部居中位置。\n【说明】',
  },
  finalRefuse: {
    sms: '【网站审核】【单位名称】：您单位申请的网站“【网站名称】”（申请序号【申请序号】）未通过审核。原因：【原因】。如有疑问请联系机构编制部门。',
    email:
      '【单位名称】：\n\n您单位申请的网站“【网站名称】”（申请序号【申请序号】）经书面材料审核，未予通过。\n\n原因：\n【原因】\n【说明】\n\n如有疑问，请与机构编制部门联系。',
  },
};

/** Fills 【placeholder】s; unknown ones stay as typed, so an admin sees the mistake in the preview. */
export function renderTemplate(template: string, values: Partial<Record<Placeholder, string>>): string {
  return template
    .replace(/【(单位名称|网站名称|申请序号|原因|说明|标识编号)】/g, (_, key: Placeholder) => values[key] ?? '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export type TemplateSet = Record<NoticeTrigger, Record<NoticeChannel, string>>;
