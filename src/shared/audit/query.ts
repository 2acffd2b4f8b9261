import { eventPayloadSchemas, type EventType } from '../events/events';
import { z } from '../zod';

const EVENT_TYPES = Object.keys(eventPayloadSchemas) as [EventType, ...EventType[]];

/** 操作日志 filters: who, what kind, which application, when. */
export const auditQuerySchema = z.object({
  actor: z.string().max(64).nullable().default(null),
  types: z.array(z.enum(EVENT_TYPES)).default([]),
  serialNo: z.string().max(40).default(''),
  from: z.iso.datetime({ offset: true }).nullable().default(null),
  to: z.iso.datetime({ offset: true }).nullable().default(null),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

export type AuditQuery = z.output<typeof auditQuerySchema>;
