import { DEFAULT_DEADLINE_DAYS, IDLE_LOCK_MINUTES } from '../../shared/accounts/rules';
import { DEFAULT_SCRIPT_BASE } from '../../shared/badges/code';
import { DEFAULT_CHECKLIST } from '../../shared/paper/checklist';
import type { Settings } from '../../shared/api/types';
import type { Db } from '../db/open';
import { settings } from '../db/schema';
import type { Journal } from '../journal/journal';

const DEFAULTS: Settings = {
  idleLockMinutes: IDLE_LOCK_MINUTES.default,
  deadlineDays: { ...DEFAULT_DEADLINE_DAYS },
  paperChecklist: DEFAULT_CHECKLIST,
  updateFeedUrl: '',
  badgeRegions: [],
  badgeScriptBase: DEFAULT_SCRIPT_BASE,
  badgeCheckNetwork: false,
};

/** Workstation-wide settings: a projection of SettingsChanged events over defaults. */
export class SettingsService {
  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
  ) {}

  get(): Settings {
    const stored = Object.fromEntries(this.db.select().from(settings).all().map((row) => [row.key, row.value]));
    return { ...DEFAULTS, ...stored } as Settings;
  }

  update(actor: string, changes: Partial<Settings>): Settings {
    this.journal.record(actor, () => [{ type: 'SettingsChanged', aggregateId: this.journal.workstationId, payload: changes }]);
    return this.get();
  }
}
