import { isCalendarDate } from '../calendar/workdays';
import { z } from '../zod';

/** How the sealed materials arrived (DOMAIN.md §3): at the counter, by post, or through the 机要 channel. */
export const PAPER_CHANNELS = ['counter', 'post', 'confidential'] as const;
export type PaperChannel = (typeof PAPER_CHANNELS)[number];
export const PAPER_CHANNEL_LABELS: Record<PaperChannel, string> = { counter: '窗口', post: '邮寄', confidential: '机要' };

/** One check-in as the clerk records it: which checklist items are in the envelope, and how it came. */
export const checkInSchema = z
  .object({
    applicationId: z.string().min(1).max(64),
    /** The version the printed code names: paper printed from another version is refused. */
    expectedVersion: z.number().int().positive(),
    present: z.array(z.string().max(40)).max(30),
    receivedOn: z.string().refine(isCalendarDate, '请选择收到日期'),
    channel: z.enum(PAPER_CHANNELS, { error: '请选择报送方式' }),
    trackingNo: z.string().trim().max(40, '单号最多 40 个字符'),
    note: z.string().trim().max(500, '备注最多 500 字'),
  })
  .superRefine((value, ctx) => {
    if (value.channel === 'post' && !value.trackingNo) {
      ctx.addIssue({ code: 'custom', path: ['trackingNo'], message: '邮寄的材料请填写快递单号' });
    }
  });
export type CheckInInput = z.output<typeof checkInSchema>;
