import type { ArticleEntity, EntityType, Mention, MentionForm, Span } from '../types';
import { isCommonWord, isFirstName, isFunctionWord, isOrganisationWord, knownType, withoutLegalForm } from './lexicon';
import { foldName, foldWord, isInitial } from './nameKey';
import { moveName, type RecognizedName } from './recognizer';
import { nameSpans } from './corrections';
import { addressClashes, sovereignOf } from './titles';

// Ties an article's names together: "Lavrov" is the "Sergey Lavrov" written before it, "SCO" is the
// "Shanghai Cooperation Organisation" it abbreviates. Names that stay untyped are dropped.

interface Group {
  type: EntityType;
  key: string;
  names: RecognizedName[];
  acronym?: string;
}

export function groupArticleEntities(names: readonly RecognizedName[]): { mentions: Mention[]; entities: ArticleEntity[] } {
  const groups: Group[] = [];
  const groupOf = new Map<RecognizedName, Group>();
  const byKey = new Map<string, Group>();
  const add = (name: RecognizedName, group: Group) => {
    group.names.push(name);
    groupOf.set(name, group);
  };
  const groupFor = (type: EntityType, key: string): Group => {
    const k = `${type}:${key}`;
    let group = byKey.get(k);
    if (!group) {
      group = { type, key, names: [] };
      byKey.set(k, group);
      groups.push(group);
    }
    return group;
  };

  // Full person names first, so that short forms anywhere in the article can find them.
  const people: Group[] = [];
  const isPerson = new Set<Group>();
  for (const name of names) {
    if (name.type === 'person' && name.words.length >= 2) {
      const group = groupFor('person', personKey(name.words));
      if (!isPerson.has(group)) {
        isPerson.add(group);
        people.push(group);
      }
      add(name, group);
    }
  }
  const index = peopleIndex(people);
  const byAcronym = new Map<string, Group>();

  for (const name of names) {
    if (groupOf.has(name)) continue;
    if (name.abbreviates !== undefined) {
      const target = groupOf.get(names[name.abbreviates]);
      if (target) {
        target.acronym = name.text;
        byAcronym.set(name.text, target);
        add(name, target);
      }
      continue;
    }
    // A sovereign's name is theirs alone: "King Hussein" is not the "Saddam Hussein" of the same report, nor
    // "Queen Elizabeth" an "Elizabeth Smith"; it is the sovereign the article names in full ("Queen Elizabeth II").
    const sovereign = name.words.length === 1 ? sovereignOf(name.title) : undefined;
    if (sovereign) {
      const word = foldWord(name.words[0]);
      const named = people.find((p) => p.names.some((n) => sovereignOf(n.title) === sovereign) && foldWord(p.names[0].words[0]) === word);
      add(name, named ?? groupFor('person', `${sovereign} ${word}`));
      continue;
    }
    // A surname stays its person's even where the tagger typed it otherwise ("Lavrov" as a place).
    if (name.words.length === 1 && (name.type === 'person' || name.type === undefined || name.guessed || !knownType(name.text))) {
      const person = findPersonByWord(index, name.words[0]);
      if (person && !addressClashes(name.title, person.names[0].words[0])) {
        add(name, person);
        continue;
      }
    }
    if (name.words.length === 1) {
      const acronymGroup = byAcronym.get(name.text);
      if (acronymGroup) {
        add(name, acronymGroup);
        continue;
      }
    }
    if (name.type === undefined) {
      // "Kazan will host again." after "the summit in Kazan": the same name, typed where it was clear.
      const sameName = byKey.get(`place:${foldName(name.text)}`) ?? byKey.get(`organization:${foldName(name.text)}`);
      if (sameName) add(name, sameName);
      continue;
    }
    add(name, groupFor(name.type, name.type === 'person' ? personKey(name.words) : foldName(name.type === 'organization' ? withoutLegalForm(name.text) : name.text)));
  }

  // Mentions in text order, entities in order of first mention.
  const kept = names.filter((n) => groupOf.has(n)).sort((a, b) => a.start - b.start);
  const ordered = [...new Set(kept.map((n) => groupOf.get(n)!))];
  const entityIndex = new Map(ordered.map((g, i) => [g, i]));
  const entities: ArticleEntity[] = ordered.map((g) => ({
    type: g.type,
    name: longestForm(g),
    forms: [...new Set(g.names.slice().sort((a, b) => a.start - b.start).map((n) => n.text))],
    titles: [...new Set(g.names.map((n) => n.title).filter((t): t is string => !!t))],
    ...(g.acronym ? { acronym: g.acronym } : {}),
    mentions: [],
  }));
  const mentions: Mention[] = kept.map((n, index) => {
    const group = groupOf.get(n)!;
    const entity = entityIndex.get(group)!;
    entities[entity].mentions.push(index);
    const form: MentionForm = n.abbreviates !== undefined || n.text === group.acronym ? 'acronym' : n.words.length >= 2 ? 'full' : 'short';
    const mention: Mention = { start: n.start, end: n.end, text: n.text, type: group.type, entity, form };
    if (n.title) mention.title = n.title;
    return mention;
  });
  return { mentions, entities };
}

/**
 * "Magna" and "Jones Medical" in an article that names "Magna International Inc" and "Jones Medical
 * Industries Inc": a name that is the first words of an organisation's name in the same article is that
 * organisation's short form, whatever the tagger made of it (a company named after its founder reads like
 * a person). Only where the longer name ends in an organisation word ("Inc", "Group", "organisation"). A
 * one-word name that is also the surname of a person the article names stays theirs (groupArticleEntities).
 * A "person" whose first word begins such a name and is no first name is another of its forms ("Pirelli
 * Cables" beside "Pirelli SpA").
 */
export function typeOrganisationShortForms(names: RecognizedName[]): RecognizedName[] {
  const organisations = names.filter((n) => n.type === 'organization' && n.words.length >= 2 && isOrganisationWord(n.words[n.words.length - 1]));
  if (organisations.length === 0) return names;
  const prefixes = new Set<string>();
  for (const o of organisations) for (let k = 1; k < o.words.length; k++) prefixes.add(o.words.slice(0, k).map(foldWord).join(' '));
  const firstWords = new Set(organisations.map((o) => foldWord(o.words[0])));
  return names.map((n) => {
    if (n.type !== 'person' && n.type !== undefined) return n;
    const sameFirstWord = n.type === 'person' && n.words.length >= 2 && firstWords.has(foldWord(n.words[0])) && !isFirstName(n.words[0]);
    if (n.abbreviates !== undefined || !(sameFirstWord || prefixes.has(n.words.map(foldWord).join(' ')))) return n;
    return retyped(n, 'organization');
  });
}

/**
 * The names a dateline gives before its date ("ST. LOUIS 1996-08-30", "NICE, France 1996-08-30") are where
 * the story was filed: places, whatever a team or a company of the same name made the tagger read.
 */
export function typeDatelinePlaces(names: RecognizedName[], text: string, dateline: Span | undefined): RecognizedName[] {
  if (!dateline) return names.map((n) => (n.type !== 'place' && opensUndatedDateline(n, text) ? retyped(n, 'place') : n));
  const lineStart = text.lastIndexOf('\n', dateline.start - 1) + 1;
  return names.map((n) => (n.start >= lineStart && n.end <= dateline.start && n.type !== 'place' ? retyped(n, 'place') : n));
}

// A dateline without a date: a place in capitals opening a paragraph, an agency perhaps, then a dash
// ("SAN FRANCISCO - Apple …", "WASHINGTON (AP) — …", "LAGOS, Nigeria - …").
const UNDATED_DATELINE_AFTER = /^(?:,[ \t]*\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?[-—–]{1,2}[ \t]/u;

function opensUndatedDateline(name: RecognizedName, text: string): boolean {
  // A known body or a short acronym opening a headline is no place ("NBA - …", "IBM - the company …").
  const known = knownType(name.text);
  if (/\p{Ll}/u.test(name.text) || (known !== 'place' && (known !== undefined || name.text.replace(/\W/g, '').length <= 4))) return false;
  const lineStart = text.lastIndexOf('\n', name.start - 1) + 1;
  if (!/^\s*$/.test(text.slice(lineStart, name.start)) || !UNDATED_DATELINE_AFTER.test(text.slice(name.end, name.end + 48))) return false;
  // At the top of the article only: further down, a name in capitals before a dash heads a press review's
  // entry ("EL PAIS - Work groups …").
  return text.slice(0, lineStart).split('\n').filter((line) => line.trim() !== '').length <= DATELINE_LINES;
}
const DATELINE_LINES = 3;

// A scoreboard line that opens with where the match is played, then a side and its score, and the other
// side after "v" or with its own score: "Hove: Sussex 285-6 (W. Athey 111) v Lancashire", "London (The
// Oval): Warwickshire 195 (A. Giles 50), Surrey 82-0". What stands before the colon is the ground.
const VENUE_LINE = /^(\p{Lu}[\p{L}'’. -]*?)(?: \((\p{Lu}[\p{L}'’. -]*)\))?:[ \t]+\p{Lu}[^\d\n]*\d[^\n]*(?: v \p{Lu}|[,;] \p{Lu}[\p{L}'’. -]* \d)/gmu;

/** The grounds a scoreboard's lines open with are places, whatever a team of the same name made the tagger read. */
export function typeScoreboardVenues(names: RecognizedName[], text: string): RecognizedName[] {
  const grounds: Array<Span & { bracketed?: boolean }> = [];
  for (const m of text.matchAll(VENUE_LINE)) {
    const start = m.index ?? 0;
    // "At Hove: Sussex 363 and 144, Lancashire 218".
    const at = /^(?:At|In) /.exec(m[1])?.[0].length ?? 0;
    grounds.push({ start: start + at, end: start + m[1].trimEnd().length });
    if (m[2] === undefined) continue;
    const open = text.indexOf('(', start + m[1].length) + 1;
    grounds.push({ start: open, end: open + m[2].trimEnd().length, bracketed: true });
  }
  // A ground is one place, whatever the tagger made of it ("Chester" of "Chester-le-Street", "Hove" left
  // out), unless it is a label ("Result: Kent 250 v Essex"); one in brackets is the ground's own name.
  const places = grounds.filter((g) => g.end > g.start && (g.bracketed || !text.slice(g.start, g.end).split(/\s+/).every((w) => isCommonWord(w) || isFunctionWord(w))));
  return nameSpans(names, text, places, 'place');
}

/**
 * A name that runs into a time expression ends before it: "the U.S. Labor Day weekend" names "U.S.", not
 * "U.S. Labor". (A name inside a time is the time's, and is dropped where the names are kept.)
 */
export function endNamesAtTimes(names: RecognizedName[], text: string, times: readonly Span[]): RecognizedName[] {
  for (const n of names) {
    // Only a time that goes on past the name: one that ends with it may be the name's own ("Sheffield
    // Wednesday", "China Daily").
    const time = times.find((t) => n.start < t.start && t.start < n.end && n.end < t.end);
    if (!time) continue;
    const kept = text.slice(n.start, time.start).trimEnd();
    if (!/\p{L}/u.test(kept)) continue;
    moveName(n, text, n.start, n.start + kept.length);
    n.type = knownType(kept) ?? n.type;
  }
  return names;
}

/** A name given another type by the article's evidence: no longer a guess, and no person's title. */
function retyped(name: RecognizedName, type: EntityType): RecognizedName {
  return { ...name, type, guessed: undefined, title: undefined };
}

function personKey(words: readonly string[]): string {
  return words.map(foldWord).join(' ');
}

/** People by their surname and first name, for linking short forms. */
function peopleIndex(people: readonly Group[]) {
  const bySurname = new Map<string, Group[]>();
  const byFirstName = new Map<string, Group[]>();
  const push = (map: Map<string, Group[]>, k: string, g: Group) => {
    const list = map.get(k) ?? [];
    list.push(g);
    map.set(k, list);
  };
  for (const p of people) {
    push(bySurname, foldWord(lastWord(p)), p);
    const first = p.names[0].words[0];
    if (!isInitial(first)) push(byFirstName, foldWord(first), p);
  }
  return { bySurname, byFirstName };
}

/** The person whose surname (or, failing that, first name) is this word; the most recently named on ties. */
function findPersonByWord(index: ReturnType<typeof peopleIndex>, word: string): Group | undefined {
  const k = foldWord(word);
  const surname = index.bySurname.get(k);
  if (surname?.length) return surname[surname.length - 1];
  const firstName = index.byFirstName.get(k);
  return firstName?.length === 1 ? firstName[0] : undefined;
}

function lastWord(group: Group): string {
  const words = group.names[0].words;
  return words[words.length - 1];
}

function longestForm(group: Group): string {
  let best = group.names[0];
  for (const n of group.names) {
    if (n.abbreviates !== undefined) continue;
    if (best.abbreviates !== undefined || n.words.length > best.words.length || (n.words.length === best.words.length && n.text.length > best.text.length && !isInitial(n.words[0]))) best = n;
  }
  return best.text;
}
