import type { Span } from '../types';
import { lineSpans } from './lines';

// Site furniture that scrapers leave in article text; the grammar in syntaxes/ marks the same lines.
const BOILERPLATE_LINE = new RegExp(
  '^\\s*(?:' +
    [
      'advertisement(?:\\s*[·•|-]\\s*scroll to continue)?',
      'scroll to continue(?: with content)?',
      'story continues (?:below|after) (?:the )?advertisement',
      '(?:also read|read more|read also|also see|watch|recommended)\\s*[:|].*',
      '\\(?with inputs? from [^)]*\\)?\\.?',
      'based on [\\w .-]{1,40} report\\.?',
      'subscribe\\b.*',
      'click here\\b.*',
      'follow us on\\b.*',
      '(?:share|tweet|email|print)(?:\\s*[·•|]\\s*(?:share|tweet|email|print))*',
    ].join('|') +
    ')\\s*$',
  'i',
);

/** Spans of whole lines that are boilerplate rather than article text. */
export function findBoilerplate(text: string): Span[] {
  return lineSpans(text).filter((line) => line.end > line.start && BOILERPLATE_LINE.test(text.slice(line.start, line.end)));
}

export function isInside(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
