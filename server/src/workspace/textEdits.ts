import type { Finding } from '../analysis/types';

// Edits between two versions of an article, and findings moved along with them: diagnostics computed before
// a keystroke stay where their text went until they are computed again.

/** One replaced stretch of text: `removed` characters at `at` became `inserted` ones. */
export interface TextEdit {
  at: number;
  removed: number;
  inserted: number;
}

/** The stretch two versions of a text differ in (their common start and end left out). */
export function textEdit(before: string, after: string): TextEdit {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { at: start, removed: before.length - end - start, inserted: after.length - end - start };
}

/** Findings moved along with edits; a finding an edit touches is dropped until the next complete run. */
export function shiftFindings(findings: readonly Finding[], edits: readonly TextEdit[]): Finding[] {
  let out: Finding[] = findings.slice();
  for (const edit of edits) {
    const delta = edit.inserted - edit.removed;
    out = out.flatMap((f) => {
      if (f.end <= edit.at && !(f.start === f.end && f.start === edit.at && edit.removed > 0)) return [f];
      if (f.start >= edit.at + edit.removed) return [{ ...f, start: f.start + delta, end: f.end + delta }];
      return [];
    });
  }
  return out;
}
