import { ROLES } from '../roles';
import { z } from '../zod';

/** A scrypt hash with the parameters it was made with, so the cost can rise later without breaking old hashes. */
export const passwordHashSchema = z.object({
  algorithm: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  keyLength: z.number().int().positive(),
  salt: z.string(),
  hash: z.string(),
});
export type PasswordHash = z.infer<typeof passwordHashSchema>;

const roles = z.array(z.enum(ROLES));

/**
 * Every domain event type and the schema of its payload. Adding a type here makes the projection's exhaustive switch
 * fail to compile until the projection handles it.
 */
export const eventPayloadSchemas = {
  WorkstationInitialized: z.object({ name: z.string(), regionCode: z.string() }),
  UserCreated: z.object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles,
    passwordHash: passwordHashSchema,
    mustChangePassword: z.boolean(),
  }),
  UserUpdated: z.object({ userId: z.string(), displayName: z.string(), roles }),
  UserPasswordSet: z.object({ userId: z.string(), passwordHash: passwordHashSchema, mustChangePassword: z.boolean() }),
  UserDisabled: z.object({ userId: z.string() }),
  UserEnabled: z.object({ userId: z.string() }),
  SettingsChanged: z.object({ idleLockMinutes: z.number().int() }),
};

export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloadSchemas)[T]>;

/** The current payload schema version of every type; bumped when a payload's shape changes. */
export const EVENT_VERSION = 1;

/** An event as the services propose it, before the journal stamps it. */
export type NewEvent = {
  [T in EventType]: { type: T; aggregateId: string; payload: EventPayload<T> };
}[EventType];

/** What the journal adds: identity, clock, origin, and the link in its workstation's hash chain. */
export interface EventStamp {
  id: string;
  hlc: string;
  workstationId: string;
  /** 1, 2, 3 … per workstation: exact ranges for sync. */
  seq: number;
  actor: string | null;
  version: number;
  prevHash: string;
  hash: string;
}

export type DomainEvent = NewEvent & EventStamp;
