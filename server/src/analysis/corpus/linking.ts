import { finish, type Steps } from './steps';
import type { ArticleEntity } from '../types';
import { foldWord } from '../entities/nameKey';
import { addressClashes } from '../entities/titles';

// Cross-article identity. Article entities meet when:
// - their full names fold to the same key ("Sergey Lavrov" = "Sergei Lavrov", types equal), or a person's
//   first names agree and the surnames differ only in vowels ("Ingrid Halvorsen" = "Ingrid Halvorson");
// - an organisation's acronym is another's name or acronym ("SCO" = "Shanghai Cooperation Organisation (SCO)"),
//   unless the corpus defines it as two names ("CIS"), or spells the initials of exactly one name of its
//   article ("UAW" = "United Auto Workers");
// - a distinctive first word stands for the one body whose name it begins ("Apple" = "Apple Computer"), or,
//   where it begins several, for the one the articles that write it alone name ("Inter" = "Inter Milan");
// - a person written with an initial or a surname only ("S. Jaishankar", "Lavrov") fits exactly one
//   full name with that surname (and initial), and a form of address of the same sex ("Mrs Yeltsin" is no
//   Boris Yeltsin): two people who share a surname are never merged;
// - a bare name no list knows is the given name of exactly one person named in full ("Elian", "Elian Gonzalez").

export interface EntityNode {
  article: string;
  index: number;
  entity: ArticleEntity;
  /**
   * `initials`: what a name of several words spells ("UAW" for "United Auto Workers"); `spelledOut`: keys a
   * name beginning with an acronym shares with the name spelling it out ("UN|security council"); `asSurname`:
   * a one-word place name no list knows, which may be a surname; `legalForm`: an organisation written with
   * its legal form ("Apple Inc."), a company's full name. Their rules are below.
   */
  keys: { full?: string; acronym?: string; asSurname?: string; asGivenName?: string; legalForm?: boolean; initials?: string; spelledOut?: string[]; surname?: string; initial?: string; skeleton?: string; head?: string; alias?: string; givenName?: string };
}

/** The word of a bare name that may be a person's given name: a lone word typed a person, or an organisation no list knows (not a place: "Cardenas" the town). */
export function givenNameKey(node: EntityNode): string | undefined {
  const { keys, entity } = node;
  if (entity.type === 'person') return keys.full === undefined && keys.initial === undefined ? entity.name.toLowerCase() : undefined;
  return keys.asGivenName;
}

/**
 * An organisation's name that may be another's short form: one word ("Apple", "Apple Inc."), or a name too
 * long to have a short form itself; not an acronym, which has rules of its own ("AP" is no "App Store").
 */
function isShortForm(n: EntityNode): boolean {
  const writtenAsAcronym = n.keys.acronym !== undefined && n.entity.acronym === undefined;
  return n.entity.type === 'organization' && !n.keys.head && n.keys.full !== undefined && !writtenAsAcronym;
}

/** Groups of nodes that are one entity, in order of their first node. */
export function linkEntities(nodes: readonly EntityNode[]): EntityNode[][] {
  return finish(linkEntitySteps(nodes));
}

/** linkEntities in steps (see steps.ts): one pass over the nodes per step. */
export function* linkEntitySteps(nodes: readonly EntityNode[]): Steps<EntityNode[][]> {
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const keysOf = (keys: string | readonly string[] | undefined): readonly string[] => (keys === undefined ? [] : typeof keys === 'string' ? [keys] : keys);
  const unionByKey = (keyOf: (n: EntityNode) => string | readonly string[] | undefined) => {
    const first = new Map<string, number>();
    nodes.forEach((n, i) => {
      for (const k of keysOf(keyOf(n))) {
        const seen = first.get(k);
        if (seen === undefined) first.set(k, i);
        else union(seen, i);
      }
    });
  };
  /** Per key, the groups (their roots as they stand now) of the nodes that have it. */
  const rootsByKey = (keyOf: (n: EntityNode) => string | undefined): Map<string, Set<number>> => {
    const out = new Map<string, Set<number>>();
    nodes.forEach((n, i) => {
      const k = keyOf(n);
      if (k === undefined) return;
      const roots = out.get(k) ?? new Set<number>();
      roots.add(find(i));
      out.set(k, roots);
    });
    return out;
  };
  /** The distinct groups, as they stand now, of roots found earlier. */
  const currentRoots = (roots: ReadonlySet<number> | undefined): number[] => [...new Set([...(roots ?? [])].map(find))];

  unionByKey((n) => n.keys.full);
  yield;
  // The user's aliases: declared in .article-lens.json, they overrule every other rule.
  unionByKey((n) => (n.keys.alias !== undefined ? `alias:${n.keys.alias}` : undefined));
  yield;
  // Spellings that differ only in vowels of the surname: "Halvorsen"/"Halvorson", "Jaishankar"/"Jaishanker".
  unionByKey((n) => n.keys.skeleton);
  yield;
  // Acronyms: every organisation defined with or written as an acronym; not an acronym the corpus defines as
  // different names ("CIS": the Commonwealth of Independent States, Spain's Centre for Sociological Studies),
  // where each definition stays with its own name and the acronym alone joins neither. An acronym its
  // article does not define but one of its names spells counts as defined there.
  const definitions = new Map<string, Set<string | undefined>>();
  const define = (acronym: string, name: string | undefined) => definitions.set(acronym, (definitions.get(acronym) ?? new Set<string | undefined>()).add(name));
  const spelledInArticle = new Map<string, Set<string | undefined>>();
  for (const n of nodes) {
    if (n.keys.initials === undefined || n.entity.type === 'person') continue;
    const k = `${n.article}\u0000${n.keys.initials}`;
    spelledInArticle.set(k, (spelledInArticle.get(k) ?? new Set<string | undefined>()).add(n.keys.full));
  }
  for (const n of nodes) {
    if (n.entity.type === 'person' || n.keys.acronym === undefined) continue;
    if (n.entity.acronym !== undefined) define(n.entity.acronym, n.keys.full);
    else {
      const spelled = spelledInArticle.get(`${n.article}\u0000${n.keys.acronym.replace(/&/g, '')}`);
      if (spelled?.size === 1) define(n.keys.acronym, [...spelled][0]);
    }
  }
  unionByKey((n) => (n.keys.acronym && n.entity.type !== 'person' && (definitions.get(n.keys.acronym)?.size ?? 0) <= 1 ? `acronym:${n.keys.acronym}` : undefined));
  yield;
  // A name that begins with an acronym is the name that spells it out: "UN Security Council" is the "United
  // Nations Security Council".
  // Two names spelt out alike ("Toronto Stock Exchange", "Tokyo Stock Exchange": "TS|exchange") meet only
  // through a name that begins with the acronym, and only where it spells out one name.
  const spelling = new Map<string, { led: number[]; spelled: Map<string | undefined, number[]> }>();
  nodes.forEach((n, i) => {
    const first = n.entity.name.split(/\s+/)[0].replace(/\./g, '');
    for (const k of n.keys.spelledOut ?? []) {
      const entry = spelling.get(k) ?? { led: [], spelled: new Map<string | undefined, number[]>() };
      if (k.startsWith(`${first}|`)) entry.led.push(i);
      else {
        const spelledBy = entry.spelled.get(n.keys.full);
        if (spelledBy) spelledBy.push(i);
        else entry.spelled.set(n.keys.full, [i]);
      }
      spelling.set(k, entry);
    }
  });
  for (const { led, spelled } of spelling.values()) {
    if (led.length === 0 || spelled.size > 1) continue;
    const members = [...led, ...[...spelled.values()].flat()];
    for (const i of members) union(members[0], i);
  }
  yield;
  // An acronym its article does not define stands for the one name of the article whose initials it spells
  // ("UAW" and "United Auto Workers", "GM" and "General Motors"); none where two names spell it. Only within
  // an article: across a corpus, short acronyms spell unrelated names ("CD", "China Daily").
  const spelledBy = rootsByKey((n) => (n.keys.initials !== undefined ? `${n.article}\u0000${n.keys.initials}` : undefined));
  yield;
  nodes.forEach((n, i) => {
    if (n.entity.type === 'person' || n.keys.acronym === undefined || n.entity.acronym !== undefined) return;
    const roots = currentRoots(spelledBy.get(`${n.article}\u0000${n.keys.acronym.replace(/&/g, '')}`));
    if (roots.length === 1) union(roots[0], i);
  });
  yield;
  // An organisation's short form is its first word: "Apple" is "Apple Inc" and "Apple Computer".
  const shortForms = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (isShortForm(n)) shortForms.set(n.keys.full!.replace(/^name:/, ''), i);
  });
  // Not where its article names two organisations that begin with the word ("Apple Corps" and "Apple
  // Computer", or "Apple Inc.", in one report of their dispute): there the word is either's.
  const namesByHead = new Map<string, Set<string>>();
  nodes.forEach((n) => {
    const head = n.keys.head ?? (n.keys.legalForm ? n.keys.full?.replace(/^name:/, '') : undefined);
    if (head === undefined || n.keys.full === undefined) return;
    const key = `${n.article}\u0000${head}`;
    const names = namesByHead.get(key) ?? new Set<string>();
    names.add(n.keys.full);
    namesByHead.set(key, names);
  });
  yield;
  const mayTakeShortForm = (n: EntityNode) => n.keys.head !== undefined && (namesByHead.get(`${n.article}\u0000${n.keys.head}`)?.size ?? 0) <= 1;
  // Across a corpus a first word begins the names of several bodies ("Inter Milan", "Inter Bratislava";
  // "Atletico Madrid", "Atletico Paranaense"): the word alone is the one of them the articles that write it
  // alone also name, where one does clearly more often than the others; else none, rather than all of
  // them as one. Per first word, per long name, the articles where it stands beside the word alone.
  const alone = new Set<string>();
  nodes.forEach((n) => {
    if (isShortForm(n)) alone.add(`${n.article}\u0000${n.keys.full!.replace(/^name:/, '')}`);
  });
  const longNames = new Map<string, Map<string, Set<string>>>();
  nodes.forEach((n) => {
    if (!mayTakeShortForm(n) || n.keys.full === undefined) return;
    const byName = longNames.get(n.keys.head!) ?? new Map<string, Set<string>>();
    const beside = byName.get(n.keys.full) ?? new Set<string>();
    if (alone.has(`${n.article}\u0000${n.keys.head}`)) beside.add(n.article);
    byName.set(n.keys.full, beside);
    longNames.set(n.keys.head!, byName);
  });
  const shortened = new Map<string, string>();
  for (const [head, byName] of longNames) {
    const ranked = [...byName].map(([name, beside]) => ({ name, beside: beside.size })).sort((a, b) => b.beside - a.beside);
    if (ranked.length === 1 || (ranked[0].beside > 0 && ranked[0].beside >= 2 * ranked[1].beside)) shortened.set(head, ranked[0].name);
  }
  yield;
  nodes.forEach((n, i) => {
    if (!mayTakeShortForm(n) || shortened.get(n.keys.head!) !== n.keys.full) return;
    const short = shortForms.get(n.keys.head!);
    if (short !== undefined) union(short, i);
  });
  yield;

  // People without a full first name attach to the one full name that fits them.
  const fullPeopleBySurname = rootsByKey((n) => (n.entity.type === 'person' && n.keys.full ? n.keys.surname : undefined));
  yield;
  nodes.forEach((n, i) => {
    if (n.entity.type !== 'person' || n.keys.full || !n.keys.surname) return;
    // Not a man's full name for "Mrs Yeltsin", nor a woman's for "Mr Clinton".
    const candidates = currentRoots(fullPeopleBySurname.get(n.keys.surname)).filter((root) => !n.entity.titles.some((t) => addressClashes(t, nodes[root].entity.name.split(/\s+/)[0])));
    const fitting = n.keys.initial ? candidates.filter((root) => nodes[root].keys.initial === n.keys.initial) : candidates;
    if (fitting.length === 1) union(fitting[0], i);
  });
  yield;
  // A one-word place no list knows that is the surname of exactly one person named in full is theirs: the
  // tagger takes unfamiliar surnames for places ("Obama said" beside "Barack Obama"). Not a name the corpus
  // also gives an organisation ("Ericsson" the company beside "Leif Ericsson").
  const organisationNames = new Set(nodes.filter((n) => n.entity.type === 'organization').map((n) => n.keys.full));
  nodes.forEach((n, i) => {
    if (n.keys.asSurname === undefined || organisationNames.has(`name:${n.keys.asSurname}`)) return;
    const roots = currentRoots(fullPeopleBySurname.get(n.keys.asSurname));
    if (roots.length === 1) union(roots[0], i);
  });
  yield;
  // Remaining partial names with the same surname and compatible initials are one person.
  unionByKey((n) => (n.entity.type === 'person' && !n.keys.full && n.keys.initial ? `initial:${n.keys.initial}:${n.keys.surname}` : undefined));
  yield;
  const initialPeopleBySurname = rootsByKey((n) => (n.entity.type === 'person' && !n.keys.full && n.keys.initial ? n.keys.surname : undefined));
  yield;
  nodes.forEach((n, i) => {
    if (n.entity.type !== 'person' || n.keys.full || n.keys.initial || !n.keys.surname) return;
    if (fullPeopleBySurname.has(n.keys.surname)) return;
    const roots = currentRoots(initialPeopleBySurname.get(n.keys.surname));
    if (roots.length === 1) union(roots[0], i);
  });
  yield;
  unionByKey((n) => (n.entity.type === 'person' && !n.keys.full && !n.keys.initial && !fullPeopleBySurname.has(n.keys.surname!) ? `surname:${n.keys.surname}` : undefined));
  yield;
  // A bare surname that no person of the corpus bears, where one organisation is named by that word ("Ford",
  // "Chrysler" beside "Chrysler LLC"), is that organisation: companies named after their founders read as
  // people.
  const organisationsByWord = rootsByKey((n) => {
    const word = n.entity.type !== 'organization' ? undefined : (n.keys.head ?? n.keys.full?.replace(/^name:/, ''));
    return word?.includes(' ') ? undefined : word;
  });
  yield;
  nodes.forEach((n, i) => {
    if (n.entity.type !== 'person' || n.keys.full || n.keys.initial || !n.keys.surname) return;
    if (fullPeopleBySurname.has(n.keys.surname) || initialPeopleBySurname.has(n.keys.surname)) return;
    const roots = currentRoots(organisationsByWord.get(n.keys.surname));
    if (roots.length === 1) union(roots[0], i);
  });
  yield;

  // Last, when every other link is made: a bare name that is the given name of exactly one person named in
  // full, and nobody's surname, is theirs: a story calls a child by first name ("Elian" beside "Elian
  // Gonzalez"), often in articles that never give the full name, where the tagger may even take the name for
  // a company's. Only a given name no list knows: a known one alone is a famous person's as often as the
  // corpus's ("Diana" beside "Diana de Cardenas"), or something else the tagger saw ("Brent" crude, "Chelsea"
  // the club). Nor a bare name already tied to another ("Sun" to Sun Microsystems, "Mo" to the "MO" of an
  // address): its group must hold that bare name only.
  const fullPeopleByGivenName = rootsByKey((n) => (n.entity.type === 'person' && n.keys.full ? n.keys.givenName : undefined));
  const tiedElsewhere = new Set<number>();
  nodes.forEach((n, i) => {
    if (givenNameKey(n) === undefined) tiedElsewhere.add(find(i));
  });
  yield;
  nodes.forEach((n, i) => {
    const word = givenNameKey(n);
    if (word === undefined || tiedElsewhere.has(find(i)) || fullPeopleBySurname.has(foldWord(word)) || initialPeopleBySurname.has(foldWord(word))) return;
    const roots = currentRoots(fullPeopleByGivenName.get(word));
    if (roots.length === 1) union(roots[0], i);
  });
  yield;

  const groups = new Map<number, EntityNode[]>();
  nodes.forEach((n, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(n);
    else groups.set(root, [n]);
  });
  yield;
  return [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, g]) => g);
}
