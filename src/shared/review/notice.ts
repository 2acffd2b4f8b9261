import type { RejectionReason } from './decision';
import { reasonLabel, REVIEW_FIELDS } from './reasons';

export interface NoticeFacts {
  unitName: string;
  siteName: string;
  serialNo: string;
}

/**
 * The text the unit receives (短信 / 邮件) after a 初审 decision: the reviewer reads it before confirming. These are
 * the default wordings; admin-editable templates replace them with the notice outbox.
 */
export function initialDecisionNotice(facts: NoticeFacts, decision: 'pass' | 'reject', reasons: RejectionReason[], note: string): string {
  const head = `${facts.unitName}：您单位申请的网站“${facts.siteName}”（申请序号 ${facts.serialNo}）`;
  if (decision === 'pass') {
    return (
      `${head}已通过初审。请登录党政机关网站审核管理平台打印《关于申请对网站开办审核和资格复核的函》和` +
      `《党政机关网站开办审核和资格复核申请表》（一式三份），加盖单位公章，连同经办人身份证复印件报送机构编制部门。` +
      (note ? `说明：${note}` : '')
    );
  }
  const listed = reasons
    .map((r, i) => `${i + 1}. ${reasonLabel(r.code)}${r.field ? `（${REVIEW_FIELDS[r.field] ?? r.field}）` : ''}${r.note ? `：${r.note}` : ''}`)
    .join('；');
  return `${head}未通过初审。原因：${listed}。${note ? `说明：${note}。` : ''}请登录平台点击“修改申请”，修改后重新提交。`;
}
