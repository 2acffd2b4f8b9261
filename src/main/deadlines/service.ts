import dayjs from 'dayjs';
import { AppError } from '../../shared/api/errors';
import type { ApplicationRow, CalendarYear } from '../../shared/api/types';
import { deadlineStageOf, type DeadlineStage } from '../../shared/applications/deadlines';
import { deadlineOf, isCalendarDate, WorkCalendar, type CalendarDay, type Deadline } from '../../shared/calendar/workdays';
import type { Db } from '../db/open';
import { calendarDays } from '../db/schema';
import type { Journal } from '../journal/journal';
import type { SettingsService } from '../settings/service';

/** 工作日历 and 办理时限: the calendar with the admin's overrides, and the deadline running on each application. */
export class DeadlinesService {
  private cached: { key: string; calendar: WorkCalendar } | null = null;

  constructor(
    private readonly db: Db,
    private readonly journal: Journal,
    private readonly settings: SettingsService,
    private readonly now: () => number = Date.now,
  ) {}

  /** The calendar with the overrides in force; kept while they stay the same, so its counts are reused. */
  calendar(): WorkCalendar {
    const overrides = this.db.select().from(calendarDays).all() as CalendarDay[];
    const key = JSON.stringify(overrides);
    if (key !== this.cached?.key) this.cached = { key, calendar: new WorkCalendar(overrides) };
    return this.cached.calendar;
  }

  year(year: number): CalendarYear {
    const calendar = this.calendar();
    return { year, known: calendar.knowsYear(year), days: calendar.specialDays(year) };
  }

  setDays(actor: string, days: CalendarDay[]): void {
    this.journal.record(actor, () => [{ type: 'CalendarDaysSet', aggregateId: 'calendar', payload: { days } }]);
  }

  clearDays(actor: string, dates: string[]): void {
    this.journal.record(actor, () => [{ type: 'CalendarDaysCleared', aggregateId: 'calendar', payload: { dates } }]);
  }

  /**
   * Imports a year's calendar: chinese-days' JSON ({"holidays": {date: name}, "workdays": {date: name}}) or a list
   * of {date, kind, name}. Everything is checked before anything is written.
   */
  importDays(actor: string, content: string): { imported: number; years: number[] } {
    let parsed: unknown;
    try {
      parsed = JSON.parse(content);
    } catch {
      throw new AppError('INVALID_INPUT', '日历文件不是有效的 JSON，请检查文件内容。');
    }
    const days: CalendarDay[] = Array.isArray(parsed)
      ? (parsed as CalendarDay[])
      : [
          ...Object.entries((parsed as { holidays?: Record<string, string> }).holidays ?? {}).map(([date, name]) => ({ date, kind: 'holiday' as const, name })),
          ...Object.entries((parsed as { workdays?: Record<string, string> }).workdays ?? {}).map(([date, name]) => ({ date, kind: 'workday' as const, name })),
        ];
    const bad = days.find(
      (d) => !d || !isCalendarDate(String(d.date)) || !['holiday', 'workday'].includes(d.kind) || typeof d.name !== 'string' || d.name.length > 40,
    );
    if (days.length === 0) throw new AppError('INVALID_INPUT', '日历文件中没有节假日或调休日。');
    if (bad) throw new AppError('INVALID_INPUT', `日历文件中有无法识别的条目：${JSON.stringify(bad).slice(0, 80)}；未导入任何内容。`);
    const clean = days.map((d) => ({ date: d.date, kind: d.kind, name: (d.name.split(',')[1] ?? d.name).slice(0, 40) }));
    this.setDays(actor, clean);
    return { imported: clean.length, years: [...new Set(clean.map((d) => Number(d.date.slice(0, 4))))].sort() };
  }

  /**
   * For each clock, the instant before which an application whose clock started then is overdue today: the start of
   * the day after the latest start day whose deadline has already passed. Deadlines grow with the start day, so
   * stepping back from today finds it; as an instant it filters with the (state, start) indexes.
   */
  overdueBefore(): Record<DeadlineStage, string> {
    const calendar = this.calendar();
    const lengths = this.settings.get().deadlineDays;
    const today = dayjs(this.now()).format('YYYY-MM-DD');
    const before = (days: number) => {
      let start = dayjs(this.now()).startOf('day');
      while (calendar.addWorkdays(start.format('YYYY-MM-DD'), days) >= today) start = start.subtract(1, 'day');
      return start.add(1, 'day').toISOString();
    };
    return { initialReview: before(lengths.initialReview), paperReview: before(lengths.paperReview), badgeInstall: before(lengths.badgeInstall) };
  }

  /**
   * Each row with the clock running on it, if any. Rows share start days (a list of 100k applications has a few
   * hundred), so each (stage, start day) is counted once.
   */
  withDeadlines(rows: Omit<ApplicationRow, 'deadline'>[]): ApplicationRow[] {
    const calendar = this.calendar();
    const lengths = this.settings.get().deadlineDays;
    const today = dayjs(this.now()).format('YYYY-MM-DD');
    const known = new Map<string, Deadline>();
    const deadline = (stage: DeadlineStage, startDay: string): Deadline => {
      const key = `${stage}|${startDay}`;
      let found = known.get(key);
      if (!found) known.set(key, (found = deadlineOf(startDay, lengths[stage], today, calendar)));
      return found;
    };
    return rows.map((row) => {
      const stage = deadlineStageOf(row.state);
      const start = stage === 'initialReview' ? row.lastSubmittedAt : row.stateSince;
      return { ...row, deadline: stage && start ? { stage, ...deadline(stage, localDay(start)) } : null };
    });
  }
}

/** The workstation's calendar day of an instant (what dayjs(iso).format('YYYY-MM-DD') gives, without its cost per row). */
function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
