import type { EntityType, Span } from '../types';
import type { RecognizedName } from './recognizer';
import { foldName } from './nameKey';

// The user's corrections to names (from .article-lens.json): names that are no entity, forced types, and
// aliases that are one entity. Plain data; the workspace reads the file.

export interface Corrections {
  /** Canonical name → other names of the same entity. */
  aliases: Record<string, string[]>;
  /** Name → the type it always has. */
  types: Record<string, EntityType>;
  /** Names that are no entity at all. */
  ignoredNames: string[];
}

export const NO_CORRECTIONS: Corrections = { aliases: {}, types: {}, ignoredNames: [] };

export function hasCorrections(c: Corrections): boolean {
  return Object.keys(c.aliases).length > 0 || Object.keys(c.types).length > 0 || c.ignoredNames.length > 0;
}

/** Names as the user corrected them: ignored ones dropped, forced types applied. */
export function correctNames(names: RecognizedName[], c: Corrections): RecognizedName[] {
  if (!hasCorrections(c)) return names;
  const ignored = new Set(c.ignoredNames.map(foldName));
  const types = new Map(Object.entries(c.types).map(([name, type]) => [foldName(name), type]));
  return keepNames(names, (n) => !ignored.has(foldName(n.text))).map((n) => ({ ...n, type: types.get(foldName(n.text)) ?? n.type }));
}

/** The names that pass `keep`; an acronym's index of what it abbreviates follows the names it points at. */
export function keepNames(names: readonly RecognizedName[], keep: (name: RecognizedName) => boolean): RecognizedName[] {
  const kept = names.filter(keep);
  if (kept.length === names.length) return kept;
  const index = new Map(kept.map((n, i) => [n, i]));
  return kept.map((n) => {
    const target = n.abbreviates !== undefined ? names[n.abbreviates] : undefined;
    const abbreviates = target !== undefined ? index.get(target) : undefined;
    const copy: RecognizedName = { ...n };
    if (abbreviates !== undefined) copy.abbreviates = abbreviates;
    else delete copy.abbreviates;
    return copy;
  });
}

/** The names with `added` among them in order of start; an acronym's index of what it abbreviates follows. */
export function insertNames(names: readonly RecognizedName[], added: readonly RecognizedName[]): RecognizedName[] {
  if (added.length === 0) return [...names];
  const all = [...names, ...added].sort((a, b) => a.start - b.start);
  const index = new Map(all.map((n, i) => [n, i]));
  const inserted = new Set(added);
  return all.map((n) => {
    if (n.abbreviates === undefined || inserted.has(n)) return n;
    return { ...n, abbreviates: index.get(names[n.abbreviates]) };
  });
}

/**
 * The names with each span named anew as one name of `type`: the names a span overlaps go. A leading "the"
 * stays out, as everywhere ("THE NATION" names "NATION", "London (The Oval)" "Oval").
 */
export function nameSpans(names: RecognizedName[], text: string, spans: readonly Span[], type: EntityType): RecognizedName[] {
  if (spans.length === 0) return names;
  const kept = keepNames(names, (n) => !spans.some((s) => n.start < s.end && s.start < n.end));
  const named = spans.map((s): RecognizedName => {
    const start = s.start + (/^the\s+(?=\S)/i.exec(text.slice(s.start, s.end))?.[0].length ?? 0);
    const written = text.slice(start, s.end);
    return { start, end: s.end, text: written, type, words: written.split(/\s+/) };
  });
  return insertNames(kept, named);
}

/** The canonical folded name an alias stands for, if the user declared one. */
export function aliasTarget(name: string, c: Corrections): string | undefined {
  const key = foldName(name);
  for (const [canonical, others] of Object.entries(c.aliases)) {
    if (foldName(canonical) === key || others.some((o) => foldName(o) === key)) return foldName(canonical);
  }
  return undefined;
}
