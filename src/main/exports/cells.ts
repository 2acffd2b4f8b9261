import dayjs from 'dayjs';
import type { ColumnType } from '../../shared/exports/lists';

/**
 * A cell as Excel should hold it. Dates become Date values carrying the workstation's wall-clock time (Excel has no
 * time zones, so the serial must read as the local time the screen shows); everything else stays as given.
 */
export function excelValue(type: ColumnType, value: string | number | null): string | number | Date | null {
  if (value === null || value === '') return null;
  if (type === 'date' || type === 'datetime') {
    const local = dayjs(value);
    if (!local.isValid()) return String(value);
    return new Date(Date.UTC(local.year(), local.month(), local.date(), local.hour(), local.minute(), local.second()));
  }
  if (type === 'number') return typeof value === 'number' ? value : Number(value);
  return String(value);
}

export const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = { code: '@', date: 'yyyy-mm-dd', datetime: 'yyyy-mm-dd hh:mm' };

/** A CSV field: dates as the screen shows them, quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(type: ColumnType, value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (value !== null && (type === 'date' || type === 'datetime')) {
    text = dayjs(value).format(type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DD HH:mm');
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
