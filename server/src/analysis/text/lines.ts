import type { Span } from '../types';

let lastText: string | undefined;
let lastLines: readonly Span[] = [];

/**
 * The lines of a text, without their terminators (\n, \r\n or \r). Several stages of one analysis ask for
 * the lines of the same text: the last answer is remembered (and must not be changed).
 */
export function lineSpans(text: string): readonly Span[] {
  if (text !== lastText) {
    lastLines = findLines(text);
    lastText = text;
  }
  return lastLines;
}

function findLines(text: string): Span[] {
  const lines: Span[] = [];
  let start = 0;
  // The next line feed and carriage return, each looked for again only once passed.
  let feed = text.indexOf('\n');
  let ret = text.indexOf('\r');
  while (feed >= 0 || ret >= 0) {
    const end = ret < 0 || (feed >= 0 && feed < ret) ? feed : ret;
    lines.push({ start, end });
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    if (feed >= 0 && feed < start) feed = text.indexOf('\n', start);
    if (ret >= 0 && ret < start) ret = text.indexOf('\r', start);
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** Converts string offsets to zero-based line and column (UTF-16 code units), for reports. */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineSpans(text).map((l) => l.start);
  }

  position(offset: number): { line: number; character: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - this.starts[lo] };
  }
}
