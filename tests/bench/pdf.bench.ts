import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkstation } from '../../src/main/workstation';
import { applicationDataSchema } from '../../src/shared/applications/application';
import type { DocumentKind } from '../../src/shared/paper/documents';
import { DEFAULT_CHECKLIST } from '../../src/shared/paper/checklist';
import { unitInputSchema } from '../../src/shared/units/unit';
import { WUHAN_EDUCATION, WUHAN_EDUCATION_SITE } from '../helpers/samples';
import { silentLog } from '../helpers/workstation';

/**
 * Printed documents: the first render in a fresh process (cold: fonts read and parsed) and the median of repeated
 * renders (warm), with the PDF sizes. Target: letter + form ×3 warm ≤ 150 ms.
 */
export async function pdfBench(args: string[]): Promise<void> {
  const rounds = Number(args[0] ?? 20);
  const dataDir = mkdtempSync(join(tmpdir(), 'ws-bench-pdf-'));
  const ws = openWorkstation({ dataDir, host: 'cli', log: silentLog });
  try {
    await ws.accounts.initialize({ workstationName: '基准测试工作站', regionCode: '420000', admin: { username: 'bench', displayName: '基准', password: 'Bench2026ab' } });
    const unit = ws.units.create('cli', unitInputSchema.parse(WUHAN_EDUCATION));
    const { applicationId } = ws.applications.submit('cli', { applicationId: null, unitId: unit.id, data: applicationDataSchema.parse(WUHAN_EDUCATION_SITE), expectedVersion: 0 });
    ws.review.decideInitial('cli', { applicationId, expectedVersion: 1, decision: 'pass', reasons: [], note: '' });
    const today = new Date().toISOString().slice(0, 10);
    ws.paper.checkIn('cli', { applicationId, expectedVersion: 1, present: DEFAULT_CHECKLIST.slice(1).map((i) => i.code), receivedOn: today, channel: 'counter', trackingNo: '', note: '' });

    const once = async (kinds: DocumentKind[]) => {
      const start = performance.now();
      const { pdf } = await ws.documents.render(applicationId, kinds);
      return { ms: performance.now() - start, bytes: pdf.length };
    };
    const cases: [string, DocumentKind[]][] = [
      ['letter', ['letter']],
      ['form ×3', ['form']],
      ['letter + form ×3', ['letter', 'form']],
      ['receipt', ['receipt']],
      ['supplement', ['supplement']],
    ];
    const cold = await once(['letter', 'form']);
    console.log(`${'cold: letter + form ×3 (first render)'.padEnd(40)} ${cold.ms.toFixed(0).padStart(6)} ms`);
    for (const [label, kinds] of cases) {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < rounds; i++) {
        const run = await once(kinds);
        times.push(run.ms);
        bytes = run.bytes;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)];
      console.log(`${`warm: ${label}`.padEnd(40)} ${median.toFixed(0).padStart(6)} ms median  ${(bytes / 1024).toFixed(0).padStart(5)} KiB`);
    }
  } finally {
    ws.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
