import type { DateRange, PublicationDate } from '../types';
import { daysInMonth, parseIsoDate } from './calendar';

// Dates in words for people: "1–10 December 2025", "publication date 2025-10-01, from the header".

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function describeRange(range: DateRange): string {
  const a = parseIsoDate(range.start);
  const b = parseIsoDate(range.end);
  if (!a || !b) return `${range.start} – ${range.end}`;
  const wholeYear = a.month === 1 && a.day === 1 && b.month === 12 && b.day === 31;
  if (wholeYear && a.year === b.year) return String(a.year);
  if (wholeYear) return `${a.year}–${b.year}`;
  const wholeMonth = a.day === 1 && b.day === daysInMonth(b.year, b.month);
  if (a.year === b.year && a.month === b.month) {
    if (wholeMonth) return `${MONTH_NAMES[a.month - 1]} ${a.year}`;
    if (a.day === b.day) return `${a.day} ${MONTH_NAMES[a.month - 1]} ${a.year}`;
    return `${a.day}–${b.day} ${MONTH_NAMES[a.month - 1]} ${a.year}`;
  }
  if (wholeMonth && a.year === b.year) return `${MONTH_NAMES[a.month - 1]} – ${MONTH_NAMES[b.month - 1]} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${MONTH_NAMES[a.month - 1]} – ${b.day} ${MONTH_NAMES[b.month - 1]} ${a.year}`;
  return `${a.day} ${MONTH_NAMES[a.month - 1]} ${a.year} – ${b.day} ${MONTH_NAMES[b.month - 1]} ${b.year}`;
}

/** What relative dates of an article were resolved against, or why they could not be. */
export function describeAnchor(publication: PublicationDate): string {
  if (!publication.date) {
    if (publication.source === 'header') return 'no publication date: the date header is not a valid date';
    return 'no publication date: the article has no `date YYYY-MM-DD` header, dateline or date line, so relative dates stay unresolved';
  }
  const where =
    publication.source === 'header'
      ? 'from the header'
      : publication.source === 'dateline'
        ? publication.yearInferred
          ? "from the dateline, its year inferred from the article's dated references"
          : 'from the dateline'
        : publication.source === 'dateLine'
          ? 'from the date line under the title'
          : 'inferred from the text';
  return `publication date ${publication.date}, ${where}`;
}
