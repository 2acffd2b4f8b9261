import official from 'chinese-days/dist/chinese-days.json';

/**
 * The working-day calendar: the State Council's holidays and 调休 working weekends (npm chinese-days), with the
 * admin's overrides on top — for a year the package does not know yet, or a local change. Dates are local
 * calendar days, YYYY-MM-DD.
 */
export interface CalendarDay {
  date: string;
  /** holiday = 休息日 on a weekday; workday = 调休上班 on a weekend. */
  kind: 'holiday' | 'workday';
  name: string;
}

export interface DayInfo {
  workday: boolean;
  name: string;
  source: 'override' | 'official' | 'weekday';
}

const OFFICIAL: { holidays: Record<string, string>; workdays: Record<string, string> } = official;

/** "National Day,国庆节,3" → "国庆节". */
function chineseName(entry: string): string {
  return entry.split(',')[1] ?? entry;
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (2027-02-30 is not). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export class WorkCalendar {
  private readonly overrides: Map<string, CalendarDay>;
  /** Running count of working days from `firstDay` (a day number), for workdaysBetween. */
  private firstDay = 0;
  private counts: number[] = [];

  constructor(overrides: CalendarDay[] = []) {
    this.overrides = new Map(overrides.map((d) => [d.date, d]));
  }

  day(date: string): DayInfo {
    const override = this.overrides.get(date);
    if (override) return { workday: override.kind === 'workday', name: override.name, source: 'override' };
    if (OFFICIAL.holidays[date]) return { workday: false, name: chineseName(OFFICIAL.holidays[date]), source: 'official' };
    if (OFFICIAL.workdays[date]) return { workday: true, name: `${chineseName(OFFICIAL.workdays[date])}调休`, source: 'official' };
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    return { workday: weekday !== 0 && weekday !== 6, name: '', source: 'weekday' };
  }

  isWorkday(date: string): boolean {
    return this.day(date).workday;
  }

  /** The n-th working day after `start` (the start day itself does not count). */
  addWorkdays(start: string, n: number): string {
    let date = start;
    for (let counted = 0; counted < n; ) {
      date = nextDate(date);
      if (this.isWorkday(date)) counted++;
    }
    return date;
  }

  /** Working days in (from, to]; negative when `to` is before `from`. */
  workdaysBetween(from: string, to: string): number {
    return this.workdaysThrough(dayNumber(to)) - this.workdaysThrough(dayNumber(from));
  }

  /**
   * Working days from the start of the counted range through `day` (a day number). The range grows as asked, a year
   * at a time, so a list of 100k deadlines costs a few hundred day checks, not one walk per row.
   */
  private workdaysThrough(day: number): number {
    if (this.counts.length === 0 || day < this.firstDay) this.countFrom(day - 366, this.counts.length ? this.firstDay + this.counts.length - 1 : day + 366);
    while (day >= this.firstDay + this.counts.length) this.countFrom(this.firstDay, this.firstDay + this.counts.length + 366);
    return this.counts[day - this.firstDay];
  }

  private countFrom(first: number, last: number): void {
    const counts: number[] = [];
    let total = 0;
    for (let day = first; day <= last; day++) {
      if (this.isWorkday(dateOfDay(day))) total++;
      counts.push(total);
    }
    this.firstDay = first;
    this.counts = counts;
  }

  /** Whether the official data or an override says anything about this year (else only weekends are known). */
  knowsYear(year: number): boolean {
    const prefix = `${year}-`;
    return (
      Object.keys(OFFICIAL.holidays).some((d) => d.startsWith(prefix)) ||
      [...this.overrides.keys()].some((d) => d.startsWith(prefix))
    );
  }

  /** Holidays and 调休 days of a year, official and overridden, in date order. */
  specialDays(year: number): (CalendarDay & { source: DayInfo['source'] })[] {
    const prefix = `${year}-`;
    const dates = new Set(
      [...Object.keys(OFFICIAL.holidays), ...Object.keys(OFFICIAL.workdays), ...this.overrides.keys()].filter((d) => d.startsWith(prefix)),
    );
    return [...dates].sort().map((date) => {
      const info = this.day(date);
      return { date, kind: info.workday ? 'workday' : 'holiday', name: info.name, source: info.source };
    });
  }
}

/** Days since 1970-01-01 of a YYYY-MM-DD date, and back. */
function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / 86_400_000;
}
function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

export interface Deadline {
  /** Last working day to finish on. */
  dueDate: string;
  /** Working days from today to the due date; 0 on the due date, negative once overdue. */
  workdaysLeft: number;
  overdue: boolean;
}

/** 办理时限: `days` working days counted from the day after `startDate`. */
export function deadlineOf(startDate: string, days: number, today: string, calendar: WorkCalendar): Deadline {
  const dueDate = calendar.addWorkdays(startDate, days);
  const workdaysLeft = calendar.workdaysBetween(today, dueDate);
  return { dueDate, workdaysLeft, overdue: today > dueDate };
}
