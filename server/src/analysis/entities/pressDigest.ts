import type { Span } from '../types';
import { lineSpans } from '../text/lines';
import { nameSpans } from './corrections';
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

/** The lines of a press review that name the paper whose stories follow. */
export function pressReviewSources(text: string): Span[] {
  const blank = (l: Span) => !/\S/.test(text.slice(l.start, l.end));
  const all = lineSpans(text);
  // Most articles are no press review: their first lines say so before the rest is read.
  let lead = 0;
  let reviews = false;
  for (let k = 0; k < all.length && lead < LEAD_LINES && !reviews; k++) {
    if (blank(all[k])) continue;
    lead++;
    reviews = REVIEWS_THE_PRESS.test(text.slice(all[k].start, all[k].end));
  }
  if (!reviews) return [];
  const lines = all.filter((l) => !blank(l));
  const lineText = (k: number) => text.slice(lines[k].start, lines[k].end);
  const sources: Span[] = [];
  for (let i = 1; i + 1 < lines.length; i++) {
    if (!BULLET.test(lineText(i + 1)) && !SEPARATOR.test(lineText(i - 1))) continue;
    const line = lineText(i);
    const words = line.trim().split(/\s+/);
    if (words.length > MAX_WORDS || !words.every((w) => CAPITALS_WORD.test(w)) || !words.some((w) => /\p{Lu}{2}/u.test(w))) continue;
    // A review may group its stories by country ("IRAQ") or by page ("FRONT PAGE") instead.
    if (knownType(line.trim()) === 'place' || words.some((w) => SECTION_WORDS.has(w))) continue;
    sources.push({ start: lines[i].start + line.length - line.trimStart().length, end: lines[i].start + line.trimEnd().length });
  }
  return sources;
}

/** Names a press review's source lines: each line is one organisation, whatever the tagger made of it. */
export function namePressReviewSources(names: RecognizedName[], text: string): RecognizedName[] {
  return nameSpans(names, text, pressReviewSources(text), 'organization');
}
