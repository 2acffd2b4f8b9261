import { renderTemplate, type NoticeChannel, type NoticeTrigger, type TemplateSet } from '../notices/templates';
import type { RejectionReason, ReviewStage } from './decision';
import { reasonLabel, REVIEW_FIELDS, type ReasonCode } from './reasons';

export interface NoticeFacts {
  unitName: string;
  siteName: string;
  serialNo: string;
}

/** The reasons as one line (短信) or one per line (邮件). */
function describeReasons(reasons: RejectionReason[], channel: NoticeChannel, codes: ReasonCode[]): string {
  const items = reasons.map(
    (r, i) => `${i + 1}. ${reasonLabel(codes, r.code)}${r.field ? `（${REVIEW_FIELDS[r.field] ?? r.field}）` : ''}${r.note ? `：${r.note}` : ''}`,
  );
  return items.join(channel === 'sms' ? '；' : '\n');
}

/** Which template each stage's decision uses. */
export const DECISION_TRIGGERS: Record<ReviewStage, Record<'pass' | 'reject', NoticeTrigger>> = {
  initial: { pass: 'initialPass', reject: 'initialReject' },
  final: { pass: 'finalApprove', reject: 'finalRefuse' },
};

/**
 * The text the unit receives after a decision, from the current templates: the reviewer reads it before
 * confirming, and the same text is queued in the outbox.
 */
export function decisionNotice(
  templates: TemplateSet,
  codes: ReasonCode[],
  facts: NoticeFacts,
  trigger: NoticeTrigger,
  reasons: RejectionReason[],
  note: string,
  channel: NoticeChannel,
): string {
  return renderTemplate(templates[trigger][channel], {
    单位名称: facts.unitName,
    网站名称: facts.siteName,
    申请序号: facts.serialNo,
    原因: describeReasons(reasons, channel, codes),
    说明: note ? `说明：${note}` : '',
  });
}

/** The 补正 notice: the items missing from the envelope, one line (短信) or one per line (邮件). */
export function supplementNotice(templates: TemplateSet, facts: NoticeFacts, missing: string[], note: string, channel: NoticeChannel): string {
  const items = missing.map((label, i) => `${i + 1}. ${label}`);
  return renderTemplate(templates.supplementRequest[channel], {
    单位名称: facts.unitName,
    网站名称: facts.siteName,
    申请序号: facts.serialNo,
    原因: items.join(channel === 'sms' ? '；' : '\n'),
    说明: note ? `说明：${note}` : '',
  });
}
