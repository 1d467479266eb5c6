import type { Finding } from '../types';
import type { Corpus } from './corpus';
import { finish, Pacer, type Steps } from './steps';
import { isDemonym, knownType } from '../entities/lexicon';
import { isSpellingVariant, spellingKey } from '../entities/nameKey';

// Findings on names across articles: a name spelled here differently from how the other articles spell the
// same entity ("Sergei Lavrov" here, "Sergey Lavrov" in four others), and a person an article names only by
// surname without ever introducing them.

export interface EntityFindingOptions {
  variants: boolean;
  unintroduced: boolean;
  roleConflicts?: boolean;
}

/** The words of a title that say what the office is: "Russian Foreign Minister" → {foreign, minister}. */
function titleCore(title: string): Set<string> | undefined {
  if (/^[\p{Lu}.]+$/u.test(title)) return undefined; // "PM", "EAM": abbreviations say too little to compare
  const words = title
    .split(/\s+/)
    .map((w) => w.replace(/[.,]/g, ''))
    .filter((w) => w && !isDemonym(w) && !knownType(w) && !/^(the|of|a|an|former|then|current|acting)$/i.test(w));
  return words.length ? new Set(words.map((w) => w.toLowerCase())) : undefined;
}

const isSubset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

/** The reference whose text the most references share; the first of them. */
function mostFrequent<T extends { mention: { text: string } }>(refs: readonly T[]): T {
  const counts = new Map<string, number>();
  for (const r of refs) counts.set(r.mention.text, (counts.get(r.mention.text) ?? 0) + 1);
  let best = refs[0];
  for (const r of refs) if (counts.get(r.mention.text)! > counts.get(best.mention.text)!) best = r;
  return best;
}

export function entityFindings(corpus: Corpus, label: (article: string) => string, options: EntityFindingOptions = { variants: true, unintroduced: true }): Map<string, Finding[]> {
  return finish(entityFindingSteps(corpus, label, options));
}

/** entityFindings in steps (see steps.ts). */
export function* entityFindingSteps(corpus: Corpus, label: (article: string) => string, options: EntityFindingOptions = { variants: true, unintroduced: true }): Steps<Map<string, Finding[]>> {
  yield* corpus.linkSteps();
  const pacer = new Pacer(2000);
  const out = new Map<string, Finding[]>();
  const add = (article: string, f: Finding) => {
    const list = out.get(article) ?? [];
    list.push(f);
    out.set(article, list);
  };
  // An entity named in thousands of articles is gone through in several steps.
  for (const entity of corpus.entities()) {
    if (pacer.tick()) yield;
    if (entity.occurrences.length < 2) continue;
    const refs = corpus.references(entity);
    if (options.variants) {
      // Spellings of the full name, by the number of articles that use each; a spelling in capitals or with
      // periods ("NEW YORK" in a dateline, "St. Louis") is the same spelling.
      const articlesBySpelling = new Map<string, Set<string>>();
      for (const r of refs) {
        if (pacer.tick()) yield;
        if (r.mention.form !== 'full') continue;
        const spelling = spellingKey(r.mention.text);
        const set = articlesBySpelling.get(spelling) ?? new Set<string>();
        set.add(r.article);
        articlesBySpelling.set(spelling, set);
      }
      const spellings = [...articlesBySpelling.entries()].sort((a, b) => b[1].size - a[1].size);
      if (spellings.length >= 2 && spellings[0][1].size > spellings[1][1].size) {
        const [usualSpelling, usualArticles] = spellings[0];
        // Shown as the articles write it most often.
        const example = mostFrequent(refs.filter((r) => r.mention.form === 'full' && spellingKey(r.mention.text) === usualSpelling));
        const usual = example.mention.text;
        for (const r of refs) {
          if (pacer.tick()) yield;
          if (r.mention.form !== 'full' || usualArticles.has(r.article) || !isSpellingVariant(r.mention.text, usual)) continue;
          add(r.article, {
            start: r.mention.start,
            end: r.mention.end,
            severity: 'information',
            code: 'entity-variant',
            message: `"${r.mention.text}" is spelled "${usual}" in ${usualArticles.size} other article${usualArticles.size === 1 ? '' : 's'}.`,
            related: [{ article: example.article, start: example.mention.start, end: example.mention.end, message: `"${usual}" in ${label(example.article)}` }],
            data: { replacement: usual },
          });
        }
      }
    }
    if (options.roleConflicts !== false && entity.type === 'person') {
      // Titles from different articles that cannot both be the person's: "Foreign Minister" and "Defence Minister".
      const titled = refs.filter((r) => r.mention.title).map((r, order) => ({ r, order, core: titleCore(r.mention.title!) })).filter((t) => t.core);
      // Titles are compared as distinct titles, not mention by mention: a person named in thousands of
      // articles has only a few titles.
      const byTitle = new Map<string, typeof titled>();
      for (const t of titled) {
        const list = byTitle.get(t.r.mention.title!);
        if (list) list.push(t);
        else byTitle.set(t.r.mention.title!, [t]);
      }
      const distinct = [...byTitle.values()];
      const clashes = new Map(distinct.map((a) => [a, distinct.filter((b) => !isSubset(a[0].core!, b[0].core!) && !isSubset(b[0].core!, a[0].core!))]));
      for (const a of titled) {
        if (pacer.tick()) yield;
        // Each mention is reported once, against the first title it cannot share.
        let b: (typeof titled)[number] | undefined;
        for (const other of clashes.get(byTitle.get(a.r.mention.title!)!)!) {
          const first = other.find((t) => t.r.article !== a.r.article);
          if (first && (!b || first.order < b.order)) b = first;
        }
        if (b) {
          add(a.r.article, {
            start: a.r.mention.start,
            end: a.r.mention.end,
            severity: 'information',
            code: 'entity-role-conflict',
            message: `${entity.name} is called "${a.r.mention.title}" here but "${b.r.mention.title}" in ${label(b.r.article)}.`,
            related: [{ article: b.r.article, start: b.r.mention.start, end: b.r.mention.end, message: `"${b.r.mention.title}" in ${label(b.r.article)}` }],
          });
        }
      }
    }
    if (options.unintroduced && entity.type === 'person') {
      for (const o of entity.occurrences) {
        if (pacer.tick()) yield;
        const analysis = corpus.get(o.article)!;
        const mentions = o.mentions.map((i) => analysis.mentions[i]);
        if (mentions.some((m) => m.form === 'full') || mentions[0].title) continue;
        const elsewhere = refs.find((r) => r.article !== o.article && r.mention.form === 'full');
        if (!elsewhere) continue;
        add(o.article, {
          start: mentions[0].start,
          end: mentions[0].end,
          severity: 'hint',
          code: 'entity-unintroduced',
          message: `"${mentions[0].text}" is never introduced in this article; other articles call them "${entity.name}".`,
          related: [{ article: elsewhere.article, start: elsewhere.mention.start, end: elsewhere.mention.end, message: `"${elsewhere.mention.text}" in ${label(elsewhere.article)}` }],
          data: { replacement: entity.name },
        });
      }
    }
  }
  return out;
}
