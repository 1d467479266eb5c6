import type { DateRange, Span, TimeExpression, TimexType } from '../types';
import {
  addDays,
  CalendarDate,
  daysInMonth,
  formatDate,
  formatMonth,
  isValidDate,
  monthNumber,
  monthRange,
  weekdayNumber,
  weekdayOf,
} from './calendar';

// A first rule-based tagger for TIMEX3 expressions: explicit dates, month and year references, the common
// relative expressions of news, weekdays, durations and frequencies. Each rule returns what it can resolve
// and keeps unknowns as "X" when there is no anchor.

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d)';
const PART = '(?:early|mid|late|the (?:beginning|start|middle|end) of)';
const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const NUMBER = `(?:\\d+(?:\\.\\d+)?|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT_CODES: Record<string, string> = { year: 'Y', month: 'M', week: 'W', day: 'D', decade: 'DE', century: 'CE', hour: 'H', minute: 'M', second: 'S' };

interface RuleContext {
  text: string;
  match: RegExpExecArray;
  anchor: CalendarDate | null;
  /** -1 when the sentence speaks of the past, +1 of the future, 0 when it cannot be told. */
  tense: -1 | 0 | 1;
  /** True when an auxiliary ("will", "was") decided the tense, not just a verb ending in -ed. */
  strongTense: boolean;
}

interface Resolution {
  type: TimexType;
  value: string;
  mod?: string;
  range?: DateRange;
  anchored?: boolean;
  /** Trim the span to a capture group (e.g. the weekday without "on"). */
  group?: number;
}

interface Rule {
  pattern: RegExp;
  resolve(ctx: RuleContext): Resolution | null;
}

const g = (ctx: RuleContext, i: number) => ctx.match[i] ?? '';
const dayOf = (s: string) => parseInt(s, 10);

function partOfMonth(part: string, year: number, month: number): { mod: string; range: DateRange } {
  const last = daysInMonth(year, month);
  const p = part.toLowerCase();
  if (p === 'early' || p.includes('beginning') || p.includes('start')) return { mod: 'START', range: monthRange(year, month, 1, 10) };
  if (p === 'mid' || p.includes('middle')) return { mod: 'MID', range: monthRange(year, month, 11, 20) };
  return { mod: 'END', range: monthRange(year, month, 21, last) };
}

function partOfYear(part: string, year: number): { mod: string; range: DateRange } {
  const p = part.toLowerCase();
  if (p === 'early' || p.includes('beginning') || p.includes('start')) return { mod: 'START', range: { start: `${year}-01-01`, end: `${year}-04-30` } };
  if (p === 'mid' || p.includes('middle')) return { mod: 'MID', range: { start: `${year}-05-01`, end: `${year}-08-31` } };
  return { mod: 'END', range: { start: `${year}-09-01`, end: `${year}-12-31` } };
}

function yearRange(year: number): DateRange {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

/** The year of a month/day that has none written: the nearest one in the direction the sentence points. */
function yearFor(month: number, day: number, ctx: RuleContext): number | null {
  if (!ctx.anchor) return null;
  const a = ctx.anchor;
  if (ctx.tense === 0) {
    // Without a clear tense the nearest such date is meant: news rarely reaches half a year away unmarked.
    const distance = (year: number) => Math.abs(Date.UTC(year, month - 1, day) - Date.UTC(a.year, a.month - 1, a.day));
    return [a.year - 1, a.year, a.year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
  }
  const sameYearIsLater = month > a.month || (month === a.month && day >= a.day);
  if (ctx.tense > 0) return sameYearIsLater ? a.year : a.year + 1;
  if (ctx.tense < 0) return sameYearIsLater && !(month === a.month && day === a.day) ? a.year - 1 : a.year;
  return a.year;
}

function dateResolution(year: number | null, month: number, day: number, toDay?: number): Resolution | null {
  // February 29 is possible in some year; February 30 in none.
  if (day > daysInMonth(2000, month)) return null;
  if (year === null) {
    return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, anchored: true };
  }
  const d = { year, month, day };
  if (!isValidDate(d)) return null;
  const end = toDay !== undefined && toDay > day ? { year, month, day: Math.min(toDay, daysInMonth(year, month)) } : d;
  return { type: 'DATE', value: formatDate(d), range: { start: formatDate(d), end: formatDate(end) } };
}

/** A day of a month, perhaps a span of days, perhaps with its year; groups name the capture of each part. */
function monthDayResolution(ctx: RuleContext, groups: { month: number; day: number; toDay: number; year: number }): Resolution | null {
  const month = monthNumber(g(ctx, groups.month));
  const day = dayOf(g(ctx, groups.day));
  const toDay = g(ctx, groups.toDay) ? dayOf(g(ctx, groups.toDay)) : undefined;
  const written = g(ctx, groups.year);
  const year = written ? +written : yearFor(month, day, ctx);
  const r = dateResolution(year, month, day, toDay);
  return r && { ...r, anchored: !written };
}

function relativeYear(word: string, anchor: CalendarDate | null): number | null {
  if (!anchor) return null;
  const w = word.toLowerCase();
  return w === 'last' || w === 'past' || w === 'previous' ? anchor.year - 1 : w === 'next' || w === 'coming' ? anchor.year + 1 : anchor.year;
}

function numberValue(s: string): number {
  const n = NUMBER_WORDS[s.toLowerCase()];
  return n !== undefined ? n : parseFloat(s);
}

const RULES: Rule[] = [
  // 2025-12-05
  {
    pattern: new RegExp(`\\b(${YEAR})-(0[1-9]|1[0-2])-([0-2]\\d|3[01])\\b`, 'gi'),
    resolve: (ctx) => dateResolution(+g(ctx, 1), +g(ctx, 2), +g(ctx, 3)),
  },
  // early/mid/late December 2025, early December
  {
    pattern: new RegExp(`\\b(${PART})[- ](${MONTH})(?:,?\\s+(${YEAR}))?\\b`, 'gi'),
    resolve: (ctx) => {
      const month = monthNumber(g(ctx, 2));
      const written = g(ctx, 3);
      const year = written ? +written : yearFor(month, 15, ctx);
      if (year === null) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, mod: partOfMonth(g(ctx, 1), 2000, month).mod, anchored: true };
      const part = partOfMonth(g(ctx, 1), year, month);
      return { type: 'DATE', value: formatMonth(year, month), mod: part.mod, range: part.range, anchored: !written };
    },
  },
  // December 5-6, 2025 · December 5, 2025 · Dec. 5
  {
    pattern: new RegExp(`\\b(${MONTH})\\s+(${DAY})(?:\\s*[-–]\\s*(${DAY}))?(?:,?\\s+(${YEAR}))?(?![\\d])`, 'gi'),
    resolve: (ctx) => monthDayResolution(ctx, { month: 1, day: 2, toDay: 3, year: 4 }),
  },
  // 5 December 2025 · 5-6 December
  {
    pattern: new RegExp(`\\b(${DAY})(?:\\s*[-–]\\s*(${DAY}))?\\s+(${MONTH})(?:,?\\s+(${YEAR}))?\\b`, 'gi'),
    resolve: (ctx) => monthDayResolution(ctx, { month: 3, day: 1, toDay: 2, year: 4 }),
  },
  // December 2025
  {
    pattern: new RegExp(`\\b(${MONTH})\\s+(?:of\\s+)?(${YEAR})\\b`, 'gi'),
    resolve: (ctx) => {
      const month = monthNumber(g(ctx, 1));
      const year = +g(ctx, 2);
      return { type: 'DATE', value: formatMonth(year, month), range: monthRange(year, month) };
    },
  },
  // in October, since March, last July (a month without a day)
  {
    pattern: new RegExp(`\\b(?:in|since|until|by|from|during|last|next|this|each|every)\\s+(${MONTH})\\b(?!\\s+\\d)`, 'gi'),
    resolve: (ctx) => {
      const monthText = g(ctx, 1);
      if (monthText.toLowerCase().startsWith('may') && !/^May$/.test(monthText)) return null;
      if (/^(mar|jan|dec|sept?|oct|aug|nov|jun|jul|feb|apr)\.?$/i.test(monthText)) return null;
      if (/^may$/i.test(monthText) && monthText !== 'May') return null;
      const month = monthNumber(monthText);
      const prefix = ctx.match[0].toLowerCase();
      let year: number | null;
      if (!ctx.anchor) year = null;
      else if (prefix.startsWith('last')) year = month < ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year - 1;
      else if (prefix.startsWith('next')) year = month > ctx.anchor.month ? ctx.anchor.year : ctx.anchor.year + 1;
      else year = yearFor(month, 15, ctx);
      const group = prefix.startsWith('last') || prefix.startsWith('next') || prefix.startsWith('this') ? 0 : 1;
      if (year === null) return { type: 'DATE', value: `XXXX-${String(month).padStart(2, '0')}`, anchored: true, group };
      return { type: 'DATE', value: formatMonth(year, month), range: monthRange(year, month), anchored: true, group };
    },
  },
  // early 2025, the end of 2024
  {
    pattern: new RegExp(`\\b(${PART})[- ](${YEAR})\\b`, 'gi'),
    resolve: (ctx) => {
      const year = +g(ctx, 2);
      const part = partOfYear(g(ctx, 1), year);
      return { type: 'DATE', value: String(year), mod: part.mod, range: part.range };
    },
  },
  // the 1990s
  {
    pattern: /\b(1[5-9]\d|20\d)0s\b/g,
    resolve: (ctx) => ({ type: 'DATE', value: g(ctx, 1), range: { start: `${g(ctx, 1)}0-01-01`, end: `${g(ctx, 1)}9-12-31` } }),
  },
  // a bare year, when words around it say it is one (not "$2024 million", "2024 tonnes")
  {
    pattern: new RegExp(`(?<![\\d$€£.,-])\\b(${YEAR})\\b(?![\\d%]|[.,]\\d|\\s*(?:million|billion|tonnes|people|km|kg|metres|meters|per cent|percent))`, 'gi'),
    resolve: (ctx) => {
      const year = +g(ctx, 1);
      return { type: 'DATE', value: String(year), range: yearRange(year) };
    },
  },
  // last year, this month, next week, the previous year
  {
    pattern: /\b(last|this|next|the past|the previous|the coming|the current)\s+(year|month|week)\b/gi,
    resolve: (ctx) => {
      const which = g(ctx, 1).toLowerCase().replace(/^the /, '');
      const unit = g(ctx, 2).toLowerCase();
      const a = ctx.anchor;
      const step = which === 'last' || which === 'previous' || which === 'past' ? -1 : which === 'next' || which === 'coming' ? 1 : 0;
      if (which === 'past' || which === 'coming') {
        return { type: 'DURATION', value: `P1${UNIT_CODES[unit]}`, anchored: false };
      }
      if (unit === 'year') {
        const year = relativeYear(which, a);
        return year === null ? { type: 'DATE', value: step < 0 ? 'PAST_REF' : step > 0 ? 'FUTURE_REF' : 'PRESENT_REF', anchored: true } : { type: 'DATE', value: String(year), range: yearRange(year), anchored: true };
      }
      if (!a) return { type: 'DATE', value: step < 0 ? 'PAST_REF' : step > 0 ? 'FUTURE_REF' : 'PRESENT_REF', anchored: true };
      if (unit === 'month') {
        let month = a.month + step;
        let year = a.year;
        if (month < 1) { month = 12; year--; }
        if (month > 12) { month = 1; year++; }
        return { type: 'DATE', value: formatMonth(year, month), range: monthRange(year, month), anchored: true };
      }
      const monday = addDays(a, -((weekdayOf(a) + 6) % 7) + 7 * step);
      return { type: 'DATE', value: isoWeek(monday), range: { start: formatDate(monday), end: formatDate(addDays(monday, 6)) }, anchored: true };
    },
  },
  // later this year, earlier this year
  {
    pattern: /\b(later|earlier)\s+this\s+(year|month)\b/gi,
    resolve: (ctx) => {
      const a = ctx.anchor;
      if (!a) return { type: 'DATE', value: g(ctx, 1).toLowerCase() === 'later' ? 'FUTURE_REF' : 'PAST_REF', anchored: true };
      const later = g(ctx, 1).toLowerCase() === 'later';
      if (g(ctx, 2).toLowerCase() === 'year') {
        return later
          ? { type: 'DATE', value: String(a.year), mod: 'AFTER', range: { start: formatDate(a), end: `${a.year}-12-31` }, anchored: true }
          : { type: 'DATE', value: String(a.year), mod: 'BEFORE', range: { start: `${a.year}-01-01`, end: formatDate(a) }, anchored: true };
      }
      const r = monthRange(a.year, a.month);
      return { type: 'DATE', value: formatMonth(a.year, a.month), mod: later ? 'AFTER' : 'BEFORE', range: later ? { start: formatDate(a), end: r.end } : { start: r.start, end: formatDate(a) }, anchored: true };
    },
  },
  // yesterday, today, tomorrow
  {
    pattern: /\b(yesterday|today|tomorrow|tonight)\b/gi,
    resolve: (ctx) => {
      const word = g(ctx, 1).toLowerCase();
      if (!ctx.anchor) return { type: 'DATE', value: word === 'yesterday' ? 'PAST_REF' : word === 'tomorrow' ? 'FUTURE_REF' : 'PRESENT_REF', anchored: true };
      const d = addDays(ctx.anchor, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
      return { type: word === 'tonight' ? 'TIME' : 'DATE', value: formatDate(d) + (word === 'tonight' ? 'TNI' : ''), range: { start: formatDate(d), end: formatDate(d) }, anchored: true };
    },
  },
  // (on) Thursday, last Monday, next Friday
  {
    pattern: new RegExp(`\\b(?:(last|next|this|on)\\s+)?(${WEEKDAY})\\b`, 'gi'),
    resolve: (ctx) => {
      const which = g(ctx, 1).toLowerCase();
      const weekday = weekdayNumber(g(ctx, 2));
      const group = which === 'on' || which === '' ? 2 : 0;
      if (!ctx.anchor) return { type: 'DATE', value: 'XXXX-WXX-' + (weekday === 0 ? 7 : weekday), anchored: true, group };
      const direction = which === 'last' ? -1 : which === 'next' ? 1 : ctx.tense >= 0 && ctx.tense !== 0 ? 1 : -1;
      const current = weekdayOf(ctx.anchor);
      let delta = weekday - current;
      // The publication day's own weekday is that day, unless "last"/"next" says otherwise.
      const sameDay = delta === 0 && which !== 'last' && which !== 'next';
      if (!sameDay && direction < 0 && delta >= 0) delta -= 7;
      if (!sameDay && direction > 0 && delta <= 0) delta += 7;
      const d = addDays(ctx.anchor, delta);
      return { type: 'DATE', value: formatDate(d), range: { start: formatDate(d), end: formatDate(d) }, anchored: true, group };
    },
  },
  // now, currently, recently
  {
    pattern: /\b(now|currently|at present|nowadays|recently|lately|in the future|soon)\b/gi,
    resolve: (ctx) => {
      const w = g(ctx, 1).toLowerCase();
      const value = w === 'recently' || w === 'lately' ? 'PAST_REF' : w === 'in the future' || w === 'soon' ? 'FUTURE_REF' : 'PRESENT_REF';
      return { type: 'DATE', value, anchored: false };
    },
  },
  // 33 years, two weeks, 10 days (durations); "two years ago" is a date
  {
    pattern: new RegExp(`\\b(${NUMBER})[- ](year|month|week|day|decade|century|hour|minute)s?(?:[- ]old)?(\\s+ago)?\\b`, 'gi'),
    resolve: (ctx) => {
      const n = numberValue(g(ctx, 1));
      const unit = g(ctx, 2).toLowerCase();
      if (!Number.isFinite(n)) return null;
      if (g(ctx, 3) && ctx.anchor && unit === 'year') {
        const year = ctx.anchor.year - n;
        return { type: 'DATE', value: String(year), range: yearRange(year), anchored: true };
      }
      if (g(ctx, 3)) return { type: 'DATE', value: 'PAST_REF', anchored: true };
      const code = UNIT_CODES[unit];
      const timeUnit = unit === 'hour' || unit === 'minute';
      return { type: 'DURATION', value: `P${timeUnit ? 'T' : ''}${n}${code}`, anchored: false };
    },
  },
  // once a year, twice a month, every week, annually
  {
    pattern: /\b(?:(once|twice|(?:three|four|\d+) times)\s+(?:a|per|every)\s+(year|month|week|day)|every\s+(year|month|week|day)|(annually|yearly|monthly|weekly|daily))\b/gi,
    resolve: (ctx) => {
      const unit = (g(ctx, 2) || g(ctx, 3) || { annually: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day' }[g(ctx, 4).toLowerCase()] || 'year').toLowerCase();
      return { type: 'SET', value: `P1${UNIT_CODES[unit]}`, anchored: false };
    },
  },
];

function isoWeek(d: CalendarDate): string {
  const thursday = addDays(d, 3 - ((weekdayOf(d) + 6) % 7));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const dayOfYear = Math.round((Date.UTC(thursday.year, thursday.month - 1, thursday.day) - Date.UTC(jan1.year, 0, 1)) / 86400000);
  return `${thursday.year}-W${String(Math.floor(dayOfYear / 7) + 1).padStart(2, '0')}`;
}

const FUTURE = /\b(will|shall|is to|are to|to be held|scheduled (?:to|for)|expected to|set to|set for|going to|plans? to|upcoming|forthcoming|next|due to)\b/i;
const PAST = /\b(was|were|had|did|ago|last|earlier|took place|[a-z]{3,}ed|met|said|told|took|gave|went|came|made|saw|began|left|won|lost|fell|rose|sent|spent|paid|led|brought|thought|found|became|kept|wrote|spoke|chose|flew|grew|knew|ran|sat|stood|struck|sold|bought|caught|fought|meant|felt|heard|built|signed)\b/i;
const STRONG = /\b(will|shall|is to|are to|was|were|had|did|ago|last|took place|to be held|expected to|scheduled (?:to|for)|set to|going to|upcoming|forthcoming)\b/i;

/**
 * Whether the sentence around a span speaks of the future or the past: the nearest marker before it decides,
 * else the first after it. A verb ending in -ed is a weak marker ("closed-door" is no past tense).
 */
function tenseAround(text: string, span: Span): { tense: -1 | 0 | 1; strongTense: boolean } {
  let from = span.start;
  while (from > 0 && from > span.start - 200 && !/[.!?\n]/.test(text[from - 1])) from--;
  let to = span.end;
  while (to < text.length && to < span.end + 200 && !/[.!?\n]/.test(text[to])) to++;
  const markers = (s: string, offset: number) => {
    const found: Array<{ at: number; tense: -1 | 1; strong: boolean }> = [];
    for (const m of s.matchAll(new RegExp(FUTURE.source, 'gi'))) found.push({ at: offset + (m.index ?? 0), tense: 1, strong: STRONG.test(m[0]) });
    for (const m of s.matchAll(new RegExp(PAST.source, 'gi'))) found.push({ at: offset + (m.index ?? 0), tense: -1, strong: STRONG.test(m[0]) });
    return found.sort((a, b) => a.at - b.at);
  };
  const before = markers(text.slice(from, span.start), from);
  const after = markers(text.slice(span.end, to), span.end);
  const pick = (list: typeof before) => list.find((m) => m.strong) ?? list[0];
  const decisive = before.length ? pick(before.slice().reverse()) : pick(after);
  return decisive ? { tense: decisive.tense, strongTense: decisive.strong } : { tense: 0, strongTense: false };
}

/**
 * Finds the time expressions of a text. `anchor` is the publication date that relative expressions resolve
 * against; `exclude` are spans where nothing is looked for (boilerplate, the date header itself).
 */
export function findTimeExpressions(text: string, anchor: CalendarDate | null, exclude: readonly Span[] = []): TimeExpression[] {
  const candidates: TimeExpression[] = [];
  for (let ruleIndex = 0; ruleIndex < RULES.length; ruleIndex++) {
    const rule = RULES[ruleIndex];
    rule.pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = rule.pattern.exec(text)) !== null) {
      if (match[0].length === 0) {
        rule.pattern.lastIndex++;
        continue;
      }
      const span = { start: match.index, end: match.index + match[0].length };
      if (exclude.some((x) => span.start < x.end && x.start < span.end)) continue;
      const resolution = rule.resolve({ text, match, anchor, ...tenseAround(text, span) });
      if (!resolution) continue;
      let { start, end } = span;
      if (resolution.group) {
        const sub = match[resolution.group];
        const offset = match[0].lastIndexOf(sub);
        start = match.index + offset;
        end = start + sub.length;
      }
      // A trailing period belongs to the sentence, not to the abbreviation it may follow.
      while (end > start && /[.,\s]/.test(text[end - 1])) end--;
      const expression: TimeExpression = { start, end, text: text.slice(start, end), type: resolution.type, value: resolution.value, anchored: resolution.anchored ?? false };
      if (resolution.mod) expression.mod = resolution.mod;
      if (resolution.range && resolution.type === 'DATE') expression.range = resolution.range;
      candidates.push(expression);
    }
  }
  return selectLongest(candidates);
}

/** Keeps the longest of overlapping candidates (the earlier rule on ties). */
function selectLongest(candidates: TimeExpression[]): TimeExpression[] {
  const ordered = candidates.map((c, i) => ({ c, i })).sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const chosen: TimeExpression[] = [];
  for (const { c } of ordered) {
    if (!chosen.some((x) => c.start < x.end && x.start < c.end)) chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
