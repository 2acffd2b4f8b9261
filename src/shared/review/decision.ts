import { z } from '../zod';
import { REVIEW_FIELDS } from './reasons';

/** One 不通过原因 as recorded: a code, the field it concerns (if any) and the reviewer's words. */
export const rejectionReasonSchema = z.object({
  // Checked against the reasons in force by the main process (admins add their own codes).
  code: z.string().min(1, '请选择不通过原因').max(40),
  field: z
    .string()
    .nullable()
    .refine((field) => field === null || field in REVIEW_FIELDS, '请选择原因涉及的栏目'),
  note: z.string().trim().max(200, '原因说明最多 200 字'),
});
export type RejectionReason = z.output<typeof rejectionReasonSchema>;

/** The two decisions 编办 takes: 初审 online, and the final 审核 after the paper materials. */
export const REVIEW_STAGES = ['initial', 'final'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

/** What the buttons, titles and history call each stage's pass and reject. */
export const REVIEW_STAGE_WORDS: Record<ReviewStage, { title: string; pass: string; reject: string }> = {
  initial: { title: '初审', pass: '初审通过', reject: '初审不通过' },
  final: { title: '审核', pass: '审核通过', reject: '审核不通过' },
};

/** A decision as the reviewer submits it, for the version they were looking at. */
export const reviewDecisionSchema = z
  .object({
    applicationId: z.string().min(1).max(64),
    expectedVersion: z.number().int().positive(),
    decision: z.enum(['pass', 'reject']),
    reasons: z.array(rejectionReasonSchema).max(20),
    note: z.string().trim().max(500, '说明最多 500 字'),
  })
  .superRefine((value, ctx) => {
    if (value.decision === 'reject' && value.reasons.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['reasons'], message: '不通过时至少选择一个原因' });
    }
    value.reasons.forEach((reason, i) => {
      if (reason.code === 'other' && !reason.note) {
        ctx.addIssue({ code: 'custom', path: ['reasons', i, 'note'], message: '选择“其他原因”时请写明原因' });
      }
    });
  });
export type ReviewDecisionInput = z.input<typeof reviewDecisionSchema>;
