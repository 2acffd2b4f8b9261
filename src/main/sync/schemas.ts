import { eventPayloadSchemas, type EventType } from '../../shared/events/events';
import { bundleManifestSchema, EVENT_REACH, wireEventSchema } from '../../shared/sync/bundle';
import { z } from '../../shared/zod';

const DIALECT = 'https://json-schema.org/draft/2020-12/schema';

function withoutDialect(schema: Record<string, unknown>): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = schema;
  return rest;
}

/**
 * JSON Schema (2020-12) of a bundle's manifest and of an event line, drawn from the same zod schemas the importer
 * checks with, so the documents the online platform's team builds from cannot drift from the code. An event line is
 * the envelope plus, for each type that travels, its payload.
 */
export function bundleSchemas(): { manifest: Record<string, unknown>; event: Record<string, unknown> } {
  const manifest = { $id: 'https://wssh.local/schemas/bundle-manifest.schema.json', title: '同步包清单 manifest.json (wssh-bundle/1)', ...z.toJSONSchema(bundleManifestSchema) };
  const envelope = withoutDialect(z.toJSONSchema(wireEventSchema) as Record<string, unknown>);
  const types = (Object.keys(eventPayloadSchemas) as EventType[]).filter((type) => EVENT_REACH[type] !== 'workstation');
  const event = {
    $schema: DIALECT,
    $id: 'https://wssh.local/schemas/bundle-event.schema.json',
    title: '同步包事件 events.ndjson 的一行 (wssh-bundle/1, payload version 1)',
    ...envelope,
    oneOf: types.map((type) => ({
      properties: { type: { const: type }, payload: withoutDialect(z.toJSONSchema(eventPayloadSchemas[type]) as Record<string, unknown>) },
    })),
  };
  return { manifest, event };
}
