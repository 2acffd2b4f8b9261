import { SYSTEM_CATEGORIES } from '../units/unit';
import { z } from '../zod';
import { APPLICATION_KINDS } from './application';
import { APPLICATION_STATES } from './workflow';

/** 查询条件 of the query screen (seed figure 23) plus state, kind, region and 系统类别. */
export const applicationQuerySchema = z.object({
  siteName: z.string().max(50, '网站名称最多 50 个字').default(''),
  serialNo: z.string().max(40, '申请序号过长').default(''),
  /** ISO instants: the renderer turns the chosen local dates into the start of the first and the day after the last. */
  submittedFrom: z.iso.datetime({ offset: true, error: '申请时间格式不正确' }).nullable().default(null),
  submittedTo: z.iso.datetime({ offset: true, error: '申请时间格式不正确' }).nullable().default(null),
  states: z.array(z.enum(APPLICATION_STATES)).default([]),
  kinds: z.array(z.enum(APPLICATION_KINDS)).default([]),
  systemCategories: z.array(z.enum(SYSTEM_CATEGORIES)).default([]),
  regionCode: z.string().max(6).default(''),
  /** Only applications past their 办理时限 (初审 not decided in time). */
  overdue: z.boolean().default(false),
  /** Only applications the caller has worked on (entered, amended or decided). */
  mine: z.boolean().default(false),
  sort: z
    .object({
      column: z.enum(['submittedAt', 'serialNo', 'siteName', 'unitName', 'state', 'kind']),
      direction: z.enum(['asc', 'desc']),
    })
    .default({ column: 'submittedAt', direction: 'desc' }),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});

export type ApplicationQuery = z.output<typeof applicationQuerySchema>;
export type ApplicationQueryInput = z.input<typeof applicationQuerySchema>;
