// Calendar arithmetic on plain year/month/day numbers. Date.UTC is used only as a calculator:
// nothing here reads the machine's clock.

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Month number (1-12) of a full or abbreviated month name ("Dec", "Sept."), or 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key.length < 3) return 0;
  const index = MONTHS.findIndex((m) => m === key || (key.length >= 3 && m.startsWith(key) && (key.length === 3 || key === 'sept')));
  return index + 1;
}

export function weekdayNumber(name: string): number {
  return WEEKDAYS.indexOf(name.toLowerCase());
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(d: CalendarDate): boolean {
  return d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

export function parseIsoDate(value: string): CalendarDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = { year: +m[1], month: +m[2], day: +m[3] };
  return isValidDate(d) ? d : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(d: CalendarDate): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function weekdayOf(d: CalendarDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

export function monthRange(year: number, month: number, fromDay = 1, toDay = daysInMonth(year, month)) {
  return { start: formatDate({ year, month, day: fromDay }), end: formatDate({ year, month, day: Math.min(toDay, daysInMonth(year, month)) }) };
}

/** ISO week ("2025-W11") of a date. */
export function isoWeek(d: CalendarDate): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const dayOfYear = Math.round((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(thursday.year, 0, 1)) / 86400000);
  return `${thursday.year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

/** Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): CalendarDate {
  const jan4 = { year, month: 1, day: 4 };
  const mondayWeek1 = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(mondayWeek1, (week - 1) * 7);
}

export interface Range {
  start: string;
  end: string;
}

const SEASON_MONTHS: Record<string, [number, number, number, number]> = {
  SP: [3, 20, 6, 20],
  SU: [6, 21, 9, 22],
  FA: [9, 23, 12, 20],
  WI: [12, 21, 3, 19],
};

/** The inclusive calendar range of a TIMEX3 date value, when it has one ("2025-Q3", "1998-SU", "199X" has none). */
export function rangeOfValue(value: string): Range | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) {
    const d = parseIsoDate(`${m[1]}-${m[2]}-${m[3]}`);
    return d ? { start: formatDate(d), end: formatDate(d) } : undefined;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return monthRange(+m[1], +m[2]);
  if ((m = /^(\d{4})$/.exec(value))) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = (+m[2] - 1) * 3 + 1;
    return { start: monthRange(+m[1], first).start, end: monthRange(+m[1], first + 2).end };
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return m[2] === '1' ? { start: `${m[1]}-01-01`, end: `${m[1]}-06-30` } : { start: `${m[1]}-07-01`, end: `${m[1]}-12-31` };
  if ((m = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value))) {
    const monday = mondayOfIsoWeek(+m[1], +m[2]);
    return m[3] ? { start: formatDate(addDays(monday, 5)), end: formatDate(addDays(monday, 6)) } : { start: formatDate(monday), end: formatDate(addDays(monday, 6)) };
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const [m1, d1, m2, d2] = SEASON_MONTHS[m[2]];
    const year = +m[1];
    return { start: formatDate({ year, month: m1, day: d1 }), end: formatDate({ year: m[2] === 'WI' ? year + 1 : year, month: m2, day: d2 }) };
  }
  if ((m = /^(\d{3})X?$/.exec(value))) return { start: `${m[1]}0-01-01`, end: `${m[1]}9-12-31` };
  return undefined;
}

/** A date value moved by whole years, keeping its granularity ("1989-Q3" - 1 → "1988-Q3"). */
export function shiftValueByYears(value: string, years: number): string | undefined {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return undefined;
  const rest = m[2];
  const year = +m[1] + years;
  if (/^-\d{2}-\d{2}/.test(rest)) {
    const month = +rest.slice(1, 3);
    const day = Math.min(+rest.slice(4, 6), daysInMonth(year, month));
    return formatDate({ year, month, day }) + rest.slice(6);
  }
  return String(year).padStart(4, '0') + rest;
}
