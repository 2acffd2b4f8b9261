import { exportRequestSchema, type ExportRequestInput } from '../../src/shared/exports/request';
import { dataSet } from './query.bench';

/**
 * `npm run bench -- export [units] [applications]`: every row of the query screen (100k applications) to .xlsx and
 * to CSV through the same service the screen uses — time and the process's peak memory (RSS, sampled).
 * Target: under 10 s and under 300 MB for the .xlsx.
 */
export async function exportBench(args: string[]): Promise<void> {
  const ws = dataSet(Number(args[0] ?? 30_000), Number(args[1] ?? 100_000), 1);
  try {
    const run = async (label: string, input: ExportRequestInput) => {
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const started = performance.now();
      const { jobId } = ws.exportsService.start('bench', exportRequestSchema.parse(input));
      for (;;) {
        const progress = ws.exportsService.progress('bench', jobId);
        if (progress.state === 'failed') throw new Error(progress.error ?? 'failed');
        if (progress.state === 'done') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const ms = performance.now() - started;
      const { bytes } = ws.exportsService.take('bench', jobId);
      clearInterval(sampler);
      console.log(
        `${label.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(6)} s   file ${(bytes.length / 1024 / 1024).toFixed(1).padStart(5)} MiB   peak RSS ${(peak / 1024 / 1024).toFixed(0).padStart(4)} MiB (+${((peak - baseline) / 1024 / 1024).toFixed(0)} MiB)`,
      );
    };
    await run('all applications → .xlsx', { list: 'applications', format: 'xlsx', filters: {} });
    await run('all applications → CSV', { list: 'applications', format: 'csv', filters: {} });
    await run('待初审 in 湖北 → .xlsx', { list: 'applications', format: 'xlsx', filters: { states: ['submitted'], regionCode: '420000' } });
  } finally {
    ws.close();
  }
}
