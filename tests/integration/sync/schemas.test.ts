import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContainer } from '../../../src/main/sync/container';
import { openPart, unwrapAsRecipient } from '../../../src/main/sync/crypto';
import { loadOrCreateIdentity } from '../../../src/main/sync/identity';
import { bundleSchemas } from '../../../src/main/sync/schemas';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { EVENT_REACH, type BundleManifest } from '../../../src/shared/sync/bundle';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { bundleDir, exportTo, hubeiAndWuhan } from '../../helpers/sync';
import type { TestWorkstation } from '../../helpers/workstation';

const checkedIn = (name: string) => JSON.parse(readFileSync(`docs/schemas/${name}.schema.json`, 'utf8'));

function validators() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // ajv-formats is CommonJS: its default export arrives as the module object.
  const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
  addFormats(ajv);
  return { manifest: ajv.compile(checkedIn('bundle-manifest')), event: ajv.compile(checkedIn('bundle-event')) };
}

describe('the documented schemas', () => {
  it('are the ones the importer checks with (run `npm run bundle-docs` after changing an event or the manifest)', () => {
    const current = bundleSchemas();
    expect(checkedIn('bundle-manifest')).toEqual(JSON.parse(JSON.stringify(current.manifest)));
    expect(checkedIn('bundle-event')).toEqual(JSON.parse(JSON.stringify(current.event)));
  });

  it('docs/bundle-events.md has a valid example of every event type that travels', () => {
    const { event } = validators();
    const doc = readFileSync('docs/bundle-events.md', 'utf8');
    const examples = [...doc.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]));
    const traveling = Object.entries(EVENT_REACH).filter(([, reach]) => reach !== 'workstation').map(([type]) => type);
    expect(examples.map((e) => e.type).sort()).toEqual(traveling.sort());
    for (const example of examples) expect(event(example), `${example.type}: ${JSON.stringify(event.errors)}`).toBe(true);
    expect(event({ ...examples[0], payload: { ...examples[0].payload, days: 'x' } })).toBe(false);
    expect(event({ ...examples[0], hash: 'not-a-hash' })).toBe(false);
  });
});

describe('a real bundle', () => {
  let hubei: TestWorkstation;
  let wuhan: TestWorkstation;
  beforeEach(async () => {
    ({ hubei, wuhan } = await hubeiAndWuhan());
  });
  afterEach(() => {
    hubei.dispose();
    wuhan.dispose();
  });

  it('matches the schemas: its manifest and, decrypted as the docs describe, every event line', () => {
    const unit = wuhan.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
    wuhan.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
    const entries = readContainer(exportTo(wuhan, hubei, bundleDir()));
    const { manifest: validManifest, event: validEvent } = validators();
    const manifest = JSON.parse(Buffer.from(entries.get('manifest.json')!).toString('utf8')) as BundleManifest;
    expect(validManifest(manifest), JSON.stringify(validManifest.errors)).toBe(true);
    const key = unwrapAsRecipient(manifest.encryption.recipients[0], manifest.bundleId, loadOrCreateIdentity(hubei.dataDir));
    const lines = gunzipSync(openPart(key, manifest.bundleId, 'events.ndjson.gz', entries.get('events.ndjson.gz.enc')!)).toString('utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(validEvent(JSON.parse(line)), JSON.stringify(validEvent.errors)).toBe(true);
  });
});
