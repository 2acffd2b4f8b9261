import { applicationQuerySchema } from '../applications/query';
import { APPLICATION_STATES } from '../applications/workflow';
import { auditQuerySchema } from '../audit/query';
import { NOTICE_STATES } from '../notices/templates';
import { z } from '../zod';
import { EXPORT_FORMATS } from './names';


const format = z.enum(EXPORT_FORMATS);

/** 导出: a list with the filters on screen; every matching row is written, not just the page shown. */
export const exportRequestSchema = z.discriminatedUnion('list', [
  z.object({ list: z.literal('applications'), format, filters: applicationQuerySchema }),
  z.object({ list: z.literal('checkins'), format, filters: z.object({}) }),
  z.object({
    list: z.literal('notices'),
    format,
    filters: z.object({ state: z.enum(NOTICE_STATES).nullable().default(null), applicationId: z.string().max(64).nullable().default(null) }),
  }),
  z.object({ list: z.literal('audit'), format, filters: auditQuerySchema }),
  z.object({ list: z.literal('units'), format, filters: z.object({ name: z.string().max(100).default(''), regionCode: z.string().max(6).default('') }) }),
  z.object({ list: z.literal('badges'), format, filters: z.object({ states: z.array(z.enum(APPLICATION_STATES)).default([]) }) }),
]);
export type ExportRequest = z.output<typeof exportRequestSchema>;
export type ExportRequestInput = z.input<typeof exportRequestSchema>;

export interface ExportProgress {
  state: 'running' | 'done' | 'failed';
  rows: number;
  total: number;
  fileName: string;
  error: string | null;
}
