import type { ArticleAnalysis, Finding } from '../types';
import { daysInMonth, formatDate, monthNumber, parseIsoDate, weekdayNumber, weekdayOf } from '../time/calendar';
import { describeRange } from '../time/describe';
import { MONTH, WEEKDAY } from '../time/vocabulary';
import { TenseReader } from '../time/tense';

// Checks within one article: dates that cannot be, weekdays that do not fit, a header that disagrees with
// the dateline, planned events dated before the article, relative dates with nothing to anchor them.

// A month and a day on one line; a number with decimals is an amount ("July 40.0" in a poll's table).
const IMPOSSIBLE = new RegExp(`\\b(${MONTH})[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d)(?:,?[ \\t]+(\\d{4}))?|\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(${MONTH})\\b(?:[ \\t]+(\\d{4}))?`, 'gi');
const LEADING_WEEKDAY = new RegExp(`^(${WEEKDAY}),?\\s`, 'i');
// Words that place a date in the past of the article ("last year", "two weeks ago").
const PAST_RELATIVE = /\b(?:last|ago|earlier|previous|yesterday|past)\b/i;

type Check = Omit<ArticleAnalysis, 'findings'>;

export function checkArticle(text: string, analysis: Check): Finding[] {
  return [...impossibleDates(text), ...weekdayMismatches(analysis), ...headerMismatch(text, analysis), ...plannedInThePast(text, analysis), ...undatedRelativeDates(analysis)];
}

function finding(start: number, end: number, severity: Finding['severity'], code: string, message: string, data?: Record<string, string>): Finding {
  return { start, end, severity, code, message, related: [], ...(data ? { data } : {}) };
}

function impossibleDates(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(IMPOSSIBLE)) {
    const monthText = m[1] ?? m[5];
    if (!/^\p{Lu}/u.test(monthText)) continue;
    const month = monthNumber(monthText.replace(/\.$/, ''));
    const day = parseInt(m[2] ?? m[4], 10);
    const year = m[3] ?? m[6];
    // Past 31 the number is no day but a year or an amount: "July 96" heads a table's column, "September 97"
    // names a futures contract.
    if (!month || day < 1 || day > 31) continue;
    const limit = daysInMonth(year ? +year : 2000, month);
    if (day <= limit) continue;
    const start = m.index ?? 0;
    out.push(finding(start, start + m[0].length, 'error', 'impossible-date', `"${m[0]}" cannot be: ${monthText.replace(/\.$/, '')} has ${limit} days${year ? ` in ${year}` : ''}.`));
  }
  return out;
}

function weekdayMismatches(analysis: Check): Finding[] {
  const out: Finding[] = [];
  for (const t of analysis.times) {
    const m = LEADING_WEEKDAY.exec(t.text);
    const date = /^\d{4}-\d{2}-\d{2}$/.test(t.value) ? parseIsoDate(t.value) : null;
    if (!m || !date) continue;
    const written = weekdayNumber(m[1]);
    const actual = weekdayOf(date);
    if (written === actual) continue;
    const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    out.push(finding(t.start, t.end, 'warning', 'weekday-mismatch', `${formatDate(date)} is a ${names[actual]}, not a ${names[written]}.`));
  }
  return out;
}

function headerMismatch(text: string, analysis: Check): Finding[] {
  const p = analysis.publication;
  if (p.source !== 'header' || !p.date || !p.datelineSpan) return [];
  const datelineText = text.slice(p.datelineSpan.start, p.datelineSpan.end);
  const dateline = analysis.times.find((t) => t.start < p.datelineSpan!.end && p.datelineSpan!.start < t.end);
  const value = dateline?.value ?? '';
  // The dateline may omit the year: compare what it writes.
  const sameDay = value.slice(-5) === p.date.slice(-5) && (!/^\d{4}/.test(value) || value.slice(0, 4) === p.date.slice(0, 4) || dateline?.anchored);
  if (!dateline || sameDay) return [];
  return [finding(p.datelineSpan.start, p.datelineSpan.end, 'warning', 'dateline-mismatch', `The dateline says "${datelineText}" but the header dates the article ${p.date}.`)];
}

function plannedInThePast(text: string, analysis: Check): Finding[] {
  const published = analysis.publication.date;
  if (!published) return [];
  const out: Finding[] = [];
  let tenses: TenseReader | undefined;
  for (const claim of analysis.claims) {
    if (claim.modality === 'happened' || claim.earlier || claim.range.end >= published) continue;
    const t = analysis.times[claim.time];
    // A date the article itself places before it ("last year's final") is known to be past; so is one its
    // clause tells in the past ("the Dutch were the first settlers in 1652", beside what "will" be signed).
    if (PAST_RELATIVE.test(t.text)) continue;
    const tense = (tenses ??= new TenseReader(text)).at(t);
    if (tense.direction < 0 && tense.strong) continue;
    const sentence = text.slice(claim.sentence.start, claim.sentence.end);
    // Reported speech in the past perfect ("had confirmed that … is expected") is an old plan, still worth a look.
    const word = /\b(upcoming|expected|planned|scheduled|forthcoming|will)\b/i.exec(sentence)?.[1] ?? claim.modality;
    out.push(
      finding(t.start, t.end, 'information', 'planned-event-in-past', `"${t.text}" (${describeRange(claim.range)}) is before the article's publication date ${published}, yet the sentence speaks of it as ${word.toLowerCase() === 'will' ? 'still to come' : word.toLowerCase()} ("${claim.eventWords[0]}").`),
    );
  }
  return out;
}

function undatedRelativeDates(analysis: Check): Finding[] {
  if (analysis.publication.date) return [];
  return analysis.times
    .filter((t) => t.anchored && /X|_REF$/.test(t.value))
    .map((t) => finding(t.start, t.end, 'hint', 'undated-relative-date', `"${t.text}" cannot be resolved: the article has no publication date.`, { fix: 'add-date-header' }));
}
