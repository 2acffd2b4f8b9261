import type { CheckStep, SystemCheckReport } from '../../shared/api/types';
import type { WorkDb } from '../db/open';
import type { Journal } from '../journal/journal';
import { compareRebuild } from '../journal/projections';
import { verifyChains } from '../journal/verify';

/**
 * The database self-check behind `db check` and the admin screen: SQLite's integrity check, every workstation's hash
 * chain, and a rebuild of the projections compared with the stored ones. Changes nothing.
 */
export function checkDatabase(work: WorkDb, journal: Journal): SystemCheckReport {
  const steps: CheckStep[] = [];

  const integrity = work.sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const integrityOk = integrity.length === 1 && integrity[0].integrity_check === 'ok';
  steps.push({
    name: 'integrity',
    ok: integrityOk,
    detail: integrityOk ? 'SQLite 完整性检查通过' : integrity.map((r) => r.integrity_check).join('; '),
  });

  const chain = verifyChains(work);
  steps.push({
    name: 'chain',
    ok: chain.ok,
    detail: chain.ok
      ? `${chain.workstations} 个工作站的 ${chain.events} 条事件，哈希链完整`
      : chain.breaks
          .map((b) => `工作站 ${b.workstationId} 第 ${b.seq} 条事件（${b.eventId}）：${b.reason}`)
          .join('; '),
  });

  const { current, rebuilt } = compareRebuild(work, journal);
  steps.push({
    name: 'rebuild',
    ok: current === rebuilt,
    detail:
      current === rebuilt
        ? '由事件日志重建的数据与现有数据一致'
        : `重建结果与现有数据不一致（现有 ${current.slice(0, 12)}…，重建 ${rebuilt.slice(0, 12)}…）`,
  });

  return { ok: steps.every((s) => s.ok), steps, stateHash: current };
}
