import { insertNames, keepNames } from './corrections';
import { knownType } from './lexicon';
import type { RecognizedName } from './recognizer';

// A press review ("Leading stories in the Greek financial press:", "Headlines from major national
// newspapers") heads each paper's stories with the paper's name on a line of its own, in capitals:
// "FINANCIAL KATHIMERINI", "DIARIO 16", "THE NATION". The tagger reads such a line without context, as a
// headline, and misses or cuts names it has never seen ("EXPRESS", "DAWN", "GACETA DE LOS NEGOCIOS").

/** Says, near its top, that the article reports what newspapers wrote. */
const REVIEWS_THE_PRESS = /\b(?:press|newspapers?|papers|dailies|weeklies|editorials)\b/i;
/** Words of a paper's name in capitals: "EL PAIS", "DIARIO 16", "LE JOUR", "AL-AHRAM". */
const CAPITALS_WORD = /^(?:\p{Lu}[\p{Lu}'’&.-]*|\d{1,3})$/u;
const BULLET = /^\s*(?:-|\*|•)/;
const SEPARATOR = /^\s*(?:[-*=_]\s*){3,}$/;
const SECTION_WORDS = new Set(['PAGE', 'PAGES', 'SECTION', 'EDITORIAL', 'EDITORIALS', 'COMMENT', 'OPINION', 'HEADLINES', 'STORIES']);
const MAX_WORDS = 5;
const LEAD_LINES = 4;

/** The lines of a press review that name the paper whose stories follow, without a leading "THE". */
export function pressReviewSources(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (line.trim()) lines.push({ start, end: start + line.length, text: line });
    start = end + 1;
  }
  if (!lines.slice(0, LEAD_LINES).some((l) => REVIEWS_THE_PRESS.test(l.text))) return [];
  const sources: Array<{ start: number; end: number }> = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i];
    if (!BULLET.test(lines[i + 1].text) && !SEPARATOR.test(lines[i - 1].text)) continue;
    const words = line.text.trim().split(/\s+/);
    if (words.length > MAX_WORDS || !words.every((w) => CAPITALS_WORD.test(w)) || !words.some((w) => /\p{Lu}{2}/u.test(w))) continue;
    // A review may group its stories by country ("IRAQ") or by page ("FRONT PAGE") instead.
    if (knownType(line.text.trim()) === 'place' || words.some((w) => SECTION_WORDS.has(w))) continue;
    const leading = line.text.length - line.text.trimStart().length;
    const article = words.length > 1 && words[0] === 'THE' ? 4 : 0;
    sources.push({ start: line.start + leading + article, end: line.start + line.text.trimEnd().length });
  }
  return sources;
}

/** Names a press review's source lines: each line is one organisation, whatever the tagger made of it. */
export function namePressReviewSources(names: RecognizedName[], text: string): RecognizedName[] {
  const sources = pressReviewSources(text);
  if (sources.length === 0) return names;
  const kept = keepNames(names, (n) => !sources.some((s) => n.start < s.end && s.start < n.end));
  const named = sources.map((s): RecognizedName => {
    const source = text.slice(s.start, s.end);
    return { start: s.start, end: s.end, text: source, type: 'organization', words: source.split(/\s+/) };
  });
  return insertNames(kept, named);
}
