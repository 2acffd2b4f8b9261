import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import type { DomainEvent } from '../../shared/events/events';

/** The prevHash of a workstation's first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * sha256 over the previous hash and the event's fields in RFC 8785 canonical JSON: every workstation (and the online
 * platform, from docs alone) computes the same bytes.
 */
export function eventHash(event: Omit<DomainEvent, 'hash'>): string {
  const body = canonicalize({
    id: event.id,
    hlc: event.hlc,
    workstationId: event.workstationId,
    seq: event.seq,
    actor: event.actor,
    aggregateId: event.aggregateId,
    type: event.type,
    version: event.version,
    payload: event.payload,
  });
  return createHash('sha256').update(event.prevHash).update('\n').update(body!).digest('hex');
}
