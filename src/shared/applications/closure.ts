import { z } from '../zod';
import { APPLICATION_STATES } from './workflow';

/** 撤回 (the unit gives up its application) and 注销 (an approval cancelled): both final, both need a reason. */
export const CLOSURES = ['withdraw', 'revoke'] as const;
export type Closure = (typeof CLOSURES)[number];

export const closureSchema = z.object({
  applicationId: z.string().min(1).max(64),
  /** The state the user saw: if someone moved the application since, nothing happens. */
  expectedState: z.enum(APPLICATION_STATES),
  reason: z.string().trim().min(2, '请写明原因').max(200, '原因最多 200 字'),
});
export type ClosureInput = z.output<typeof closureSchema>;
