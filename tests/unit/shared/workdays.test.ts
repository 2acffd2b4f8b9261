import { describe, expect, it } from 'vitest';
import { deadlineOf, WorkCalendar } from '../../../src/shared/calendar/workdays';

const calendar = new WorkCalendar();

describe('working-day calendar (State Council data via chinese-days)', () => {
  it('knows holidays and 调休 working weekends', () => {
    expect(calendar.day('2026-10-01')).toEqual({ workday: false, name: '国庆节', source: 'official' });
    expect(calendar.day('2026-10-10')).toEqual({ workday: true, name: '国庆节调休', source: 'official' });
    expect(calendar.day('2026-10-09')).toMatchObject({ workday: true, source: 'weekday' });
    expect(calendar.day('2026-11-28')).toMatchObject({ workday: false, source: 'weekday' });
  });

  it('counts 初审’s 5 working days across 国庆 and its 调休 Saturday', () => {
    // Submitted Tue 29 Sep: 30 Sep (1), 1–7 Oct off, 8 Oct (2), 9 Oct (3), Sat 10 Oct 调休 (4), Mon 12 Oct (5).
    expect(calendar.addWorkdays('2026-09-29', 5)).toBe('2026-10-12');
    expect(deadlineOf('2026-09-29', 5, '2026-10-08', calendar)).toEqual({ dueDate: '2026-10-12', workdaysLeft: 3, overdue: false });
    expect(deadlineOf('2026-09-29', 5, '2026-10-12', calendar)).toEqual({ dueDate: '2026-10-12', workdaysLeft: 0, overdue: false });
    expect(deadlineOf('2026-09-29', 5, '2026-10-14', calendar)).toEqual({ dueDate: '2026-10-12', workdaysLeft: -2, overdue: true });
  });

  it('lets overrides decide a year the data does not cover', () => {
    expect(calendar.knowsYear(2027)).toBe(false);
    expect(calendar.isWorkday('2027-01-01')).toBe(true);
    const adjusted = new WorkCalendar([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-02', kind: 'workday', name: '元旦调休' },
    ]);
    expect(adjusted.knowsYear(2027)).toBe(true);
    expect(adjusted.isWorkday('2027-01-01')).toBe(false);
    expect(adjusted.isWorkday('2027-01-02')).toBe(true);
    expect(adjusted.addWorkdays('2026-12-31', 1)).toBe('2027-01-02');
    expect(adjusted.specialDays(2027).map((d) => d.date)).toEqual(['2027-01-01', '2027-01-02']);
  });
});
