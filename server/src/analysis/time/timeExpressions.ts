import type { Span, TimeExpression, TimexType } from '../types';
import { remembered } from '../memo';
import {
  addDays,
  CalendarDate,
  daysInMonth,
  formatDate,
  formatMonth,
  isoWeek,
  isValidDate,
  monthNumber,
  parseIsoDate,
  rangeOfValue,
  shiftValueByYears,
  weekdayNumber,
  weekdayOf,
} from './calendar';
import { TenseReader, type Tense } from './tense';
import {
  APPROX,
  DAY,
  FIXED_HOLIDAYS,
  MONTH,
  NUMBER,
  numberValue,
  ORDINALS,
  PART_OF_DAY,
  PART_OF_DAY_CODES,
  SEASON,
  SEASON_CODES,
  SPELLED_YEAR,
  spelledYearValue,
  TIME_CUE,
  UNIT,
  UNIT_CODES,
  WEEKDAY,
  YEAR,
} from './vocabulary';

// A rule-based TIMEX3 tagger. Rules propose spans; the longest non-overlapping ones are kept; they are then
// resolved in text order, so that "a year earlier" or "the quarter" can lean on the last date mentioned.
// Without a publication date, values keep their unknowns ("XXXX-12-05") and nothing reads the clock.

interface ResolveContext {
  text: string;
  match: RegExpExecArray;
  /** The publication date. */
  anchor: CalendarDate | null;
  tense: Tense;
  /** The last concrete date value before this expression ("1989-Q3", "1998-10-23"). */
  reference: string | undefined;
  /** The last quarter the text named: financial news compares "a year ago" against it. */
  lastQuarter: string | undefined;
  /** The year of a date named earlier in the same sentence ("last year, … in July and … in October"). */
  sentenceYear: number | undefined;
}

interface Resolution {
  type: TimexType;
  value: string;
  mod?: string;
  /** Computed from the value when omitted. */
  range?: { start: string; end: string };
  /** True when the value rests on the publication date or an earlier date of the text. */
  anchored?: boolean;
  /** Derived from the reference date ("a year earlier"): it does not become the reference itself. */
  derived?: boolean;
}

interface Rule {
  pattern: RegExp;
  /** A cheap test of the whole text: when it fails, the rule cannot match and is skipped. */
  trigger?: RegExp;
  resolve(ctx: ResolveContext): Resolution | null;
  /** Rejects a match before selection (wrong case, a number that is no year, …). */
  accept?(match: RegExpExecArray, text: string): boolean;
}

const g = (ctx: ResolveContext, i: number) => ctx.match[i] ?? '';
const lower = (s: string) => s.toLowerCase();
const pad2 = (n: number) => String(n).padStart(2, '0');
const dateValue = (d: CalendarDate) => formatDate(d);
const yearOf = (s: string): number => (s.startsWith("'") ? (+s.slice(1) < 50 ? 2000 : 1900) + +s.slice(1) : +s);
const weekValue = (d: CalendarDate) => isoWeek(d);

/** Months written capitalised ("May", "Dec."), so that "may" the verb and "march" the noun stay out. */
function monthIsName(monthText: string): boolean {
  return /^\p{Lu}/u.test(monthText);
}

/** The weekend of `base`'s week moved by `step` weeks; "this weekend" in a clause told in the past is the last one. */
function weekend(base: CalendarDate, step: number, ctx: ResolveContext): Resolution {
  const monday = addDays(base, -((weekdayOf(base) + 6) % 7) + 7 * (step === 0 && ctx.tense.direction < 0 ? -1 : step));
  return { type: 'DATE', value: `${weekValue(monday)}-WE`, anchored: true };
}

/** "the year ended Sept. 30": a company's year, named by its end. */
const endsFiscalYear = (match: RegExpExecArray, text: string) => /^\s+(?:ended|ending)\b/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 10));

/** A reference value; `needsAnchor` when a publication date would have resolved it ("yesterday", "next week"). */
function refValue(word: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF', needsAnchor = true): Resolution {
  return { type: 'DATE', value: word, anchored: needsAnchor };
}

/** The year of a month (and day) written without one: the tense says which side of the anchor. */
function yearFor(month: number, day: number, ctx: ResolveContext): number | null {
  const a = ctx.anchor;
  if (!a) return null;
  const t = Date.UTC(a.year, a.month - 1, a.day);
  const at = (year: number) => Date.UTC(year, month - 1, Math.min(day, daysInMonth(year, month)));
  const oneDay = 86400000;
  // A weak tense (a verb ending) moves the date across the publication date only beyond two months. A past
  // tense moves a date only beyond a month: news reports in the past tense on deadlines to come
  // ("the offer was extended to Nov. 16"), while a future tense rarely points at a past date.
  if (ctx.tense.direction > 0) return at(a.year) >= t - (ctx.tense.strong ? 3 : 60) * oneDay ? a.year : a.year + 1;
  if (ctx.tense.direction < 0) return at(a.year) <= t + (ctx.tense.strong ? 30 : 60) * oneDay ? a.year : a.year - 1;
  // No tense: news speaks mostly of the past; a future date only when it is near.
  const past = at(a.year) <= t ? a.year : a.year - 1;
  const future = past + 1;
  return at(future) - t <= 90 * oneDay && at(future) - t < t - at(past) ? future : past;
}

function monthDay(ctx: ResolveContext, monthText: string, dayText: string, toDayText: string, yearText: string): Resolution | null {
  if (!monthIsName(monthText)) return null;
  const month = monthNumber(monthText);
  const day = parseInt(dayText, 10);
  // February 29 exists in some year; February 30 in none.
  if (!month || day > daysInMonth(2000, month)) return null;
  const toDay = toDayText ? parseInt(toDayText, 10) : undefined;
  const year = yearText ? yearOf(yearText) : yearFor(month, day, ctx);
  if (year === null) return { type: 'DATE', value: `XXXX-${pad2(month)}-${pad2(day)}`, anchored: true };
  const d = { year, month, day };
  if (!isValidDate(d)) return null;
  const end = toDay !== undefined && toDay > day ? { year, month, day: Math.min(toDay, daysInMonth(year, month)) } : d;
  return { type: 'DATE', value: dateValue(d), range: { start: dateValue(d), end: dateValue(end) }, anchored: !yearText };
}

function partRange(part: string, start: string, end: string): { mod: string; range: { start: string; end: string } } {
  const mod = partMod(part);
  // A year splits into January–April, May–August, September–December, as "early 2025" is meant.
  if (start.endsWith('-01-01') && end.endsWith('-12-31') && start.slice(0, 4) === end.slice(0, 4)) {
    const y = start.slice(0, 4);
    const bounds: Record<string, [string, string]> = { START: ['01-01', '04-30'], MID: ['05-01', '08-31'], END: ['09-01', '12-31'] };
    return { mod, range: { start: `${y}-${bounds[mod][0]}`, end: `${y}-${bounds[mod][1]}` } };
  }
  // Otherwise thirds of the period, in whole days.
  const day = 86400000;
  const s = Date.parse(start) / day;
  const e = Date.parse(end) / day;
  const length = e - s + 1;
  const iso = (d: number) => new Date(d * day).toISOString().slice(0, 10);
  const firstEnd = s + Math.floor(length / 3) - 1;
  const lastStart = e - Math.floor(length / 3) + 1;
  if (mod === 'START') return { mod, range: { start, end: iso(firstEnd) } };
  if (mod === 'MID') return { mod, range: { start: iso(firstEnd + 1), end: iso(lastStart - 1) } };
  return { mod, range: { start: iso(lastStart), end } };
}

function withPart(part: string, resolution: Resolution | null): Resolution | null {
  if (!resolution || !part) return resolution;
  const range = resolution.range ?? rangeOfValue(resolution.value);
  if (!range) return { ...resolution, mod: partMod(part) };
  const month = /^\d{4}-\d{2}$/.test(resolution.value);
  if (month) {
    // Months split at the 10th and 20th, as people mean "early/mid/late December".
    const [y, m] = resolution.value.split('-').map(Number);
    const last = daysInMonth(y, m);
    const mod = partMod(part);
    const days: Record<string, [number, number]> = { START: [1, 10], MID: [11, 20], END: [21, last] };
    const [a, b] = days[mod];
    return { ...resolution, mod, range: { start: formatDate({ year: y, month: m, day: a }), end: formatDate({ year: y, month: m, day: b }) } };
  }
  const { mod, range: r } = partRange(part, range.start, range.end);
  return { ...resolution, mod, range: r };
}

function partMod(part: string): string {
  const p = lower(part);
  if (p.startsWith('early') || p.includes('beginning') || p.includes('start')) return 'START';
  if (p.startsWith('mid') || p.includes('middle')) return 'MID';
  return 'END';
}

function shiftMonths(year: number, month: number, delta: number): [number, number] {
  const index = year * 12 + (month - 1) + delta;
  return [Math.floor(index / 12), (index % 12) + 1];
}

const quarterOf = (d: CalendarDate) => Math.floor((d.month - 1) / 3) + 1;

/** The quarter a text most likely means by "the quarter": the last one it named, else the last completed one. */
function referenceQuarter(ctx: ResolveContext): string | null {
  if (ctx.reference && /^\d{4}-Q\d$/.test(ctx.reference)) return ctx.reference;
  if (!ctx.anchor) return null;
  const q = quarterOf(ctx.anchor);
  return q === 1 ? `${ctx.anchor.year - 1}-Q4` : `${ctx.anchor.year}-Q${q - 1}`;
}

/** A date moved by a count of units from a base value, at the granularity of the unit. */
function shiftFrom(base: CalendarDate, n: number, unit: string): string | null {
  if (!Number.isFinite(n) || n !== Math.floor(n)) return null;
  switch (unit) {
    case 'year':
      return String(base.year + n);
    case 'decade':
      return String(base.year + 10 * n);
    case 'month': {
      const [y, m] = shiftMonths(base.year, base.month, n);
      return formatMonth(y, m);
    }
    case 'week':
    case 'fortnight':
      return weekValue(addDays(base, 7 * n * (unit === 'fortnight' ? 2 : 1)));
    case 'day':
      return dateValue(addDays(base, n));
    case 'quarter': {
      const [y, m] = shiftMonths(base.year, base.month, 3 * n);
      return `${y}-Q${Math.floor((m - 1) / 3) + 1}`;
    }
    default:
      return null;
  }
}

function durationValue(n: number, unit: string): string {
  const code = UNIT_CODES[unit];
  if (!Number.isFinite(n)) return code.time ? `PTX${code.code}` : `PX${code.code}`;
  if (unit === 'decade') return `P${n * 10}Y`;
  if (unit === 'century') return `P${n * 100}Y`;
  if (unit === 'fortnight') return `P${n * 2}W`;
  const whole = Math.floor(n);
  const fraction = n - whole;
  if (fraction === 0) return code.time ? `PT${n}${code.code}` : `P${n}${code.code}`;
  // Fractions go to the next smaller unit: 2 1/2 years is P2Y6M, 5 1/2 hours PT5H30M.
  const smaller: Record<string, [string, number, boolean]> = { year: ['M', 12, false], month: ['D', 30, false], week: ['D', 7, false], day: ['H', 24, true], hour: ['M', 60, true], minute: ['S', 60, true], quarter: ['M', 3, false] };
  const [next, per, nextIsTime] = smaller[unit] ?? ['', 0, false];
  const rest = Math.round(fraction * per);
  const head = code.time ? `PT${whole ? whole + code.code : ''}` : `P${whole ? whole + code.code : ''}`;
  if (!next) return `${head}`;
  return nextIsTime && !code.time ? `${head}T${rest}${next}` : `${head}${rest}${next}`;
}

const unitOf = (s: string) => lower(s).replace(/s$/, '').replace(/^centurie$/, 'century');

function weekdayDate(ctx: ResolveContext, weekday: number, which: string): CalendarDate | null {
  const a = ctx.anchor;
  if (!a) return null;
  const w = lower(which);
  const current = weekdayOf(a);
  let delta = weekday - current;
  if (w === 'last') {
    if (delta >= 0) delta -= 7;
  } else if (w === 'next' || w === 'coming') {
    if (delta <= 0) delta += 7;
  } else if (w === 'this') {
    // "this Friday": the one of the current week, else the coming one.
    if (delta < 0 && ctx.tense.direction > 0) delta += 7;
  } else if (delta !== 0) {
    // Unmarked weekdays in news are the past week's unless the sentence looks ahead.
    if (ctx.tense.direction > 0) {
      if (delta < 0) delta += 7;
    } else if (delta > 0) delta -= 7;
  }
  return addDays(a, delta);
}

function holidayDate(name: string, year: number): CalendarDate | null {
  const n = lower(name).replace(/\s+/g, ' ').replace(/’/g, "'");
  const nthWeekday = (month: number, weekday: number, nth: number) => {
    const first = { year, month, day: 1 };
    const offset = (weekday - weekdayOf(first) + 7) % 7;
    if (nth > 0) return addDays(first, offset + 7 * (nth - 1));
    const last = { year, month, day: daysInMonth(year, month) };
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7));
  };
  if (n.startsWith('thanksgiving')) return nthWeekday(11, 4, 4);
  if (n.startsWith('memorial day')) return nthWeekday(5, 1, -1);
  if (n.startsWith('labor day')) return nthWeekday(9, 1, 1);
  if (n.startsWith('election day')) return addDays(nthWeekday(11, 1, 1), 1);
  if (n.startsWith('easter')) return easterSunday(year);
  const fixed = FIXED_HOLIDAYS[n];
  return fixed ? { year, month: fixed[0], day: fixed[1] } : null;
}

function easterSunday(year: number): CalendarDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const gg = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - gg + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const TIME_ZONE = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|local time))?';
const AMPM = '(a\\.m\\.?|p\\.m\\.?|am\\b|pm\\b)';

function clock(hourText: string, minuteText: string, ampm: string): string | null {
  let hour = parseInt(hourText, 10);
  const minute = minuteText ? parseInt(minuteText, 10) : 0;
  if (hour > 24 || minute > 59) return null;
  const p = lower(ampm);
  if (p.startsWith('p') && hour < 12) hour += 12;
  if (p.startsWith('a') && hour === 12) hour = 0;
  return `T${pad2(hour)}:${pad2(minute)}`;
}

/** The date a time of day belongs to: a weekday or day word after it, else the publication date. */
function dayFor(ctx: ResolveContext, which: string, dayWord: string): string {
  const w = lower(dayWord);
  if (w && weekdayNumber(w) >= 0) {
    const d = weekdayDate(ctx, weekdayNumber(w), which);
    return d ? dateValue(d) : `XXXX-WXX-${weekdayNumber(w) || 7}`;
  }
  // A bare time of day belongs to the day the narrative last named, else to the publication date.
  if (!w && ctx.reference && /^\d{4}-\d{2}-\d{2}$/.test(ctx.reference)) return ctx.reference;
  if (!ctx.anchor) return 'XXXX-XX-XX';
  return dateValue(addDays(ctx.anchor, w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0));
}

const RULES: Rule[] = [
  // 2025-12-05
  {
    trigger: /\d{4}-\d\d-\d\d/,
    pattern: new RegExp(`\\b(\\d{4})-(0[1-9]|1[0-2])-([0-2]\\d|3[01])\\b`, 'g'),
    resolve: (ctx) => {
      const d = parseIsoDate(ctx.match[0]);
      return d ? { type: 'DATE', value: dateValue(d) } : null;
    },
  },
  // (Monday,) December 5(-6)(, 2025) · (early) Dec. 5
  {
    pattern: new RegExp(`\\b(?:(${WEEKDAY}),?\\s+)?(${MONTH})\\s+(${DAY})(?:\\s*[-–]\\s*(${DAY}))?(?:,?\\s+(${YEAR}))?(?!\\d|:\\d)`, 'gi'),
    resolve: (ctx) => monthDay(ctx, g(ctx, 2), g(ctx, 3), g(ctx, 4), g(ctx, 5)),
  },
  // 5(-6) December (2025) · the 5th of December
  {
    pattern: new RegExp(`\\b(?:(?:${WEEKDAY}),?\\s+)?(?:the\\s+)?(${DAY})(?:\\s*[-–]\\s*(${DAY}))?\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(${YEAR}))?\\b`, 'gi'),
    resolve: (ctx) => monthDay(ctx, g(ctx, 3), g(ctx, 1), g(ctx, 2), g(ctx, 4)),
  },
  // (early) December 2025, December of 1998, January nineteen ninety-seven
  {
    pattern: new RegExp(`\\b(?:(early|mid|late|the (?:beginning|start|middle|end) of)[- ]?)?(${MONTH})\\s+(?:of\\s+)?(${YEAR}|${SPELLED_YEAR})\\b`, 'gi'),
    resolve: (ctx) => {
      if (!monthIsName(g(ctx, 2))) return null;
      const month = monthNumber(g(ctx, 2));
      const yearText = g(ctx, 3);
      const year = /^\d|'/.test(yearText) ? yearOf(yearText) : spelledYearValue(yearText);
      return withPart(g(ctx, 1), { type: 'DATE', value: formatMonth(year, month) });
    },
  },
  // the week of March 6
  {
    trigger: /week of/i,
    pattern: new RegExp(`\\bthe\\s+week\\s+of\\s+(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?\\b`, 'gi'),
    resolve: (ctx) => {
      const day = monthDay(ctx, g(ctx, 1), g(ctx, 2), '', g(ctx, 3));
      const d = day && parseIsoDate(day.value);
      return d ? { type: 'DATE', value: weekValue(d), anchored: day.anchored } : null;
    },
  },
  // last year's July summit
  {
    trigger: /year['’]s/i,
    pattern: new RegExp(`\\b(last|this|next)\\s+year['’]s\\s+(${MONTH})\\b`, 'gi'),
    resolve: (ctx) => {
      if (!monthIsName(g(ctx, 2))) return null;
      const month = monthNumber(g(ctx, 2));
      const a = ctx.anchor;
      if (!a) return { type: 'DATE', value: `XXXX-${pad2(month)}`, anchored: true };
      const step = lower(g(ctx, 1)) === 'last' ? -1 : lower(g(ctx, 1)) === 'next' ? 1 : 0;
      return { type: 'DATE', value: formatMonth(a.year + step, month), anchored: true };
    },
  },
  // October this year, June last year, April next year
  {
    trigger: /(?:this|last|next) year/i,
    pattern: new RegExp(`\\b(?:(early|mid|late)[- ]?)?(${MONTH})\\s+(this|last|next)\\s+year\\b`, 'gi'),
    resolve: (ctx) => {
      if (!monthIsName(g(ctx, 2))) return null;
      const month = monthNumber(g(ctx, 2));
      const a = ctx.anchor;
      if (!a) return { type: 'DATE', value: `XXXX-${pad2(month)}`, anchored: true };
      const step = lower(g(ctx, 3)) === 'last' ? -1 : lower(g(ctx, 3)) === 'next' ? 1 : 0;
      return withPart(g(ctx, 1), { type: 'DATE', value: formatMonth(a.year + step, month), anchored: true });
    },
  },
  // (early/last/next) December, December's
  {
    pattern: new RegExp(`\\b(?:(early|mid|late|last|next|this|the (?:beginning|start|middle|end) of)[- ]?)?(${MONTH})(?![\\w.]*\\s+\\d)\\b`, 'gi'),
    accept: (match, text) => {
      const monthText = match[2];
      if (!monthIsName(monthText) || /\.$/.test(monthText) || /^(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i.test(monthText)) return false;
      if (monthText === 'May' || monthText === 'March') {
        // "May" and "March" are words too: a preposition or modifier must say they are months.
        const before = text.slice(Math.max(0, match.index - 12), match.index);
        return !!match[1] || /\b(in|since|until|till|by|during|of|from|through|early|late|mid|last|next|this|each|every)\s+$/i.test(before);
      }
      return true;
    },
    resolve: (ctx) => {
      const month = monthNumber(g(ctx, 2));
      const which = lower(g(ctx, 1));
      const a = ctx.anchor;
      if (!a) return withPart(g(ctx, 1), { type: 'DATE', value: `XXXX-${pad2(month)}`, anchored: true });
      let year: number;
      if (which === 'last') year = month < a.month ? a.year : a.year - 1;
      else if (which === 'next') year = month > a.month ? a.year : a.year + 1;
      else if (which === 'this') year = a.year;
      else if (ctx.sentenceYear !== undefined) year = ctx.sentenceYear;
      else year = yearFor(month, 15, ctx) ?? a.year;
      const base: Resolution = { type: 'DATE', value: formatMonth(year, month), anchored: true };
      return which === 'last' || which === 'next' || which === 'this' ? base : withPart(g(ctx, 1), base);
    },
  },
  // early 2025, the end of 2024, mid-1990
  {
    trigger: /earl|mid|late|beginning|start|middle|end/i,
    pattern: new RegExp(`\\b(early|mid|late|the (?:beginning|start|middle|end) of)[- ]?(${YEAR})\\b`, 'gi'),
    resolve: (ctx) => withPart(g(ctx, 1), { type: 'DATE', value: String(yearOf(g(ctx, 2))) }),
  },
  // the 1990s, the early 1980s, the '90s
  {
    trigger: /\d'?s\b/,
    pattern: /\b(?:the\s+)?(?:(early|mid|late)[- ])?(?:(1[5-9]\d|20\d)0|'([0-9])0)'?s\b/gi,
    resolve: (ctx) => {
      // "the 1800s" is a century; "the 1990s" a decade.
      if (!g(ctx, 1) && /^\d\d0$/.test(g(ctx, 2)) && /00'?s$/.test(ctx.match[0])) {
        const century = g(ctx, 2).slice(0, 2);
        return { type: 'DATE', value: century, range: { start: `${century}00-01-01`, end: `${century}99-12-31` } };
      }
      const decade = g(ctx, 2) || (+g(ctx, 3) < 3 ? '20' + g(ctx, 3) : '19' + g(ctx, 3));
      return withPart(g(ctx, 1), { type: 'DATE', value: `${decade}X`, range: { start: `${decade}0-01-01`, end: `${decade}9-12-31` } });
    },
  },
  // the 20th century, the 1800s is a decade form above
  {
    trigger: /century/i,
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    resolve: (ctx) => {
      const c = +g(ctx, 1) - 1;
      return { type: 'DATE', value: String(c).padStart(2, '0'), range: { start: `${String(c).padStart(2, '0')}00-01-01`, end: `${String(c).padStart(2, '0')}99-12-31` } };
    },
  },
  // fiscal 1989, the 1988 period, the 1988 quarter, the year 2000
  {
    trigger: /fiscal|calendar|period|quarter|the year/i,
    pattern: new RegExp(`\\b(?:(?:the\\s+)?(?:fiscal|calendar)(?:\\s+year)?\\s+(${YEAR})|the\\s+(${YEAR})\\s+(period|quarter|fiscal\\s+year)|the\\s+year\\s+(${YEAR}|${SPELLED_YEAR}))\\b`, 'gi'),
    resolve: (ctx) => {
      const text = g(ctx, 1) || g(ctx, 2) || g(ctx, 4);
      const year = /^\d|'/.test(text) ? yearOf(text) : spelledYearValue(text);
      // Earnings reports compare a quarter with the same quarter of another year: "the 1988 quarter" is
      // that year's quarter of the one reported, as is "the 1988 period" where a quarter is.
      const unit = lower(g(ctx, 3));
      const quarter = unit === 'quarter' ? referenceQuarter(ctx) : unit === 'period' && ctx.reference && /^\d{4}-Q\d$/.test(ctx.reference) ? ctx.reference : null;
      // A quarter compared with is not the one the next sentences speak of.
      return quarter ? { type: 'DATE', value: `${year}${quarter.slice(4)}`, derived: true } : { type: 'DATE', value: String(year) };
    },
  },
  // 1998 (a bare year, not an amount)
  {
    pattern: new RegExp(`(?<![\\d$€£.,/:-])\\b(1[5-9]\\d\\d|20\\d\\d)\\b(?![\\d%/]|[.,]\\d|-(?:\\d|year|month|day|old)|\\s*(?:million|billion|tonnes|people|km|kg|metres|meters|per cent|percent|points|votes|troops|dollars|euros|pounds|shares|acres|feet|miles|yards|members|cars|units|barrels|jobs|deaths|cases|[ap]\\.?m\\b|(?:GMT|UTC|EST|EDT|CET|CEST|BST|hrs|hours|local time)\\b))`, 'g'),
    accept: (match, text) => {
      const year = +match[1];
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      const preposition = /\b(?:in|since|by|of|from|until|till|during|before|after|to|through|year|fiscal|early|late|mid|and|or|between|the|its|their|his|her|last|this)\s+$/i.test(before);
      // "1500 passengers": a count before a plural noun, unless a preposition makes it a year.
      if (!preposition && /^\s+[a-z]+s\b/.test(text.slice(match.index + 4, match.index + 24))) return false;
      return year >= 1800 || preposition;
    },
    resolve: (ctx) => ({ type: 'DATE', value: g(ctx, 1) }),
  },
  // nineteen ninety-six (broadcast transcripts)
  {
    trigger: /nineteen|twenty|thousand/i,
    pattern: new RegExp(`(?<=\\b(?:in|since|of|from|until|by)\\s+)(${SPELLED_YEAR})\\b`, 'gi'),
    resolve: (ctx) => ({ type: 'DATE', value: String(spelledYearValue(g(ctx, 1))) }),
  },
  // (last/this/next/early) summer (of 1994), the winter of nineteen ninety-four
  {
    trigger: /spring|summer|fall|autumn|winter/i,
    pattern: new RegExp(`\\b(?:(last|this|next|early|late|the early|the late|this past|that)\\s+)?(${SEASON})(?:\\s+(?:of\\s+)?(${YEAR}|${SPELLED_YEAR}))?\\b`, 'gi'),
    accept: (match, text) => !!(match[1] || match[3]) || /\b(in|during|since|until|by|over|through|this|last|next)\s+$/i.test(text.slice(Math.max(0, match.index - 10), match.index)),
    resolve: (ctx) => {
      const which = lower(g(ctx, 1)).replace(/^the /, '');
      const code = SEASON_CODES[lower(g(ctx, 2))];
      const yearText = g(ctx, 3);
      const a = ctx.anchor;
      let year: number | null = yearText ? (/^\d|'/.test(yearText) ? yearOf(yearText) : spelledYearValue(yearText)) : null;
      if (year === null && a && code === 'WI') {
        // Winter Y runs from December Y into March Y+1.
        const inWinter = a.month === 12 || a.month <= 3;
        const current = a.month === 12 ? a.year : a.month <= 3 ? a.year - 1 : a.year;
        if (which === 'last' || which === 'this past') year = current - 1;
        else if (which === 'next') year = inWinter ? current + 1 : current;
        else year = ctx.tense.direction < 0 && !inWinter ? current - 1 : current;
      }
      if (year === null && a) {
        // Seasons in calendar order within a year: winter (its January–March part) first.
        const seasonIndex = ['WI', 'SP', 'SU', 'FA'].indexOf(code);
        const anchorSeason = a.month === 12 ? 4 : Math.floor((a.month - 1) / 3);
        if (which === 'last' || which === 'this past') year = seasonIndex < anchorSeason ? a.year : a.year - 1;
        else if (which === 'next') year = seasonIndex > anchorSeason ? a.year : a.year + 1;
        else if (which === 'this' || which === 'that' || which === '') year = ctx.tense.direction < 0 && seasonIndex > anchorSeason ? a.year - 1 : ctx.tense.direction > 0 && seasonIndex < anchorSeason ? a.year + 1 : a.year;
        else year = a.year;
      }
      const base: Resolution = { type: 'DATE', value: year === null ? `XXXX-${code}` : `${year}-${code}`, anchored: !yearText };
      return which === 'early' || which === 'late' ? withPart(which, base) : base;
    },
  },
  // the third quarter (of 1989), third-quarter, fiscal second-quarter, next year's first quarter, the 1988 third quarter
  {
    trigger: /quarter|half/i,
    pattern: new RegExp(`\\b(?:(?:the|last|next)\\s+(?=(?:\\w+\\s+)?(?:\\d{4}\\s+)?(?:fiscal\\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\\s))?(?:(?:flat|weak|strong|same|latest|current|fiscal|calendar|comparable)\\s+)?(?:(last|this|next)\\s+year's\\s+)?(?:(${YEAR})\\s+)?(?:fiscal\\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(quarter|half)s?\\b(?:\\s+of\\s+(?:fiscal\\s+)?(${YEAR}|this year|next year|last year|the year))?`, 'gi'),
    resolve: (ctx) => {
      const n = ORDINALS[lower(g(ctx, 3))];
      const half = lower(g(ctx, 4)) === 'half';
      if (half && n > 2) return null;
      const a = ctx.anchor;
      const relative = lower(g(ctx, 1) || g(ctx, 5).replace(/ year$/, ''));
      let year: number | null = null;
      if (g(ctx, 2)) year = yearOf(g(ctx, 2));
      else if (/^\d|'/.test(g(ctx, 5))) year = yearOf(g(ctx, 5));
      else if (a && relative === 'last') year = a.year - 1;
      else if (a && relative === 'next') year = a.year + 1;
      else if (a && (relative === 'this' || relative === 'the')) year = a.year;
      else if (ctx.reference && /^\d{4}/.test(ctx.reference) && !a) year = +ctx.reference.slice(0, 4);
      else if (a) {
        const current = half ? (a.month <= 6 ? 1 : 2) : quarterOf(a);
        year = n <= current || ctx.tense.direction < 0 ? a.year : a.year - (ctx.tense.direction > 0 ? 0 : 1);
        if (n > current && ctx.tense.direction > 0) year = a.year;
      }
      const code = half ? `H${n}` : `Q${n}`;
      return { type: 'DATE', value: year === null ? `XXXX-${code}` : `${year}-${code}`, anchored: !g(ctx, 2) && !/^\d/.test(g(ctx, 5)) };
    },
  },
  // Q3 2025, Q3, 3Q
  {
    trigger: /Q[1-4]|[1-4]Q/,
    pattern: new RegExp(`\\b(?:Q([1-4])|([1-4])Q)(?:\\s+|['’]|\\s+of\\s+)?(${YEAR})?\\b`, 'g'),
    resolve: (ctx) => {
      const n = +(g(ctx, 1) || g(ctx, 2));
      const a = ctx.anchor;
      const year = g(ctx, 3) ? yearOf(g(ctx, 3)) : a ? (n <= quarterOf(a) ? a.year : a.year - 1) : null;
      return { type: 'DATE', value: year === null ? `XXXX-Q${n}` : `${year}-Q${n}`, anchored: !g(ctx, 3) };
    },
  },
  // the latter half, the second half of the year, the first half of next year
  {
    trigger: /half/i,
    pattern: new RegExp(`\\b(?:the\\s+)?(latter|former|back|front|first|second)\\s+half(?:\\s+of\\s+(?:the\\s+year|(this|next|last)\\s+year|(${YEAR})))?\\b`, 'gi'),
    resolve: (ctx) => {
      const which = lower(g(ctx, 1));
      const n = which === 'first' || which === 'former' || which === 'front' ? 1 : 2;
      const a = ctx.anchor;
      const rel = lower(g(ctx, 2));
      const year = g(ctx, 3) ? +g(ctx, 3) : a ? a.year + (rel === 'next' ? 1 : rel === 'last' ? -1 : 0) : null;
      return { type: 'DATE', value: year === null ? `XXXX-H${n}` : `${year}-H${n}`, anchored: !g(ctx, 3) };
    },
  },
  // the quarter, the latest quarter, the current quarter, that quarter, the period, the latest period
  {
    trigger: /quarter|period|fiscal year/i,
    pattern: /\b(the|that|this|its|the latest|the current|the most recent|the recent|the past|the last|the same|the previous|the prior)\s+(quarter|period|fiscal year)\b(?!\s*(?:of|'s))/gi,
    resolve: (ctx) => {
      const which = lower(g(ctx, 1));
      const unit = lower(g(ctx, 2));
      const a = ctx.anchor;
      if (unit === 'fiscal year') return a ? { type: 'DATE', value: String(a.year), anchored: true } : null;
      if (which === 'the current' || which === 'this') return a ? { type: 'DATE', value: `${a.year}-Q${quarterOf(a)}`, anchored: true } : null;
      if (which === 'the past' || which === 'the last') return unit === 'quarter' ? { type: 'DURATION', value: 'P1Q' } : null;
      if (unit === 'period' && ctx.reference && !/^\d{4}-Q\d$/.test(ctx.reference)) return null;
      const q = referenceQuarter(ctx);
      if (!q) return null;
      if (which === 'the previous' || which === 'the prior') {
        const [y, n] = [+q.slice(0, 4), +q.slice(-1)];
        return { type: 'DATE', value: n === 1 ? `${y - 1}-Q4` : `${y}-Q${n - 1}`, anchored: true };
      }
      return { type: 'DATE', value: q, anchored: true };
    },
  },
  // the year-earlier quarter, the year-ago period, year-earlier, last year's quarter, the same period last year
  {
    trigger: /year[- ](?:earlier|ago)|prior|previous|year['’]s|same|corresponding|comparable/i,
    pattern: /\b(?:the\s+(?=(?:comparable\s+|same\s+|corresponding\s+)?(?:(?:year[- ](?:earlier|ago)|prior[- ]year|previous[- ]year)\s+(?:(?:first|second|third|fourth)[- ])?(?:quarter|period)\b|(?:same|corresponding|comparable)\s+(?:quarter|period)\s)))?(?:comparable\s+|same\s+|corresponding\s+)?(?:(?:year[- ](?:earlier|ago)|prior[- ]year|previous[- ]year)(?:\s+(?:(first|second|third|fourth)[- ])?(quarter|period))?|last\s+year's\s+(quarter|period)|(?:same|corresponding|comparable)\s+(quarter|period)\s+(?:a\s+year\s+(?:earlier|ago)|last\s+year|of\s+last\s+year))\b/gi,
    resolve: (ctx) => {
      const quarterWord = g(ctx, 2) || g(ctx, 3) || g(ctx, 4);
      const ordinal = g(ctx, 1);
      let base = ctx.reference;
      if (ordinal && ctx.anchor) base = `${ctx.anchor.year}-Q${ORDINALS[lower(ordinal)]}`;
      else if ((quarterWord === 'quarter' || !base) && !(base && /Q\d$/.test(base))) base = referenceQuarter(ctx) ?? undefined;
      if (!base) return null;
      const shifted = shiftValueByYears(base, -1);
      return shifted ? { type: 'DATE', value: shifted, anchored: true, derived: true } : null;
    },
  },
  // the end of the year, year-end, the end of last year
  {
    trigger: /beginning|start|middle|end/i,
    pattern: /\b(?:(?:the\s+)?(beginning|start|middle|end)\s+of\s+(?:the|this|(last|next))\s+(year|month|week|decade)|(year)[- ]end|(year)'s\s+end)\b/gi,
    resolve: (ctx) => {
      const a = ctx.anchor;
      const unit = lower(g(ctx, 3) || 'year');
      const step = lower(g(ctx, 2)) === 'last' ? -1 : lower(g(ctx, 2)) === 'next' ? 1 : 0;
      const part = g(ctx, 1) ? `the ${lower(g(ctx, 1))} of` : 'late';
      if (!a) return { type: 'DATE', value: 'XXXX', mod: partMod(part), anchored: true };
      const value = unit === 'year' ? String(a.year + step) : unit === 'month' ? shiftFrom(a, step, 'month') : unit === 'week' ? shiftFrom(a, step, 'week') : `${String(a.year).slice(0, 3)}X`;
      return withPart(part, value ? { type: 'DATE', value, anchored: true } : null);
    },
  },
  // last year, this month, next week, the following year, the past year (a duration)
  {
    pattern: /\b(last|this|next|the last|the past|the previous|the prior|the coming|the current|the following|the same|that)\s+(year|month|week|weekend|decade|century|quarter)\b/gi,
    resolve: (ctx) => {
      const which = lower(g(ctx, 1)).replace(/^the /, '');
      const unit = lower(g(ctx, 2));
      if (which === 'past' || which === 'coming') return unit === 'weekend' ? null : { type: 'DURATION', value: durationValue(1, unit) };
      if (unit === 'century' && which === 'this') return { type: 'DURATION', value: 'P100Y' };
      const fromReference = which === 'following' || which === 'same' || which === 'that' || which === 'previous' || which === 'prior';
      const step = which === 'last' || which === 'previous' || which === 'prior' ? -1 : which === 'next' || which === 'following' ? 1 : 0;
      const refDate = fromReference && ctx.reference ? parseReferenceDate(ctx.reference) : null;
      const base = refDate ?? ctx.anchor;
      if (!base) return refValue(step < 0 ? 'PAST_REF' : step > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
      if (unit === 'weekend') return weekend(base, step, ctx);
      if (unit === 'decade') return { type: 'DATE', value: `${String(base.year + 10 * step).slice(0, 3)}X`, anchored: true };
      if (unit === 'century') return { type: 'DATE', value: String(Math.floor((base.year - 1) / 100) + step).padStart(2, '0'), anchored: true };
      const value = shiftFrom(base, step, unit);
      return value ? { type: 'DATE', value, anchored: true } : null;
    },
  },
  // over the weekend, ahead of the weekend: the one the clause's tense points to
  {
    trigger: /the weekend/i,
    pattern: /(?<=\b(?:over|during|at|on|for|ahead of|before|after|until|through|by)\s+)the\s+weekend\b/gi,
    resolve: (ctx) => (ctx.anchor ? weekend(ctx.anchor, 0, ctx) : null),
  },
  // the year ended Sept. 30 (a fiscal year: its length); for the year, the full year (the current one)
  {
    trigger: /the\s+(?:full\s+)?year\b/i,
    pattern: /\bthe\s+(full\s+)?year\b(?![-'’]|\s+(?:\d|two|nineteen|before|after|earlier|ago|later|when|that|in which|of\b))/gi,
    accept: (match, text) => {
      if (match[1] || endsFiscalYear(match, text)) return true;
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      // "player of the year" is an award's name.
      if (/\b(?:player|man|woman|person|team|coach|manager|rookie|athlete|footballer|sportsman|sportswoman|goal|book|album|song|car|word|company)s?\s+of\s+$/i.test(before)) return false;
      return /\b(?:for|of|during|throughout|through|in)\s+$/i.test(before);
    },
    resolve: (ctx) => {
      if (endsFiscalYear(ctx.match, ctx.text)) return { type: 'DURATION', value: 'P1Y' };
      return ctx.anchor ? { type: 'DATE', value: String(ctx.anchor.year), anchored: true } : { type: 'DATE', value: 'XXXX', anchored: true };
    },
  },
  // early this week, later this year, earlier this month, late last year
  {
    trigger: /earl|late/i,
    pattern: /\b(early|earlier|late|later)\s+(this|next|last)\s+(year|month|week)\b/gi,
    resolve: (ctx) => {
      const a = ctx.anchor;
      const which = lower(g(ctx, 2));
      const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      if (!a) return refValue(lower(g(ctx, 1)).startsWith('late') && step >= 0 ? 'FUTURE_REF' : step > 0 ? 'FUTURE_REF' : 'PAST_REF');
      const value = shiftFrom(a, step, lower(g(ctx, 3)));
      if (!value) return null;
      const word = lower(g(ctx, 1));
      const range = rangeOfValue(value);
      // "Later this year" runs from the publication date to the year's end; "earlier this year" up to it.
      if (step === 0 && range && (word === 'later' || word === 'earlier')) {
        const today = dateValue(a);
        return { type: 'DATE', value, mod: word === 'later' ? 'AFTER' : 'BEFORE', range: word === 'later' ? { start: today, end: range.end } : { start: range.start, end: today }, anchored: true };
      }
      return withPart(word.startsWith('late') ? 'late' : 'early', { type: 'DATE', value, anchored: true });
    },
  },
  // earlier in the year, later in the month
  {
    trigger: /in the/i,
    pattern: /\b(earlier|later)\s+in\s+the\s+(year|month|week|day)\b/gi,
    resolve: (ctx) => {
      const a = ctx.anchor;
      if (!a) return refValue(lower(g(ctx, 1)) === 'later' ? 'FUTURE_REF' : 'PAST_REF');
      const value = shiftFrom(a, 0, lower(g(ctx, 2)));
      return value ? { type: 'DATE', value, anchored: true } : null;
    },
  },
  // the year, the week, the month (the current one), that day, the same day (the one last named)
  {
    pattern: /\b(?:(?:that|the same|the very same)\s+(day|week|month|year)|(?<![\w-]\s)the\s+(year|week|month))\b(?![- ](?:earlier|ago|before|after|old|long))/gi,
    resolve: (ctx) => {
      const unit = lower(g(ctx, 1) || g(ctx, 2));
      const fromReference = !!g(ctx, 1);
      const base = fromReference && ctx.reference ? parseReferenceDate(ctx.reference) : ctx.anchor;
      if (!base) return null;
      if (fromReference && unit === 'day' && !(ctx.reference && /^\d{4}-\d{2}-\d{2}/.test(ctx.reference))) return null;
      // "For the week" in a market report names a week the corpora leave unresolved.
      if (!fromReference && unit === 'week') return { type: 'DATE', value: `${base.year}-WXX`, anchored: true };
      const value = shiftFrom(base, 0, unit);
      return value ? { type: 'DATE', value, anchored: true, derived: fromReference } : null;
    },
  },
  // two years ago, a decade ago, six weeks ago, more than four decades ago
  {
    trigger: /ago|earlier|before|later|after|from now|hence/i,
    pattern: new RegExp(`\\b(?:(${APPROX})\\s+)?(${NUMBER})\\s+(${UNIT})s?\\s+(ago|earlier|before|later|after|from now|hence)\\b`, 'gi'),
    accept: (match, text) => {
      // "ten days before the shooting", "a day after NATO allies met" date an event, not a time: only when
      // nothing follows.
      const word = lower(match[4]);
      if (word === 'before' || word === 'after') return !/^\s+[\p{L}\p{N}]/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 4));
      return true;
    },
    resolve: (ctx) => {
      const n = numberValue(g(ctx, 2));
      const unit = unitOf(g(ctx, 3));
      const word = lower(g(ctx, 4));
      const backwards = word === 'ago' || word === 'earlier' || word === 'before';
      const fromReference = word !== 'ago' && word !== 'from now' && word !== 'hence';
      const approx = g(ctx, 1);
      if (approx && /more than|over/i.test(approx) && word === 'ago' && Number.isFinite(n)) return { type: 'DURATION', value: durationValue(n, unit) };
      let base: CalendarDate | null = ctx.anchor;
      let baseValue = ctx.anchor ? dateValue(ctx.anchor) : undefined;
      if (fromReference && ctx.reference) {
        base = parseReferenceDate(ctx.reference);
        baseValue = ctx.reference;
      }
      if (!base || !Number.isFinite(n)) return refValue(backwards ? 'PAST_REF' : 'FUTURE_REF');
      // "A year ago" in a report on a quarter is that quarter of the year before.
      if (unit === 'year' && n === 1 && backwards && ctx.lastQuarter) {
        const shifted = shiftValueByYears(ctx.lastQuarter, -1);
        if (shifted) return { type: 'DATE', value: shifted, anchored: true, derived: true };
      }
      if (unit === 'year' && fromReference && baseValue && /^\d{4}(-Q\d|-H\d|-\w\w)?$/.test(baseValue)) {
        const shifted = shiftValueByYears(baseValue, backwards ? -n : n);
        if (shifted) return { type: 'DATE', value: shifted, anchored: true, derived: true };
      }
      const value = shiftFrom(base, backwards ? -n : n, unit);
      return value ? { type: 'DATE', value, anchored: true, derived: fromReference } : refValue(backwards ? 'PAST_REF' : 'FUTURE_REF');
    },
  },
  // the day before yesterday, the day after tomorrow
  {
    trigger: /the day/i,
    pattern: /\bthe\s+day\s+(before\s+yesterday|after\s+tomorrow)\b/gi,
    resolve: (ctx) => {
      if (!ctx.anchor) return refValue(/before/i.test(g(ctx, 1)) ? 'PAST_REF' : 'FUTURE_REF');
      return { type: 'DATE', value: dateValue(addDays(ctx.anchor, /before/i.test(g(ctx, 1)) ? -2 : 2)), anchored: true };
    },
  },
  // yesterday, today, tomorrow, tonight, this morning, yesterday afternoon, last night
  {
    trigger: /yesterday|today|tomorrow|tonight|morning|afternoon|evening|night/i,
    pattern: new RegExp(`\\b(?:(yesterday|today|tomorrow|tonight)(?:\\s+(${PART_OF_DAY}))?|(this|last|tomorrow|yesterday)\\s+(${PART_OF_DAY}))\\b`, 'gi'),
    accept: (match, text) => {
      if (!/^(?:today|tomorrow)$/i.test(match[0])) return true;
      const before = text.slice(Math.max(0, match.index - 24), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 16);
      // "today's youth", "the world of tomorrow": the present age or the future, no day; "USA Today" a title.
      if (/^['’]s\s+(?:youth|young|world|society|generations?|children|kids|teenagers|students|families|culture|technology|standards|personal|consumers|workers|politics|media|music|economy)\b/i.test(after)) return false;
      if (/\b(?:world|people|leaders|generation|children|cit(?:y|ies)|cars?|homes?|schools?|society|technology|stars|champions)\s+of\s+$/i.test(before) && !/^['’]s\b/.test(after)) return false;
      return !(/^T/.test(match[0]) && /\p{Lu}[\p{L}.]*\s+$/u.test(before));
    },
    resolve: (ctx) => {
      const day = lower(g(ctx, 1) || g(ctx, 3));
      const part = lower(g(ctx, 2) || g(ctx, 4));
      const a = ctx.anchor;
      const offset = day === 'yesterday' || (day === 'last' && part === 'night') ? -1 : day === 'tomorrow' ? 1 : 0;
      const code = part ? PART_OF_DAY_CODES[part] : '';
      if (!a) return refValue(offset < 0 ? 'PAST_REF' : offset > 0 ? 'FUTURE_REF' : 'PRESENT_REF');
      const d = dateValue(addDays(a, day === 'last' && part !== 'night' ? -1 : offset));
      return { type: code ? 'TIME' : 'DATE', value: code ? `${d}T${code}` : d, range: { start: d, end: d }, anchored: true };
    },
  },
  // 10:35 a.m. (Friday), 9 a.m. EST Tuesday, 7:15 p.m., noon, midnight
  {
    trigger: /\d\s*[ap]\.?m|noon|midnight|midday/i,
    pattern: new RegExp(`\\b(?:(?:around|about|approximately)\\s+)?(?:(\\d{1,2})(?::(\\d{2}))?\\s*${AMPM}|(noon|midnight|midday))${TIME_ZONE}(?:,?\\s+(?:on\\s+)?(?:(last|next|this)\\s+)?(${WEEKDAY}|today|yesterday|tomorrow))?`, 'gi'),
    accept: (match, text) => !/^Noon|^Midnight/.test(match[4] ?? '') && !/high\s+$/i.test(text.slice(Math.max(0, match.index - 5), match.index)),
    resolve: (ctx) => {
      const named = lower(g(ctx, 4));
      const time = named ? (named === 'midnight' ? 'T24:00' : 'T12:00') : clock(g(ctx, 1), g(ctx, 2), g(ctx, 3));
      if (!time) return null;
      return { type: 'TIME', value: dayFor(ctx, g(ctx, 5), g(ctx, 6)) + time, anchored: true };
    },
  },
  // 1900 GMT, 0630 UTC: a wire's clock in four digits
  {
    trigger: /\d{4}\s+(?:GMT|UTC)/,
    pattern: /\b([01]\d|2[0-3])([0-5]\d)\s+(GMT|UTC)\b/g,
    // "at 10:35 a.m. (0735 GMT)": the same moment restated is no time of its own (nor in TimeBank).
    accept: (match, text) => !/(?:\d|[ap]\.?m\.?)\s*\($/i.test(text.slice(Math.max(0, match.index - 8), match.index)),
    resolve: (ctx) => ({ type: 'TIME', value: `${dayFor(ctx, '', '')}T${g(ctx, 1)}:${g(ctx, 2)}Z`, anchored: true }),
  },
  // 14:30 local time, at 09:15, 18:00 UTC
  {
    trigger: /\d[:h]\d\d/,
    pattern: new RegExp(`(?:(?<=\\bat\\s)|\\b)([01]?\\d|2[0-3])[:h]([0-5]\\d)(\\s+(?:hours|hrs|GMT|UTC|CET|EST|EDT|PST|PDT|local time)\\b)?`, 'g'),
    accept: (match, text) => !!match[3] || /\bat\s$/.test(text.slice(Math.max(0, match.index - 3), match.index)),
    resolve: (ctx) => {
      const zone = /UTC|GMT/.test(g(ctx, 3)) ? 'Z' : '';
      return { type: 'TIME', value: `${dayFor(ctx, '', '')}T${pad2(+g(ctx, 1))}:${g(ctx, 2)}${zone}`, anchored: true };
    },
  },
  // 5 p.m. EST Nov. 9, midnight on Dec. 31
  {
    trigger: /\d\s*[ap]\.?m|noon|midnight/i,
    pattern: new RegExp(`\\b(?:(\\d{1,2})(?::(\\d{2}))?\\s*${AMPM}|(noon|midnight))${TIME_ZONE},?\\s+(?:on\\s+)?(${MONTH})\\s+(${DAY})(?:,?\\s+(${YEAR}))?(?!\\d)`, 'gi'),
    resolve: (ctx) => {
      const named = lower(g(ctx, 4));
      const time = named ? (named === 'midnight' ? 'T24:00' : 'T12:00') : clock(g(ctx, 1), g(ctx, 2), g(ctx, 3));
      const day = monthDay(ctx, g(ctx, 5), g(ctx, 6), '', g(ctx, 7));
      return time && day ? { type: 'TIME', value: day.value + time, anchored: day.anchored } : null;
    },
  },
  // (last/next) Friday (morning), Friday night, Tuesday nights (a set)
  {
    pattern: new RegExp(`\\b(?:(last|next|this|coming|early|late|this past)\\s+)?(${WEEKDAY})(s)?(?:\\s+(${PART_OF_DAY}))?\\b`, 'gi'),
    accept: (match, text) => {
      if (!/^\p{Lu}/u.test(match[2])) return false;
      // "The Sunday Times", "Monday Night Football": a weekday that begins a name.
      const next = /^\s+(\p{Lu}[\p{L}]+)/u.exec(text.slice(match.index + match[0].length, match.index + match[0].length + 20));
      return !next || monthNumber(next[1]) > 0 || /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/.test(next[1]);
    },
    resolve: (ctx) => {
      const which = lower(g(ctx, 1)).replace('this past', 'last');
      const weekday = weekdayNumber(g(ctx, 2));
      const part = lower(g(ctx, 4));
      const code = part ? `T${PART_OF_DAY_CODES[part]}` : '';
      if (g(ctx, 3)) return { type: 'SET', value: `XXXX-WXX-${weekday || 7}${code}` };
      const d = weekdayDate(ctx, weekday, which === 'early' || which === 'late' ? '' : which);
      if (!d) return { type: 'DATE', value: `XXXX-WXX-${weekday || 7}`, anchored: true };
      // "Friday night" is dated by its day; the corpora mostly leave the part of the day out of the value.
      const day = dateValue(d);
      return { type: 'DATE', value: day, range: { start: day, end: day }, anchored: true };
    },
  },
  // Thanksgiving (Day), Christmas, Election Day, Easter
  {
    trigger: /Thanksgiving|Christmas|New Year|Easter|Election Day|Memorial Day|Labor Day|Independence Day|Valentine|Halloween|Veterans Day|Boxing Day/,
    pattern: /\b(?:(last|next|this)\s+)?(Thanksgiving(?:\s+Day)?|Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s(?:\s+(?:Day|Eve))|Easter(?:\s+Sunday)?|Election\s+Day|Memorial\s+Day|Labor\s+Day|Independence\s+Day|Valentine['’]s\s+Day|Halloween|Veterans\s+Day|Boxing\s+Day)\b/g,
    resolve: (ctx) => {
      const a = ctx.anchor;
      const which = lower(g(ctx, 1));
      const name = g(ctx, 2);
      if (!a) {
        const fixed = FIXED_HOLIDAYS[lower(name).replace(/\s+/g, ' ').replace(/’/g, "'")];
        return { type: 'DATE', value: fixed ? `XXXX-${pad2(fixed[0])}-${pad2(fixed[1])}` : 'XXXX-XX-XX', anchored: true };
      }
      const candidates = [a.year - 1, a.year, a.year + 1].map((y) => holidayDate(name, y)).filter((d): d is CalendarDate => d !== null);
      const today = Date.UTC(a.year, a.month - 1, a.day);
      const time = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
      const direction = which === 'last' ? -1 : which === 'next' ? 1 : ctx.tense.direction;
      const pool = direction < 0 ? candidates.filter((d) => time(d) <= today) : direction > 0 ? candidates.filter((d) => time(d) >= today) : candidates;
      const best = (pool.length ? pool : candidates).reduce((x, y) => (Math.abs(time(y) - today) < Math.abs(time(x) - today) ? y : x));
      return { type: 'DATE', value: dateValue(best), anchored: true };
    },
  },
  // now, currently, current, recently, recent, the future, previously
  {
    pattern: /\b(recent\s+(?:days|weeks|months|years|decades)|now|currently|at present|presently|nowadays|these days|at the moment|right now|current|recently|lately|recent|the past|the\s+(?:(?:near|distant|immediate)\s+)?future|coming\s+(?:days|weeks|months|years|decades))\b(?!\s+(?:account|accounts|affairs|events|of|to|tense)\b)/gi,
    accept: (match, text) => {
      const w = lower(match[0]);
      // "the past two years" and "the past year" are durations, found by their own rules.
      if (w === 'the past' || w === 'in the past') return !/^\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|decade|day)/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12));
      if (w.endsWith('future')) return !/^\s+(?:of|contracts?|tense|generations?)\b/i.test(text.slice(match.index + match[0].length, match.index + match[0].length + 14));
      // "Now," opening a sentence is a discourse word; "by now", "until now" still point at the present.
      if (w === 'now') return !/^,/.test(text.slice(match.index + 3, match.index + 4)) || !/(^|[.!?]\s+|\n)$/.test(text.slice(Math.max(0, match.index - 3), match.index));
      return true;
    },
    resolve: (ctx) => {
      const w = lower(ctx.match[0]);
      if (/^recent\s|^the past|recently|lately|^recent$/.test(w)) return refValue('PAST_REF', false);
      const coming = /coming\s+(days|weeks|months|years|decades)/.exec(w);
      if (coming) return { type: 'DURATION', value: durationValue(NaN, unitOf(coming[1])) };
      if (/future/.test(w)) return refValue('FUTURE_REF', false);
      return refValue('PRESENT_REF', false);
    },
  },
  // the past two years, the last 24 hours, the next three months, the first nine months, the nine months
  {
    // "would last three days": after a modal or "to", "last" is the verb, and only "three days" the time.
    pattern: new RegExp(`\\b(?:(${APPROX})\\s+)?(?:(?:the\\s+)?(first|(?<!\\b(?:will|would|could|can|may|might|should|must|to|did|does|do|not)\\s+)last|past|next|coming|previous|latest|final|following|same|initial)\\s+|the\\s+(?=${NUMBER}\\s+${UNIT}s\\b))?(?:(${APPROX})\\s+)?(${NUMBER})(?:\\s+(?:more|additional|straight|consecutive|full))?[- ](${UNIT})s?(?:\\s+and\\s+a\\s+half)?\\b(?![- ]old)`, 'gi'),
    accept: (match, text) => {
      const number = lower(match[4]);
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 8);
      // "24 hours a day": the "a day" is part of a rate; "a year" after an amount is a rate too.
      const unitText = match[5];
      // Units are lowercase in running text: "60 Minutes" is a programme. "three-quarters" is a fraction.
      if (unitText !== unitText.toLowerCase()) return false;
      if (/^quarter/i.test(unitText) && /-/.test(match[0])) return false;
      if ((number === 'a' || number === 'an') && /^second/i.test(unitText)) return false;
      // "a week" after a count or an amount is a rate ("four flights a week", "$5 a year"), not a duration.
      if ((number === 'a' || number === 'an') && /(?:\d|\b(?:times|once|twice|hours?|percent|cents?|dollars?|euros?|pounds?|flights|seats|trains|ships|meals|barrels|tons?|tonnes|sessions|visits|calls|games|shifts))\s+$/i.test(before)) return false;
      if ((number === 'a' || number === 'an') && /^\s*(?:-|old|earlier|ago)/i.test(after)) return false;
      if (/^-old/i.test(after)) return false;
      // "the 1997 year" is the year 1997, not a duration of 1,997 years.
      if (/^(?:1[5-9]|20)\d\d$/.test(number) && /^year$/i.test(unitText)) return false;
      return true;
    },
    resolve: (ctx) => {
      const unit = unitOf(g(ctx, 5));
      const n = numberValue(g(ctx, 4)) + (/and a half$/i.test(ctx.match[0]) ? 0.5 : 0);
      const approx = lower(g(ctx, 1) || g(ctx, 3));
      const mod = approx ? (/more|over|at least|no less/.test(approx) ? (approx === 'at least' || approx === 'no less than' ? 'EQUAL_OR_MORE' : 'MORE_THAN') : /less|fewer|under|at most|no more|up to/.test(approx) ? (approx === 'at most' || approx === 'no more than' || approx === 'up to' ? 'EQUAL_OR_LESS' : 'LESS_THAN') : 'APPROX') : undefined;
      const r: Resolution = { type: 'DURATION', value: durationValue(n, unit) };
      if (mod) r.mod = mod;
      return r;
    },
  },
  // half an hour, half a day, half a century
  {
    trigger: /half/i,
    pattern: /\bhalf\s+(?:an?\s+)(hour|day|year|century|decade)\b|\b(?:an?\s+)?(hour|year)\s+and\s+a\s+half\b/gi,
    resolve: (ctx) => {
      const half: Record<string, string> = { hour: 'PT30M', day: 'PT12H', year: 'P6M', century: 'P50Y', decade: 'P5Y' };
      if (g(ctx, 1)) return { type: 'DURATION', value: half[lower(g(ctx, 1))] };
      return { type: 'DURATION', value: lower(g(ctx, 2)) === 'hour' ? 'PT1H30M' : 'P18M' };
    },
  },
  // for years, within weeks, decades-long, several years, a few days
  {
    trigger: /years|months|weeks|days|decades|centuries|hours|minutes|-long/,
    pattern: /\b(years|months|weeks|days|decades|centuries|hours|minutes)(?:-long)?\b|\b(decade|year|month|week|day|hour)-long\b/g,
    accept: (match, text) => /-long$/i.test(match[0]) || /\b(?:for|within|over)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, match.index - 12), match.index)),
    resolve: (ctx) => {
      // "day-long" is one day; "decades-long" an unknown number of them.
      if (g(ctx, 2)) return { type: 'DURATION', value: durationValue(1, unitOf(g(ctx, 2))) };
      return { type: 'DURATION', value: durationValue(NaN, unitOf(g(ctx, 1))) };
    },
  },
  // once a year, twice a month, every week, every other Tuesday, each year, annually, daily, quarterly
  {
    pattern: new RegExp(`\\b(?:(once|twice|(?:three|four|five|\\d+) times)\\s+(?:a|an|per|every|each)\\s+(${UNIT})|(?:every|each)\\s+(?:other\\s+)?(${UNIT}|${WEEKDAY})|(annually|yearly|monthly|weekly|daily|hourly|quarterly|nightly|biweekly|semiannually)|(${WEEKDAY})s|every\\s+(${NUMBER})\\s+(${UNIT})s)\\b`, 'gi'),
    accept: (match, text) => {
      if (match[4]) {
        const after = text.slice(match.index + match[0].length, match.index + match[0].length + 12);
        // "the Communist Party daily Granma" is a newspaper; a "quarterly dividend" is not a time.
        if (/^\s\p{Lu}/u.test(after)) return false;
        if (/^quarterly$/i.test(match[4]) && /^\s+[a-z]/.test(after)) return false;
      }
      return true;
    },
    resolve: (ctx) => {
      const rate: Record<string, string> = { annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', hourly: 'PT1H', quarterly: 'P3M', nightly: 'P1D', biweekly: 'P2W', semiannually: 'P6M' };
      if (g(ctx, 4)) return { type: 'SET', value: rate[lower(g(ctx, 4))] };
      if (g(ctx, 7)) return { type: 'SET', value: durationValue(numberValue(g(ctx, 6)), unitOf(g(ctx, 7))) };
      const weekday = g(ctx, 5) || (weekdayNumber(g(ctx, 3)) >= 0 ? g(ctx, 3) : '');
      if (weekday) return { type: 'SET', value: `XXXX-WXX-${weekdayNumber(weekday) || 7}` };
      const unit = unitOf(g(ctx, 2) || g(ctx, 3));
      return { type: 'SET', value: durationValue(1, unit) };
    },
  },
];

/** A calendar date a reference value stands for (its first day), for arithmetic. */
function parseReferenceDate(value: string): CalendarDate | null {
  const range = rangeOfValue(value);
  return range ? parseIsoDate(range.start) : null;
}

/**
 * The stretches of the text whose sentences hold a time cue (runs of such sentences make one stretch).
 * Sentences end at a line break or at a period after a lower-case word followed by a capital, so that
 * "6 p.m. EST" and "Dec. 5" stay whole.
 */
// Neither a space nor a word character: a blanked stretch can neither begin nor continue a match, and no
// rule's look-behind runs across it.
const BLANK = '\0';

export function blankUncued(text: string): string {
  const regions = cuedRegions(text);
  if (regions.length === 1 && regions[0].start === 0 && regions[0].end === text.length) return text;
  let out = '';
  let at = 0;
  for (const r of regions) {
    out += BLANK.repeat(r.start - at) + text.slice(r.start, r.end);
    at = r.end;
  }
  return out + BLANK.repeat(text.length - at);
}

function cuedRegions(text: string): Span[] {
  const regions: Span[] = [];
  TIME_CUE.lastIndex = 0;
  let cue = TIME_CUE.exec(text);
  if (!cue) return regions;
  SENTENCE_BREAK.lastIndex = 0;
  let sentenceStart = 0;
  let open: Span | undefined;
  while (cue) {
    // The sentence that holds the cue.
    SENTENCE_BREAK.lastIndex = cue.index;
    const next = SENTENCE_BREAK.exec(text);
    const sentenceEnd = next ? next.index + next[0].length : text.length;
    sentenceStart = sentenceStartBefore(text, cue.index, sentenceStart);
    if (open && sentenceStart <= open.end) open.end = sentenceEnd;
    else regions.push((open = { start: sentenceStart, end: sentenceEnd }));
    sentenceStart = sentenceEnd;
    TIME_CUE.lastIndex = sentenceEnd;
    cue = sentenceEnd < text.length ? TIME_CUE.exec(text) : null;
  }
  return regions;
}

const SENTENCE_BREAK = /\n|(?<=\p{Ll}\p{Ll}[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/gu;

/** Where the sentence holding `at` begins: after the last sentence break before it, and not before `floor`. */
function sentenceStartBefore(text: string, at: number, floor: number): number {
  // Sentences are short: the break is looked for in a bounded window; past it, the floor is taken, which
  // only widens the region.
  const from = Math.max(floor, at - 400);
  SENTENCE_BREAK.lastIndex = from;
  let start = from === floor ? floor : -1;
  let m: RegExpExecArray | null;
  while ((m = SENTENCE_BREAK.exec(text)) !== null && m.index < at) start = m.index + m[0].length;
  return start < 0 ? floor : start;
}

interface Candidate {
  rule: number;
  match: RegExpExecArray;
  start: number;
  end: number;
}

// The rules read a text paragraph by paragraph (paragraphs end at a blank line), and a paragraph's matches
// are remembered: an edit re-reads only its paragraph, and a reprinted article none. No time expression runs
// across a blank line; a paragraph is read with the characters around it, so that the rules' look-behinds
// and look-aheads see what they see in the whole text. The tests hold paragraph reading to whole-text
// reading on every fixture, the seeds and the dev sets.
const PARAGRAPH_BREAK = '\n\n';
const BLANK_ONLY = new RegExp(`^[${BLANK}\\s]*$`);

interface RuleMatch {
  rule: number;
  /** Its index is within the text its key holds (the paragraph and what stands around it). */
  match: RegExpExecArray;
}

/**
 * `key`: how many characters stand before the paragraph and after it (0 or 2 each, one digit each), then
 * the paragraph with them. The matches that begin in the paragraph, their indexes in the key's text.
 */
const paragraphMatches = remembered(matchesIn, 5000);

function matchesIn(key: string): RuleMatch[] {
  const before = key.charCodeAt(0) - 48;
  const read = key.slice(2);
  const end = read.length - (key.charCodeAt(1) - 48);
  const found: RuleMatch[] = [];
  RULES.forEach((rule, ruleIndex) => {
    // Every match holds its trigger: where the paragraph lacks it, the rule has nothing to find there.
    if (rule.trigger && !rule.trigger.test(read)) return;
    rule.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = rule.pattern.exec(read)) !== null) {
      if (match[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      // One that begins around the paragraph belongs to its neighbour.
      if (match.index >= before && match.index < end) found.push({ rule: ruleIndex, match });
    }
  });
  return found;
}

/** A rule's match as a candidate, its index in `text`; undefined where the rule or the exclusions reject it. */
function candidateOf(rule: number, match: RegExpExecArray, text: string, exclude: readonly Span[]): Candidate | undefined {
  let start = match.index;
  let end = start + match[0].length;
  if (exclude.length && exclude.some((x) => start < x.end && x.start < end)) return undefined;
  const accept = RULES[rule].accept;
  if (accept && !accept(match, text)) return undefined;
  // A period that ends the sentence is not part of an abbreviation ("at 6 a.m." + "." is one period); a
  // bracket after it opens an aside, not a sentence ("at 6:40 p.m. (GMT+8) after").
  if (text.charCodeAt(end - 1) === 46 && /^(?:\s*$|\s+["“]?\p{Lu}|\s*\n)/u.test(text.slice(end, end + 3))) end--;
  while (end > start && /[\s,]/.test(text[end - 1])) end--;
  while (start < end && /\s/.test(text[start])) start++;
  return { rule, match, start, end };
}

/**
 * Finds the time expressions of a text. `anchor` is the publication date that relative expressions resolve
 * against; `exclude` are spans where nothing is looked for (boilerplate, the date header itself).
 * Test options: `everywhere` reads sentences without a time cue too, `whole` reads the text as one paragraph;
 * the tests compare both ways to hold the cues complete and paragraph reading exact.
 */
export function findTimeExpressions(text: string, anchor: CalendarDate | null, exclude: readonly Span[] = [], options: { everywhere?: boolean; whole?: boolean } = {}): TimeExpression[] {
  const candidates: Candidate[] = [];
  // Sentences without a time cue are blanked out (offsets unchanged): the rules skip them at the cost of a
  // character test each.
  const scanned = options.everywhere ? text : blankUncued(text);
  for (let start = 0; start < text.length; ) {
    const next = options.whole ? -1 : text.indexOf(PARAGRAPH_BREAK, start);
    const end = next < 0 ? text.length : next;
    // The paragraph with what stands around it (line breaks, blanked or not): the key of its matches.
    const from = Math.max(0, start - PARAGRAPH_BREAK.length);
    const to = Math.min(text.length, end + PARAGRAPH_BREAK.length);
    const read = scanned.slice(from, to);
    if (end > start && !BLANK_ONLY.test(read)) {
      for (const found of (options.whole ? matchesIn : paragraphMatches)(`${start - from}${to - end}${read}`)) {
        const match = [...found.match] as unknown as RegExpExecArray;
        match.index = from + found.match.index;
        match.input = text;
        const candidate = candidateOf(found.rule, match, text, exclude);
        if (candidate) candidates.push(candidate);
      }
    }
    start = end + PARAGRAPH_BREAK.length;
  }

  // The longest candidates win; on equal length the earlier rule.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rule - b.rule || a.start - b.start);
  const chosen: Candidate[] = [];
  const taken = new Uint8Array(text.length + 1);
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);

  const out: TimeExpression[] = [];
  // Read only if some expression needs its tense.
  let tenses: TenseReader | undefined;
  let reference: string | undefined;
  let referenceEnd = -1;
  let referenceWritesYear = false;
  let lastQuarter: string | undefined;
  for (const c of chosen) {
    const sameSentence = referenceEnd >= 0 && !/[.!?]["”’]?\s|\n/.test(text.slice(referenceEnd, c.start));
    // The year the sentence speaks of ("in 2003 … as of February", "last year … in July"); a weekday's is the
    // anchor's, and says nothing against the tense ("said on Monday that the summit, due in mid-January").
    const sentenceYear = sameSentence && reference && referenceWritesYear && /^\d{4}/.test(reference) ? +reference.slice(0, 4) : undefined;
    let tense: Tense | undefined;
    const context: ResolveContext = {
      text,
      match: c.match,
      anchor,
      // Most rules never ask: the tense is read only when one does.
      get tense() {
        return (tense ??= (tenses ??= new TenseReader(text)).at(c));
      },
      reference,
      lastQuarter,
      sentenceYear,
    };
    const resolution = RULES[c.rule].resolve(context);
    if (!resolution) continue;
    const expression: TimeExpression = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: resolution.type, value: resolution.value, anchored: resolution.anchored ?? false };
    if (resolution.mod) expression.mod = resolution.mod;
    if (resolution.type === 'DATE') {
      const range = resolution.range ?? rangeOfValue(resolution.value.replace(/T.*$/, ''));
      if (range) expression.range = range;
    }
    out.push(expression);
    if ((resolution.type === 'DATE' || resolution.type === 'TIME') && /^\d{4}/.test(resolution.value) && !/X/.test(resolution.value) && !resolution.derived) {
      reference = resolution.value.replace(/T.*$/, '');
      referenceEnd = c.end;
      // A weekday or "yesterday" gives the anchor's year, not one the sentence speaks of.
      referenceWritesYear = !(/^\d{4}-\d{2}-\d{2}/.test(reference) && !/\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i.test(expression.text));
      if (/-Q\d$/.test(reference)) lastQuarter = reference;
    }
  }
  return out;
}

