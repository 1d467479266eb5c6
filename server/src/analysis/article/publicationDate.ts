import type { PublicationDate, Span } from '../types';
import { addDays, formatDate, isValidDate, monthNumber, parseIsoDate } from '../time/calendar';
import { lineSpans } from '../text/lines';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const PLACE_WORD = "\\p{Lu}[\\p{L}\\p{M}.'’-]*";
const PLACE = `${PLACE_WORD}(?:\\s+${PLACE_WORD}){0,3}`;

const HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;
// "Moscow, November 27:" · "New Delhi, Nov. 27, 2025 (Agency) -"
const DATELINE = new RegExp(`^\\s*(${PLACE}(?:,\\s*${PLACE})?),\\s+(${MONTH})\\s+(\\d{1,2})(?:,\\s*(\\d{4}))?\\s*(?:\\([^)]{1,40}\\)\\s*)?[:—–-]`, 'iu');
// "LONDON 1996-08-30", "NICE, France 1996-08-30"
const ISO_DATELINE = new RegExp(`^\\s*(${PLACE}(?:,\\s*${PLACE})?)\\s+(\\d{4}-\\d{2}-\\d{2})\\s*$`, 'u');
// A line that is only a date: "March 06, 2008", "6 March 2008", "Tuesday, March 4, 2008"
const DATE_LINE_MDY = new RegExp(`^\\s*(?:[a-z]+day,?\\s+)?(${MONTH})\\s+(\\d{1,2}),?\\s+(\\d{4})\\s*$`, 'i');
const DATE_LINE_DMY = new RegExp(`^\\s*(?:[a-z]+day,?\\s+)?(\\d{1,2})\\s+(${MONTH}),?\\s+(\\d{4})\\s*$`, 'i');
const DATE_LINE_ISO = /^\s*(\d{4}-\d{2}-\d{2})\s*$/;

/** How many non-empty lines at the top of an article may hold its date (title, date line, dateline). */
const TOP_LINES = 3;

export interface PublicationDateOptions {
  /** Years written in the article's dated references, to complete a dateline that has no year. */
  referencedYears: () => number[];
  /** Full dates (with a year) the article writes, and whether it speaks of them in the future tense. */
  referencedDays: () => Array<{ date: string; future: boolean }>;
}

const unknown: PublicationDate = { date: null, source: null, yearInferred: false };

export function findPublicationDate(text: string, options: PublicationDateOptions): PublicationDate {
  const top = lineSpans(text).filter((l) => text.slice(l.start, l.end).trim() !== '').slice(0, TOP_LINES);
  if (top.length === 0) return unknown;

  const first = text.slice(top[0].start, top[0].end);
  const header = HEADER.exec(first);
  let headerDate: PublicationDate | undefined;
  if (header) {
    const date = parseIsoDate(header[1]);
    const start = top[0].start + first.search(/\S/);
    const span = { start, end: top[0].start + header[0].length };
    // An impossible header date is unknown, but the line is still the header, not article text.
    headerDate = date ? { date: header[1], source: 'header', yearInferred: false, span } : { ...unknown, source: 'header', span };
  }

  for (const line of header ? [{ start: headerDate!.span!.end, end: top[0].end }, ...top.slice(1)] : top) {
    const lineText = text.slice(line.start, line.end);
    const dateline = readDateline(lineText.replace(/^\s+/, (ws) => ws), line, options);
    if (headerDate) {
      if (dateline?.span) return { ...headerDate, datelineSpan: dateline.span };
      continue;
    }
    const found = dateline ?? readDateLine(lineText, line);
    if (found) return dateline ? { ...found, datelineSpan: found.span } : found;
  }
  return headerDate ?? inferFromReferences(options) ?? unknown;
}

/**
 * An article with no date of its own can still be placed when it announces a dated event: it was written
 * before the first day it speaks of in the future tense (and after those it reports as past). Past dates
 * alone say too little: an article about an event may be written years later. The result says "inferred".
 */
function inferFromReferences(options: PublicationDateOptions): PublicationDate | undefined {
  const days = options.referencedDays();
  const future = days.filter((d) => d.future).map((d) => d.date).sort();
  if (future.length === 0) return undefined;
  const past = days.filter((d) => !d.future).map((d) => d.date).sort();
  const dayBefore = formatDate(addDays(parseIsoDate(future[0])!, -1));
  const latestPast = past[past.length - 1];
  if (latestPast && latestPast > dayBefore) return undefined;
  return { date: dayBefore, source: 'inferred', yearInferred: false };
}

function readDateline(lineText: string, line: Span, options: PublicationDateOptions): PublicationDate | null {
  const iso = ISO_DATELINE.exec(lineText);
  if (iso && parseIsoDate(iso[2])) {
    const start = line.start + lineText.indexOf(iso[2]);
    return { date: iso[2], source: 'dateline', yearInferred: false, span: { start, end: start + iso[2].length } };
  }
  const m = DATELINE.exec(lineText);
  if (!m) return null;
  const month = monthNumber(m[2]);
  const day = parseInt(m[3], 10);
  const start = line.start + m[0].indexOf(m[2], m[1].length);
  const end = line.start + m[0].replace(/\s*(?:\([^)]*\)\s*)?[:—–-]$/, '').length;
  const span = { start, end };
  let year = m[4] ? parseInt(m[4], 10) : undefined;
  const yearInferred = year === undefined;
  if (year === undefined) {
    const years = options.referencedYears();
    if (years.length === 0) return { date: null, source: 'dateline', yearInferred: false, span };
    year = Math.max(...years);
  }
  const date = { year, month, day };
  if (!isValidDate(date)) return { date: null, source: null, yearInferred: false, span };
  return { date: formatDate(date), source: 'dateline', yearInferred, span };
}

function readDateLine(lineText: string, line: Span): PublicationDate | null {
  let year: number, month: number, day: number;
  const mdy = DATE_LINE_MDY.exec(lineText);
  const dmy = DATE_LINE_DMY.exec(lineText);
  const iso = DATE_LINE_ISO.exec(lineText);
  if (mdy) [month, day, year] = [monthNumber(mdy[1]), +mdy[2], +mdy[3]];
  else if (dmy) [day, month, year] = [+dmy[1], monthNumber(dmy[2]), +dmy[3]];
  else if (iso) {
    const d = parseIsoDate(iso[1]);
    if (!d) return null;
    ({ year, month, day } = d);
  } else return null;
  const date = { year, month, day };
  if (!isValidDate(date)) return null;
  const start = line.start + lineText.search(/\S/);
  return { date: formatDate(date), source: 'dateLine', yearInferred: false, span: { start, end: line.start + lineText.trimEnd().length } };
}
