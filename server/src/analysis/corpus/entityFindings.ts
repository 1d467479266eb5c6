import type { Finding } from '../types';
import type { Corpus } from './corpus';
import { finish, Pacer, type Steps } from './steps';
import { isDemonym, isFirstName, knownType } from '../entities/lexicon';
import { foldWord, isSpellingVariant, spellingKey } from '../entities/nameKey';
import { isFormOfAddress } from '../entities/titles';
import { remembered } from '../memo';

// Findings on names across articles: a name spelled here differently from how the other articles spell the
// same entity ("Sergei Lavrov" here, "Sergey Lavrov" in four others), and a person an article names only by
// surname without ever introducing them.

export interface EntityFindingOptions {
  variants: boolean;
  unintroduced: boolean;
  roleConflicts?: boolean;
}

/** An office a title names: its head word ("minister") and the words that say which ("foreign"). */
interface Office {
  head: string;
  words: Set<string>;
}

// Ways of writing one office: compared as one.
const SAME_OFFICE: Record<string, string[]> = {
  premier: ['prime', 'minister'],
  pm: ['prime', 'minister'],
  manager: ['coach'],
  spokeswoman: ['spokesman'],
  spokesperson: ['spokesman'],
  archbishop: ['bishop'],
  defence: ['defense'],
  labour: ['labor'],
};
// Heads any office-holder is ("Palestinian leader", "security chief"): no office, no more than "Mr." is.
const ANY_OFFICE = /^(leader|head|chief|official|officials)$/;
// A past office ("former prime minister") is no rival of a present one.
const PAST = /^(former|ex|then|late|outgoing)$/;
// Words that say nothing of which office.
const NOT_WHICH = /^(the|of|a|an|and|current|acting|interim|senior|top|chief|main|new)$/;
// Ranks that make another office of the same head: a vice president is no president.
const RANK = /^(vice|deputy|assistant|associate|under)$/;

// Read once per title: a person named in thousands of articles has only a few.
const officeOf = remembered(readOffice, 5000);

function readOffice(title: string): Office | undefined {
  if (/^[\p{Lu}.]+$/u.test(title)) return undefined; // "PM", "EAM": abbreviations say too little to compare
  const words = title
    .split(/[\s-]+/)
    .map((w) => w.replace(/[.,]/g, '').toLowerCase())
    .filter((w) => w)
    .flatMap((w) => SAME_OFFICE[w] ?? [w]);
  if (words.some((w) => PAST.test(w))) return undefined;
  const press = words.lastIndexOf('press');
  if (press >= 0 && words[press + 1] === 'secretary') words.splice(press, 2, 'spokesman');
  const head = words[words.length - 1];
  if (!head || ANY_OFFICE.test(head) || isFormOfAddress(head)) return undefined;
  const which = words.slice(0, -1).filter((w) => !NOT_WHICH.test(w) && !isDemonym(w) && !knownType(w));
  return { head, words: new Set(which) };
}

/**
 * Whether two titles may both be one person's: offices of different heads may be held together ("party
 * leader" and "Prime Minister", "envoy" and "security chief"); of one head, one must say less than the other
 * ("Minister", "Defence Minister"), and not by a rank ("President", "Vice President").
 */
/** Whether two titles cannot both be one person's (officeOf, compatibleOffices). */
export function titlesConflict(a: string, b: string): boolean {
  const [x, y] = [officeOf(a), officeOf(b)];
  return x !== undefined && y !== undefined && !compatibleOffices(x, y);
}

function compatibleOffices(a: Office, b: Office): boolean {
  if (a.head !== b.head) return true;
  const [fewer, more] = a.words.size <= b.words.size ? [a, b] : [b, a];
  if (![...fewer.words].every((w) => more.words.has(w))) return false;
  return ![...more.words].some((w) => !fewer.words.has(w) && RANK.test(w));
}


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
      const titled = refs.filter((r) => r.mention.title).map((r, order) => ({ r, order, office: officeOf(r.mention.title!) })).filter((t) => t.office);
      // Titles are compared as distinct titles, not mention by mention: a person named in thousands of
      // articles has only a few titles.
      const byTitle = new Map<string, typeof titled>();
      for (const t of titled) {
        const list = byTitle.get(t.r.mention.title!);
        if (list) list.push(t);
        else byTitle.set(t.r.mention.title!, [t]);
      }
      const distinct = [...byTitle.values()];
      const clashes = new Map(distinct.map((a) => [a, distinct.filter((b) => !compatibleOffices(a[0].office!, b[0].office!))]));
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
        // A surname alone is the custom in scorers' lists, tables and headlines (in capitals too); a given
        // name alone ("Elian", "James") is no surname.
        const first = mentions[0];
        if (first.outsideProse || !/\p{Ll}/u.test(first.text) || isFirstName(first.text) || foldWord(first.text) === foldWord(entity.name.split(/\s+/)[0])) continue;
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
