import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../src/main/cli';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION } from '../../helpers/samples';
import { IDENTITY_KEY_FILE, loadOrCreateIdentity } from '../../../src/main/sync/identity';
import { hubeiAndWuhan } from '../../helpers/sync';
import type { TestWorkstation } from '../../helpers/workstation';

let hubei: TestWorkstation;
let wuhan: TestWorkstation;
beforeEach(async () => {
  ({ hubei, wuhan } = await hubeiAndWuhan({ paired: false }));
});
afterEach(() => {
  hubei.dispose();
  wuhan.dispose();
});

describe('workstation identity and 同步对象', () => {
  it('makes one Ed25519 key pair per workstation, kept under keys/, with a fingerprint people can compare', () => {
    const identity = hubei.peers.identity();
    expect(identity).toMatchObject({ format: 'wssh-identity/1', name: '湖北省委编办审核一号机', regionCode: '420000' });
    expect(identity.fingerprint).toMatch(/^([0-9A-F]{4} ){7}[0-9A-F]{4}$/);
    expect(existsSync(join(hubei.dataDir, IDENTITY_KEY_FILE))).toBe(true);
    expect(loadOrCreateIdentity(hubei.dataDir).publicKeyText).toBe(identity.publicKey);
  });

  it('adds a peer from its identity file, refusing a tampered file, itself and a second time', () => {
    const file = JSON.stringify(wuhan.peers.identity());
    expect(hubei.peers.read(file).fingerprint).toBe(wuhan.peers.identity().fingerprint);
    const tampered = JSON.stringify({ ...JSON.parse(file), publicKey: hubei.peers.identity().publicKey });
    expect(() => hubei.peers.add('admin', { content: tampered, name: '', kind: 'workstation' })).toThrow('指纹与公钥不符');
    expect(() => hubei.peers.add('admin', { content: JSON.stringify(hubei.peers.identity()), name: '', kind: 'workstation' })).toThrow('本工作站自己的身份文件');
    expect(() => hubei.peers.add('admin', { content: '{"format":"x"}', name: '', kind: 'workstation' })).toThrow('身份文件格式不正确');
    const peer = hubei.peers.add(hubei.accounts.listUsers()[0].id, { content: file, name: '武汉市委编办', kind: 'workstation' });
    expect(peer).toMatchObject({ name: '武汉市委编办', kind: 'workstation', regionCode: '420100', trustedBy: '张伟' });
    expect(() => hubei.peers.add('admin', { content: file, name: '', kind: 'workstation' })).toThrow('已添加过该同步对象（武汉市委编办）');
    expect(hubei.peers.list()).toHaveLength(1);
  });

  it('works from the command line: export, show the fingerprint, add only with --yes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ws-id-'));
    const cli = async (dataDir: string, args: string[]) => {
      let out = '';
      const sink = new Writable({ write: (chunk, _e, done) => ((out += String(chunk)), done()) });
      const code = await runCli([...args, '--data-dir', dataDir], { out: sink, err: sink, readPassword: async () => '' });
      return { code, out };
    };
    try {
      const exported = await cli(wuhan.dataDir, ['identity', 'export', '--out', join(dir, 'wuhan.json')]);
      expect(exported.code).toBe(0);
      const fingerprint = JSON.parse(readFileSync(join(dir, 'wuhan.json'), 'utf8')).fingerprint as string;
      expect(exported.out).toContain(`指纹：${fingerprint}`);
      const shown = await cli(hubei.dataDir, ['peers', 'add', join(dir, 'wuhan.json'), '--name', '武汉市委编办']);
      expect(shown.code).toBe(2);
      expect(shown.out).toContain(fingerprint);
      expect(hubei.peers.list()).toHaveLength(0);
      expect((await cli(hubei.dataDir, ['peers', 'add', join(dir, 'wuhan.json'), '--name', '武汉市委编办', '--yes'])).code).toBe(0);
      expect((await cli(hubei.dataDir, ['peers', 'list'])).out).toContain(`武汉市委编办\t工作站\t${fingerprint}`);
      expect((await cli(hubei.dataDir, ['peers', 'remove', '武汉市委编办'])).code).toBe(2);
      expect(hubei.peers.list()).toHaveLength(1);
      expect((await cli(hubei.dataDir, ['peers', 'remove', '武汉市委编办', '--yes'])).out).toContain('已移除同步对象“武汉市委编办”');
      expect(hubei.peers.list()).toHaveLength(0);
      writeFileSync(join(dir, 'broken.json'), 'not json');
      expect((await cli(hubei.dataDir, ['peers', 'add', join(dir, 'broken.json'), '--yes'])).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('removing a 同步对象', () => {
  it('refuses its bundles from then on and makes none for it; what was imported stays', async () => {
    hubei.peers.add('admin', { content: JSON.stringify(wuhan.peers.identity()), name: '武汉市委编办', kind: 'workstation' });
    wuhan.peers.add('admin', { content: JSON.stringify(hubei.peers.identity()), name: '湖北省委编办', kind: 'workstation' });
    const dir = mkdtempSync(join(tmpdir(), 'ws-remove-'));
    try {
      wuhan.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
      const first = join(dir, 'first.wssb');
      wuhan.sync.export('cli', { peerId: hubei.journal.workstationId, full: false, file: first });
      await hubei.sync.import('cli', first, { confirmed: false });
      hubei.peers.remove('admin', wuhan.journal.workstationId);
      expect(hubei.peers.list()).toEqual([]);
      const second = join(dir, 'second.wssb');
      wuhan.sync.export('cli', { peerId: hubei.journal.workstationId, full: true, file: second });
      expect(() => hubei.sync.verify(second)).toThrow('尚未添加');
      expect(() => hubei.sync.plan(wuhan.journal.workstationId, false)).toThrow('找不到该同步对象');
      expect(hubei.work.sqlite.prepare('SELECT count(*) FROM units').pluck().get()).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
