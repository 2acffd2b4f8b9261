import { badgeBench } from './badge.bench';
import { exportBench } from './export.bench';
import { journalBench } from './journal.bench';
import { pdfBench } from './pdf.bench';
import { queryBench } from './query.bench';
import { syncBench } from './sync.bench';

/** `npm run bench -- <name> [args]`: benchmarks on generated data, printing figures (never asserting times). */
const BENCHES: Record<string, (args: string[]) => Promise<void>> = {
  journal: journalBench,
  query: queryBench,
  pdf: pdfBench,
  export: exportBench,
  badge: badgeBench,
  sync: syncBench,
};

const [name, ...args] = process.argv.slice(2);
const selected = name ? { [name]: BENCHES[name] } : BENCHES;
if (name && !BENCHES[name]) {
  console.error(`未知的基准：${name}；可选：${Object.keys(BENCHES).join(', ')}`);
  process.exit(2);
}
for (const [benchName, run] of Object.entries(selected)) {
  console.log(`== ${benchName}`);
  await run(args);
}
