import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rebuildProjections, stateHash } from '../../../src/main/journal/projections';
import { applicationDataSchema } from '../../../src/shared/applications/application';
import { SCAN_MAX_BYTES } from '../../../src/shared/paper/scans';
import { unitInputSchema } from '../../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../../helpers/samples';
import { initialized, testWorkstation, type TestWorkstation } from '../../helpers/workstation';

/** Real scanner-like files: the printed letter as PDF, and its page as PNG, JPEG and TIFF (pdftoppm). */
const samples: Record<'pdf' | 'png' | 'jpeg' | 'tiff', Buffer> = {} as never;
let sampleDir: string;
let ws: TestWorkstation;
let applicationId = '';

beforeAll(async () => {
  sampleDir = mkdtempSync(join(tmpdir(), 'ws-scans-'));
  const maker = testWorkstation();
  await initialized(maker);
  const unit = maker.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
  const { applicationId: id } = maker.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
  samples.pdf = (await maker.documents.render(id, ['letter'])).pdf;
  maker.dispose();
  const pdf = join(sampleDir, 'letter.pdf');
  writeFileSync(pdf, samples.pdf);
  for (const [kind, flag] of [['png', '-png'], ['jpeg', '-jpeg'], ['tiff', '-tiff']] as const) {
    execFileSync('pdftoppm', [flag, '-r', '40', '-singlefile', pdf, join(sampleDir, kind)]);
    samples[kind] = readFileSync(join(sampleDir, readdirSync(sampleDir).find((f) => f.startsWith(`${kind}.`))!));
  }
});
afterAll(() => rmSync(sampleDir, { recursive: true, force: true }));

beforeEach(async () => {
  ws?.dispose();
  ws = testWorkstation();
  await initialized(ws);
  const unit = ws.units.create('clerk', unitInputSchema.parse(WUHAN_EDUCATION));
  ({ applicationId } = ws.applications.submit('clerk', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 }));
});

describe('扫描件', () => {
  it('attaches PDF, JPEG, PNG and TIFF by content, stored once under their sha256', async () => {
    const names = { pdf: '申请函.pdf', png: '申请表-1.png', jpeg: '身份证复印件.jpg', tiff: '申请表-2.tif' } as const;
    for (const kind of ['pdf', 'png', 'jpeg', 'tiff'] as const) await ws.scans.attach('clerk', applicationId, names[kind], samples[kind]);
    const listed = ws.applications.get(applicationId).scans;
    expect(listed.map((s) => [s.fileName, s.mediaType])).toEqual([
      ['申请函.pdf', 'application/pdf'],
      ['申请表-1.png', 'image/png'],
      ['身份证复印件.jpg', 'image/jpeg'],
      ['申请表-2.tif', 'image/tiff'],
    ]);
    const sha = createHash('sha256').update(samples.png).digest('hex');
    expect(existsSync(join(ws.dataDir, 'attachments', sha.slice(0, 2), sha))).toBe(true);
    expect(ws.scans.read(applicationId, sha).bytes.equals(samples.png)).toBe(true);
    expect(ws.applications.get(applicationId).history.at(-1)?.summary).toMatch(/^附加扫描件“申请表-2.tif”（TIFF，\d+ KB）$/);
    const before = stateHash(ws.work);
    expect(rebuildProjections(ws.work, ws.journal)).toBe(before);
  });

  it('refuses a file that is not a scan whatever its name, an empty or oversized one, and a second copy — writing nothing', async () => {
    const events = ws.journal.count();
    await expect(ws.scans.attach('clerk', applicationId, '申请函.pdf', Buffer.from('这不是 PDF，只是改了扩展名的文本文件'))).rejects.toThrow('不是 PDF、JPEG、PNG 或 TIFF 文件');
    await expect(ws.scans.attach('clerk', applicationId, 'setup.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]))).rejects.toThrow('不是 PDF');
    await expect(ws.scans.attach('clerk', applicationId, '空.pdf', Buffer.alloc(0))).rejects.toThrow('是空文件');
    await expect(ws.scans.attach('clerk', applicationId, '大.pdf', Buffer.concat([samples.pdf, Buffer.alloc(SCAN_MAX_BYTES)]))).rejects.toThrow('超过 20 MB');
    expect(ws.journal.count()).toBe(events);
    expect(existsSync(join(ws.dataDir, 'attachments'))).toBe(false);
    await ws.scans.attach('clerk', applicationId, '申请函.pdf', samples.pdf);
    await expect(ws.scans.attach('clerk', applicationId, '申请函（重扫）.pdf', samples.pdf)).rejects.toThrow('这份扫描件已附在该申请上（申请函.pdf）');
    expect(() => ws.scans.read(applicationId, 'f'.repeat(64))).toThrow('该申请没有这份扫描件');
  });

  it('says so when a stored file was damaged on disk', async () => {
    const { sha256 } = await ws.scans.attach('clerk', applicationId, '申请函.pdf', samples.pdf);
    writeFileSync(join(ws.dataDir, 'attachments', sha256.slice(0, 2), sha256), 'corrupted');
    expect(() => ws.scans.read(applicationId, sha256)).toThrow('文件缺失或已损坏');
  });

  it('lists the import folder, files a scan from it and moves the original to 已归档', async () => {
    const inbox = join(ws.dataDir, 'scanner');
    expect(() => ws.scans.setInboxFolder('scanner')).toThrow('请填写完整的文件夹路径');
    expect(() => ws.scans.setInboxFolder(inbox)).toThrow('找不到该文件夹');
    mkdirSync(inbox);
    ws.scans.setInboxFolder(inbox);
    writeFileSync(join(inbox, '20261128_0931.pdf'), samples.pdf);
    writeFileSync(join(inbox, '20261128_0932.jpg'), samples.jpeg);
    writeFileSync(join(inbox, '.DS_Store'), 'x');
    expect(ws.scans.inbox().files.map((f) => f.name).sort()).toEqual(['20261128_0931.pdf', '20261128_0932.jpg']);
    await ws.scans.attachFromInbox('clerk', applicationId, '20261128_0931.pdf');
    expect(ws.scans.inbox().files.map((f) => f.name)).toEqual(['20261128_0932.jpg']);
    expect(existsSync(join(inbox, '已归档', '20261128_0931.pdf'))).toBe(true);
    await expect(ws.scans.attachFromInbox('clerk', applicationId, '../workstation.db')).rejects.toThrow('导入文件夹中没有');
    await expect(ws.scans.attachFromInbox('clerk', applicationId, '20261128_0931.pdf')).rejects.toThrow('可能已被归档');
  });
});
