import type { ArticleAnalysis, ArticleEntity, EntityType, Mention } from '../types';
import { foldName, foldWord, isInitial } from '../entities/nameKey';
import { canonicalCountry, isCountryOrCapital } from '../entities/capitals';
import { isCommonWord, isCompass, isCountry, isDemonym, isFirstName, isFunctionWord, isOrganisationWord, knownType, organisationFullName, withoutLegalForm } from '../entities/lexicon';
import { acronymFits } from '../entities/recognizer';
import { sovereignOf } from '../entities/titles';
import { givenNameKey, linkEntitySteps, type EntityNode } from './linking';
import { aliasTarget, NO_CORRECTIONS, type Corrections } from '../entities/corrections';
import { finish, Pacer, type Steps } from './steps';
import { restoreLinks, storeLinks, type StoredLinks } from './storedLinks';

// The articles of a workspace as one corpus: entities are tied together across articles, so that a hover
// in one article can speak of every other. Articles are named by an opaque id (a URI, a path).

export interface CorpusEntity {
  /** "E1", "E2", … in order of first appearance (articles in id order). */
  id: string;
  type: EntityType;
  /** The most complete, most used form. */
  name: string;
  /** Every other form written for it, most used first. */
  aliases: string[];
  titles: string[];
  mentionCount: number;
  /** The articles it appears in, in corpus order, with the indexes of its mentions there. */
  occurrences: EntityOccurrence[];
  /** For each written form, how many articles use it and the first two of them. */
  formArticles: Record<string, { count: number; first: string[] }>;
}

export interface EntityOccurrence {
  article: string;
  /** Indexes into that article's `mentions`, in text order. */
  mentions: number[];
}

export interface MentionRef {
  article: string;
  mention: Mention;
  index: number;
}

/** The links of a corpus: exported to be kept between sessions, imported when the articles are the same. */
export interface Linked {
  entities: CorpusEntity[];
  /** article id → local entity index → corpus entity */
  byLocal: Map<string, CorpusEntity[]>;
}

/**
 * What the last complete linking knew, so that the next one, after a few articles changed, links again only
 * the entities those articles can touch (see `relinkSteps`).
 */
interface LinkState {
  linked: Linked;
  /** Per article, its entities as nodes, in entity order. */
  nodes: Map<string, EntityNode[]>;
  /** The nodes under each of their bucket keys (see `bucketKeys`). */
  buckets: Map<string, EntityNode[]>;
  nextId: number;
}

/** Past this many changed articles, the whole corpus is linked again rather than the entities they touch. */
const MOST_ARTICLES_RELINKED_IN_PART = 64;

export class Corpus {
  private readonly articles = new Map<string, ArticleAnalysis>();
  private linked: Linked | undefined;
  private state: LinkState | undefined;
  /** The articles set or deleted since the last complete linking. */
  private readonly changed = new Set<string>();
  /** For each changed article, what its entities were at the last complete linking (see `signaturesOf`). */
  private readonly linkedSignatures = new Map<string, string[]>();
  /** Changes with every article set or deleted: links made in steps across a change are not kept. */
  private version = 0;
  private corrections: Corrections = NO_CORRECTIONS;

  /** The user's aliases join entities across articles (types and ignored names apply per article). */
  setCorrections(corrections: Corrections): void {
    this.corrections = corrections;
    this.forgetLinks();
  }

  set(id: string, analysis: ArticleAnalysis): void {
    this.changedArticle(id);
    this.articles.set(id, analysis);
  }

  private changedArticle(id: string): void {
    // What the last linking saw of the article, read before the analysis it saw goes; not past the number of
    // changes after which the whole corpus is linked again (a checkout that changes thousands of files).
    const linkedAnalysis = this.articles.get(id);
    const inPart = this.changed.size < MOST_ARTICLES_RELINKED_IN_PART;
    if (this.state && inPart && !this.changed.has(id) && linkedAnalysis) this.linkedSignatures.set(id, signaturesOf(this.state.nodes.get(id) ?? [], linkedAnalysis));
    this.linked = undefined;
    this.changed.add(id);
    this.version++;
  }

  private forgetLinks(): void {
    this.linked = undefined;
    this.state = undefined;
    this.changed.clear();
    this.linkedSignatures.clear();
    this.version++;
  }

  /** The current links (computed if due), in the form they are stored between sessions. */
  exportLinks(): StoredLinks {
    return storeLinks(this.link());
  }

  /** Links computed earlier for exactly these articles and corrections. */
  importLinks(stored: StoredLinks): void {
    this.forgetLinks();
    this.linked = restoreLinks(stored);
  }

  /**
   * Replaces an article's analysis by one that differs only in positions (same names, mentions and entities):
   * the links between articles stay valid and are not recomputed.
   */
  replaceKeepingLinks(id: string, analysis: ArticleAnalysis): void {
    this.articles.set(id, analysis);
    this.state?.nodes.get(id)?.forEach((node, index) => (node.entity = analysis.entities[index]));
  }

  delete(id: string): boolean {
    if (!this.articles.has(id)) return false;
    this.changedArticle(id);
    return this.articles.delete(id);
  }

  clear(): void {
    this.articles.clear();
    this.forgetLinks();
  }

  get(id: string): ArticleAnalysis | undefined {
    return this.articles.get(id);
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  get size(): number {
    return this.articles.size;
  }

  /** Article ids in corpus order. */
  ids(): string[] {
    return [...this.articles.keys()].sort();
  }

  /** Whether the entities are linked across articles (else the next call that needs them links them). */
  isLinked(): boolean {
    return this.linked !== undefined;
  }

  entities(): readonly CorpusEntity[] {
    return this.link().entities;
  }

  entityById(id: string): CorpusEntity | undefined {
    return this.link().entities.find((e) => e.id === id);
  }

  /** The corpus entity of an article's mention. */
  entityOfMention(article: string, mentionIndex: number): CorpusEntity | undefined {
    const analysis = this.articles.get(article);
    const mention = analysis?.mentions[mentionIndex];
    return mention ? this.link().byLocal.get(article)?.[mention.entity] : undefined;
  }

  /**
   * A mention's type: its article's, except where the article says too little to type it and the corpus
   * links it to an entity of another type: an acronym ("GM" in a list of carmakers), a bare surname that
   * is a company's ("Chrysler"), a bare word that is a person's surname ("Obama"). There the entity's type
   * (most of its mentions') serves.
   */
  typeOfMention(article: string, mentionIndex: number): EntityType | undefined {
    const analysis = this.articles.get(article);
    const mention = analysis?.mentions[mentionIndex];
    if (!analysis || !mention) return undefined;
    const entity = this.entityOfMention(article, mentionIndex);
    if (!entity || entity.type === mention.type) return mention.type;
    const local = analysis.entities[mention.entity];
    const words = entity.name.split(/\s+/);
    const saysTooLittle = local.forms.every((f) => isAcronym(f) && acronymFits(f, words)) || ((local.type === 'person' || entity.type === 'person') && local.forms.every((f) => !/\s/.test(f)));
    return saysTooLittle ? entity.type : mention.type;
  }

  /** The mention that covers an offset (its end included, so a cursor right after a name finds it). */
  mentionAt(article: string, offset: number): MentionRef | undefined {
    const mentions = this.articles.get(article)?.mentions;
    if (!mentions) return undefined;
    let lo = 0;
    let hi = mentions.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = mentions[mid];
      if (offset < m.start) hi = mid - 1;
      else if (offset > m.end) lo = mid + 1;
      else return { article, mention: m, index: mid };
    }
    return undefined;
  }

  /** Every mention of an entity, articles in corpus order. */
  references(entity: CorpusEntity): MentionRef[] {
    return entity.occurrences.flatMap((o) => {
      const mentions = this.articles.get(o.article)?.mentions ?? [];
      return o.mentions.map((index) => ({ article: o.article, mention: mentions[index], index }));
    });
  }

  /**
   * Where an entity is introduced: its first full-name mention in `article`, else the first full-name
   * mention in the corpus, else its first mention anywhere.
   */
  definition(entity: CorpusEntity, article?: string): MentionRef | undefined {
    const refs = this.references(entity);
    const full = refs.filter((r) => r.mention.form === 'full');
    return full.find((r) => r.article === article) ?? full[0] ?? refs.find((r) => r.article === article) ?? refs[0];
  }

  private link(): Linked {
    return this.linked ?? finish(this.linkSteps());
  }

  /**
   * Links the corpus's entities across articles, in steps (see steps.ts); a no-op when they are linked.
   * After a few articles changed, only the entities they can touch are linked again; their ids stay, and new
   * entities take new ids at the end (ids follow first appearance after a complete linking only).
   */
  *linkSteps(): Steps<Linked> {
    // One run however many callers step it (a hover's wait and the conflicts' search each did a whole
    // linking of their own); a run that a change made stale gives way to a new one.
    while (!this.linked) {
      if (this.running?.version !== this.version) this.running = { version: this.version, steps: this.linkRunSteps() };
      const running = this.running;
      if (!running.steps.next().done) yield;
      else if (this.running === running) this.running = undefined;
    }
    return this.linked;
  }

  /** The linking under way, if any, and the corpus version it started on. */
  private running: { version: number; steps: Steps<Linked> } | undefined;

  private *linkRunSteps(): Steps<Linked> {
    const version = this.version;
    const result = this.state && this.changed.size <= MOST_ARTICLES_RELINKED_IN_PART ? yield* this.relinkSteps(this.state, version) : yield* this.fullLinkSteps();
    // Kept only if no article changed while the steps ran (a change between steps makes them stale).
    if (version !== this.version) return result.linked;
    this.linked = result.linked;
    this.state = result.state;
    this.changed.clear();
    this.linkedSignatures.clear();
    return result.linked;
  }

  /**
   * Links restored from a store come without what linking again in part needs: this makes it from them, in
   * steps, so that the first edit after a start does not link the whole corpus again. A no-op if the corpus
   * changed since (the next linking is a complete one then).
   */
  *prepareRelinkingSteps(): Steps<void> {
    const linked = this.linked;
    if (!linked || this.state) return;
    const version = this.version;
    const { byArticle, buckets } = yield* this.nodeSteps(new Pacer(1000));
    if (version !== this.version || this.linked !== linked) return;
    for (const [article, nodes] of byArticle) {
      const local = linked.byLocal.get(article) ?? [];
      if (nodes.some((node) => !local[node.index])) return;
    }
    const nextId = 1 + linked.entities.reduce((most, e) => Math.max(most, Number(e.id.slice(1)) || 0), 0);
    this.state = { linked, nodes: byArticle, buckets, nextId };
  }

  /** Every article's nodes, in corpus order, and the buckets they fall in. */
  private *nodeSteps(pacer: Pacer): Steps<{ all: EntityNode[]; byArticle: Map<string, EntityNode[]>; buckets: Map<string, EntityNode[]> }> {
    const all: EntityNode[] = [];
    const byArticle = new Map<string, EntityNode[]>();
    const buckets = new Map<string, EntityNode[]>();
    for (const article of this.ids()) {
      const own = this.nodesOf(article);
      if (pacer.tick(own.length)) yield;
      byArticle.set(article, own);
      for (const node of own) all.push(node), addToBuckets(buckets, node);
    }
    return { all, byArticle, buckets };
  }

  /** The nodes of an article's entities, with the keys they are linked by. */
  private nodesOf(article: string): EntityNode[] {
    return (this.articles.get(article)?.entities ?? []).map((entity, index) => {
      const keys = linkKeys(entity);
      const alias = entity.forms.map((f) => aliasTarget(f, this.corrections)).find((a) => a !== undefined);
      if (alias !== undefined) keys.alias = alias;
      return { article, index, entity, keys: this.shared(keys) };
    });
  }

  // The nodes of a large corpus are kept between linkings: a name's keys, the same in thousands of articles,
  // are kept once.
  private readonly sharedKeys = new Map<string, EntityNode['keys']>();
  private shared(keys: EntityNode['keys']): EntityNode['keys'] {
    // Every key makes the signature: two names with the same full key may differ in another ("Apple" and
    // "Apple Inc." in the legal form).
    const signature = JSON.stringify(keys);
    const known = this.sharedKeys.get(signature);
    if (known) return known;
    if (this.sharedKeys.size >= 200000) this.sharedKeys.clear();
    this.sharedKeys.set(signature, keys);
    return keys;
  }

  private *fullLinkSteps(): Steps<{ linked: Linked; state: LinkState }> {
    const pacer = new Pacer(1000);
    const { all: nodes, byArticle: nodesByArticle, buckets } = yield* this.nodeSteps(pacer);
    const groups = yield* linkEntitySteps(nodes);
    const byLocal = new Map<string, CorpusEntity[]>();
    const entities: CorpusEntity[] = [];
    for (const group of groups) {
      if (pacer.tick(group.length)) yield;
      const corpusEntity = buildEntity(`E${entities.length + 1}`, group, this.articles);
      for (const node of group) {
        let local = byLocal.get(node.article);
        if (!local) byLocal.set(node.article, (local = []));
        local[node.index] = corpusEntity;
      }
      entities.push(corpusEntity);
    }
    const linked = { entities, byLocal };
    return { linked, state: { linked, nodes: nodesByArticle, buckets, nextId: entities.length + 1 } };
  }

  /**
   * Links again the entities the changed articles can touch: every entity that shares a bucket key with one
   * of their entities that came or went, and so on from those. Linking never joins entities without a shared
   * bucket key, and decides within such a cluster by its own entities only, so the result is what linking
   * the whole corpus gives (held by a test). An entity of a changed article that is as it was (same keys,
   * type, titles and written mentions; only its place in the article moved) changes nothing but the indexes
   * of its mentions: a country named in thousands of articles is not linked again for a keystroke in one.
   * The last state changes only at the end, in one go, and not if the corpus changed meanwhile.
   */
  private *relinkSteps(last: LinkState, version: number): Steps<{ linked: Linked; state: LinkState }> {
    const pacer = new Pacer(1000);
    const removed = new Set<EntityNode>();
    const fresh = new Map<string, EntityNode[]>();
    // An entity as it was: its node of the last linking and the new one, each way.
    const renewed = new Map<EntityNode, EntityNode>();
    const originalOf = new Map<EntityNode, EntityNode>();
    /** The nodes that were not there at the last linking. */
    const arrived = new Set<EntityNode>();
    const affected = new Set<EntityNode>();
    const reached = new Set<string>();
    const keys: string[] = [];
    const reach = (node: EntityNode) => {
      for (const key of bucketKeys(node)) if (!reached.has(key)) reached.add(key), keys.push(key);
    };
    for (const article of this.changed) {
      const before = last.nodes.get(article) ?? [];
      const analysis = this.articles.get(article);
      const now = analysis ? this.nodesOf(article) : [];
      fresh.set(article, now);
      const kept = analysis ? keptNodes(before, this.linkedSignatures.get(article), now, signaturesOf(now, analysis)) : new Map<EntityNode, EntityNode>();
      for (const [old, node] of kept) renewed.set(old, node), originalOf.set(node, old);
      for (const old of before) if (!kept.has(old)) removed.add(old), reach(old);
      for (const node of now) if (!originalOf.has(node)) affected.add(node), reach(node), arrived.add(node);
    }
    // The clusters: from the keys of what came and went, through every node under a key reached.
    while (keys.length > 0) {
      const under = last.buckets.get(keys.pop()!) ?? [];
      if (pacer.tick(under.length)) yield;
      for (const old of under) {
        if (removed.has(old)) continue;
        const node = renewed.get(old) ?? old;
        if (!affected.has(node)) affected.add(node), reach(node);
      }
    }
    // In corpus order, as a complete linking sees them: the first node of a group decides some links.
    const order = (a: EntityNode, b: EntityNode) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.index - b.index);
    const groups = yield* linkEntitySteps([...affected].sort(order));
    // A node's entity at the last linking, by its place then (the links handed out are not changed in place).
    const entityBefore = (old: EntityNode) => last.linked.byLocal.get(old.article)?.[old.index];
    const previousEntity = (node: EntityNode) => (arrived.has(node) ? undefined : entityBefore(originalOf.get(node) ?? node));
    // An entity keeps its id when the first node of its new group had it.
    let nextId = last.nextId;
    const ids = new Set<string>();
    const made: CorpusEntity[] = [];
    for (const group of groups) {
      if (pacer.tick(group.length)) yield;
      const before = previousEntity(group[0])?.id;
      const id = before !== undefined && !ids.has(before) ? before : `E${nextId++}`;
      ids.add(id);
      made.push(buildEntity(id, group, this.articles));
    }
    if (version !== this.version) return { linked: last.linked, state: last };

    // From here on nothing yields: the state is brought up to date in place.
    const replaced = new Set<CorpusEntity>();
    for (const node of removed) replaced.add(entityBefore(node)!);
    for (const node of affected) {
      const before = previousEntity(node);
      if (before) replaced.add(before);
    }
    const touchedKeys = new Set<string>();
    for (const node of removed) for (const key of bucketKeys(node)) touchedKeys.add(key);
    for (const key of touchedKeys) {
      const kept = (last.buckets.get(key) ?? []).filter((node) => !removed.has(node));
      if (kept.length) last.buckets.set(key, kept);
      else last.buckets.delete(key);
    }
    // The entities not linked again, read by the places their nodes had.
    const unlinked = new Map<EntityNode, CorpusEntity>();
    for (const [old, node] of renewed) if (!affected.has(node)) unlinked.set(node, entityBefore(old)!);
    // A node kept takes its new place in the article; the state goes on holding the same object.
    for (const [old, node] of renewed) (old.index = node.index), (old.entity = node.entity);
    const stored = (node: EntityNode) => originalOf.get(node) ?? node;
    // The links handed out before are not changed: those of the articles concerned are copied.
    const byLocal = new Map(last.linked.byLocal);
    const copied = new Set<string>();
    for (const article of this.changed) {
      byLocal.delete(article);
      last.nodes.delete(article);
      if (!this.articles.has(article)) continue;
      const nodes = fresh.get(article)!.map(stored);
      last.nodes.set(article, nodes);
      for (const node of nodes) if (!renewed.has(node)) addToBuckets(last.buckets, node);
      copied.add(article);
      byLocal.set(article, []);
    }
    groups.forEach((group, k) => {
      for (const node of group) {
        if (!copied.has(node.article)) copied.add(node.article), byLocal.set(node.article, [...(byLocal.get(node.article) ?? [])]);
        byLocal.get(node.article)![node.index] = made[k];
      }
    });
    // An entity not linked again keeps its object; only the indexes of its mentions in the article move.
    const moved = new Map<CorpusEntity, Map<string, number[]>>();
    for (const [node, entity] of unlinked) {
      byLocal.get(node.article)![node.index] = entity;
      const byArticle = moved.get(entity) ?? new Map<string, number[]>();
      moved.set(entity, byArticle);
      byArticle.set(node.article, [...(byArticle.get(node.article) ?? []), ...node.entity.mentions]);
    }
    for (const [entity, byArticle] of moved) {
      for (const occurrence of entity.occurrences) {
        const mentions = byArticle.get(occurrence.article);
        if (mentions) occurrence.mentions = mentions.sort((a, b) => a - b);
      }
    }
    const linked = { entities: [...last.linked.entities.filter((e) => !replaced.has(e)), ...made], byLocal };
    return { linked, state: { ...last, linked, nextId } };
  }
}

/**
 * What of an article's entity linking and the entities it makes depend on (its keys, type, titles and the
 * written form of each mention), one string per node.
 */
function signaturesOf(nodes: readonly EntityNode[], analysis: ArticleAnalysis): string[] {
  return nodes.map((node) => JSON.stringify([node.keys, node.entity.type, node.entity.titles, node.entity.mentions.map((i) => analysis.mentions[i]?.text)]));
}

/**
 * The nodes of an article that are as they were at the last linking, paired old → new; none when they do not
 * come in the same order (the first node of a group decides some links).
 */
function keptNodes(before: readonly EntityNode[], beforeSignatures: readonly string[] | undefined, now: readonly EntityNode[], nowSignatures: readonly string[]): Map<EntityNode, EntityNode> {
  const kept = new Map<EntityNode, EntityNode>();
  if (!beforeSignatures || beforeSignatures.length !== before.length) return kept;
  const waiting = new Map<string, number[]>();
  nowSignatures.forEach((signature, i) => waiting.set(signature, [...(waiting.get(signature) ?? []), i]));
  let last = -1;
  for (let k = 0; k < before.length; k++) {
    const i = waiting.get(beforeSignatures[k])?.shift();
    if (i === undefined) continue;
    if (i < last) return new Map();
    last = i;
    kept.set(before[k], now[i]);
  }
  return kept;
}

/**
 * Keys that every link runs through: two nodes linked by any rule of linking.ts share one (a full name, an
 * alias, a skeleton, an acronym, an organisation's short form, a person's surname). Some share one without
 * being linked; that only makes a cluster larger.
 */
function bucketKeys(node: EntityNode): string[] {
  const { keys, entity } = node;
  const out: string[] = [];
  if (keys.full !== undefined) out.push(keys.full);
  if (keys.alias !== undefined) out.push(`alias:${keys.alias}`);
  if (keys.skeleton !== undefined) out.push(`skeleton:${keys.skeleton}`);
  if (keys.acronym !== undefined) out.push(`acronym:${keys.acronym}`);
  if (keys.initials !== undefined && keys.initials !== keys.acronym) out.push(`acronym:${keys.initials}`);
  for (const k of keys.spelledOut ?? []) out.push(`spelled:${k}`);
  if (keys.asSurname !== undefined) out.push(`surname:${keys.asSurname}`);
  if (keys.head !== undefined) out.push(`head:${keys.head}`);
  if (entity.type === 'organization' && keys.head === undefined && keys.full !== undefined) out.push(`head:${keys.full.replace(/^name:/, '')}`);
  if (entity.type === 'person' && keys.surname !== undefined) out.push(`surname:${keys.surname}`);
  // A bare surname may be a company's name (linking.ts).
  if (entity.type === 'person' && keys.surname !== undefined && keys.full === undefined && keys.initial === undefined) out.push(`head:${keys.surname}`);
  // A bare name may be a given name (linking.ts).
  const given = givenNameKey(node);
  if (given !== undefined) out.push(`given:${given}`);
  if (keys.givenName !== undefined) out.push(`given:${keys.givenName}`);
  return out;
}

function addToBuckets(buckets: Map<string, EntityNode[]>, node: EntityNode): void {
  for (const key of bucketKeys(node)) {
    const under = buckets.get(key);
    if (under) under.push(node);
    else buckets.set(key, [node]);
  }
}

/** The keys an article entity is linked by; see linking.ts for how each kind is used. */
function linkKeys(entity: ArticleEntity): EntityNode['keys'] {
  if (entity.type !== 'person') {
    // Places and organisations of one name are one entity: the tagger may call "NAFC" or "Kremlin" either.
    // Countries meet under one spelling ("US", "U.S.", "United States of America").
    const legalName = entity.type === 'organization' ? withoutLegalForm(entity.name) : entity.name;
    const name = entity.type === 'organization' ? organisationFullName(legalName) : legalName;
    // An acronym is spelt, not folded: "LIFFE" is no "Life".
    const folded = entity.type === 'place' ? foldName(canonicalCountry(name.replace(/^the\s+/i, ''))) : isAcronym(name) ? name.replace(/\./g, '').toLowerCase() : foldName(name);
    // A town the lists know, typed an organisation, is its team or its council, not the town ("Boston 5
    // Seattle 3"); a country so typed is still the country (national sides are written as countries).
    const townsBody = entity.type === 'organization' && knownType(name) === 'place' && !isCountry(name);
    const words = name.split(/\s+/);
    // A company and its short form ("Apple Inc", "Apple Computer" → "Apple"); not a body of an organisation
    // ("SCO Council of Heads of Government", "UN Security Council" are not the SCO and the UN).
    const shortFormOf = entity.type === 'organization' && words.length > 1 && words.length <= 3 && !words.some((w) => /^(of|for|and|the)$/i.test(w)) && !BODY_WORDS.test(words[words.length - 1]) && isDistinctiveHead(words[0]);
    return {
      full: townsBody ? `body of:${folded}` : `name:${folded}`,
      head: shortFormOf ? foldWord(words[0]) : undefined,
      acronym: entity.acronym ?? (isAcronym(entity.name) ? entity.name.replace(/\./g, '') : undefined),
      initials: initialsOf(words),
      legalForm: legalName !== entity.name ? true : undefined,
      spelledOut: entity.type === 'organization' ? spelledOutKeys(words) : undefined,
      // A one-word place the lists do not know may be a surname the tagger took for one ("Obama said").
      asSurname: entity.type === 'place' && words.length === 1 && !isAcronym(name) && !knownType(name) && !isCountryOrCapital(name) ? foldWord(name) : undefined,
      // A one-word organisation no list knows may be a person called by first name ("Elian's father"): the
      // tagger had no evidence either way. Not an ordinary or a company word ("House", "Corp.").
      asGivenName: entity.type === 'organization' && words.length === 1 && !isAcronym(name) && !knownType(name) && !isFirstName(name) && !isCommonWord(name) && !isOrganisationWord(name) ? name.toLowerCase() : undefined,
    };
  }
  const words = entity.name.split(/\s+/);
  const surname = foldWord(words[words.length - 1]);
  // A sovereign called by title and name ("King Hussein") is the same sovereign elsewhere, nobody's surname;
  // a crown prince is no king of the same name ("Crown Prince Hassan" of Jordan, "King Hassan" of Morocco).
  const sovereign = words.length === 1 ? entity.titles.map(sovereignOf).find((t) => t !== undefined) : undefined;
  if (sovereign) return { full: `person:${sovereign} ${surname}` };
  if (words.length === 1) return { surname };
  const first = words[0];
  if (isInitial(first)) return { surname, initial: foldWord(first)[0] };
  const givenNames = words.slice(0, -1).map(foldWord).join(' ');
  const skeleton = surname.length >= 5 ? `person:${givenNames} ${surname[0]}${surname.slice(1).replace(/[aeiou]/g, '')}` : undefined;
  // A given name only of a plain name of two or three words ("House Speaker Newt Gingrich" has none), and
  // only one no list knows (see linking.ts): written as it is, not folded ("Orrell" is no "Orel").
  const givenName = words.length <= 3 && !isCommonWord(first) && !isFirstName(first) ? first.toLowerCase() : undefined;
  return { full: `person:${words.map(foldWord).join(' ')}`, surname, initial: foldWord(first)[0], skeleton, givenName };
}

function buildEntity(id: string, group: EntityNode[], articles: Map<string, ArticleAnalysis>): CorpusEntity {
  const formCounts = new Map<string, number>();
  const titles: string[] = [];
  const occurrences: EntityOccurrence[] = [];
  // An entity of a large corpus (a country) appears in thousands of articles: found by article, not by search.
  const occurrenceOf = new Map<string, EntityOccurrence>();
  let mentionCount = 0;
  const formArticles: CorpusEntity['formArticles'] = Object.create(null);
  const lastArticleOfForm = new Map<string, string>();
  for (const node of group) {
    const analysis = articles.get(node.article)!;
    for (const index of node.entity.mentions) {
      const m = analysis.mentions[index];
      formCounts.set(m.text, (formCounts.get(m.text) ?? 0) + 1);
      const usage = (formArticles[m.text] ??= { count: 0, first: [] });
      if (!usage.first.includes(node.article) && lastArticleOfForm.get(m.text) !== node.article) {
        usage.count++;
        if (usage.first.length < 2) usage.first.push(node.article);
      }
      lastArticleOfForm.set(m.text, node.article);
    }
    for (const t of node.entity.titles) if (!titles.includes(t)) titles.push(t);
    mentionCount += node.entity.mentions.length;
    const existing = occurrenceOf.get(node.article);
    if (existing) existing.mentions = [...existing.mentions, ...node.entity.mentions].sort((a, b) => a - b);
    else {
      const occurrence = { article: node.article, mentions: [...node.entity.mentions] };
      occurrences.push(occurrence);
      occurrenceOf.set(node.article, occurrence);
    }
  }
  const forms = [...formCounts.keys()];
  const firstSeen = new Map(forms.map((f, i) => [f, i]));
  const wordCount = (f: string) => (isAcronym(f) ? 0 : f.split(/\s+/).filter((w) => !isInitial(w)).length);
  const allWords = (f: string) => (isAcronym(f) ? 0 : f.split(/\s+/).length);
  // A name in capitals is a dateline's or a headline's: the name as prose writes it is shown ("San
  // Francisco", not "SAN FRANCISCO").
  const inCapitals = (f: string) => (!isAcronym(f) && !/\p{Ll}/u.test(f) ? 1 : 0);
  const ranked = forms.slice().sort((a, b) => wordCount(b) - wordCount(a) || allWords(b) - allWords(a) || inCapitals(a) - inCapitals(b) || formCounts.get(b)! - formCounts.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const name = ranked[0];
  const aliases = forms.filter((f) => f !== name).sort((a, b) => formCounts.get(b)! - formCounts.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  // The type most of its mentions have; a company's bare name that read as a surname ("Ericsson said") has no
  // vote beside the company.
  const typeCounts = new Map<EntityType, number>();
  // Nor has a one-word organisation that is a person's given name ("Elian's return") beside the person.
  const hasGivenName = group.some((node) => node.keys.givenName !== undefined);
  const calledByGivenName = (node: EntityNode) => hasGivenName && node.keys.asGivenName !== undefined;
  const hasOrganisation = group.some((node) => node.entity.type === 'organization' && !calledByGivenName(node));
  for (const node of group) {
    if ((hasOrganisation && node.entity.type === 'person' && node.keys.full === undefined) || calledByGivenName(node)) continue;
    typeCounts.set(node.entity.type, (typeCounts.get(node.entity.type) ?? 0) + node.entity.mentions.length);
  }
  const type = [...typeCounts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { id, type, name, aliases, titles, mentionCount, occurrences, formArticles };
}

/** The capitals a name of two or more capitalised words spells, its joining words left out ("New York Stock Exchange": "NYSE"). */
function initialsOf(words: readonly string[]): string | undefined {
  // An acronym in the name gives all its letters: "UN Security Council" spells "UNSC".
  const initials = words.filter((w) => !JOINING_WORD.test(w)).map((w) => (isAcronym(w) ? w.replace(/\./g, '') : w[0]));
  return initials.length >= 2 && initials.every((c) => /^\p{Lu}/u.test(c)) ? initials.join('') : undefined;
}

const JOINING_WORD = /^(of|for|and|the|&)$/i;
/** The last words of a body of an organisation, which is not the organisation: "UN Security Council", a newsroom ("Sydney Newsroom" is not Sydney). */
const BODY_WORDS = /^(council|assembly|committee|commission|court|parliament|secretariat|board|tribunal|summit|senate|cabinet|newsroom|newsdesk|desk|bureau)$/i;

/**
 * Keys on which a name that begins with an acronym meets the name that spells it out: "UN Security
 * Council" and "United Nations Security Council" both give "UN|security council".
 */
function spelledOutKeys(words: readonly string[]): string[] | undefined {
  if (words.length < 2) return undefined;
  if (isAcronym(words[0])) return [`${words[0].replace(/\./g, '')}|${foldName(words.slice(1).join(' '))}`];
  const keys: string[] = [];
  for (let k = 2; k <= Math.min(4, words.length - 1); k++) {
    const initials = initialsOf(words.slice(0, k));
    if (initials === undefined || words.slice(0, k).some((w) => JOINING_WORD.test(w) || isAcronym(w))) break;
    keys.push(`${initials}|${foldName(words.slice(k).join(' '))}`);
  }
  return keys.length ? keys : undefined;
}

/**
 * Whether a first word can stand for the whole name ("Apple", "Magna"): not an ordinary word ("New", "Air",
 * "Red", "Central"), a people's ("American"), a place's ("Toronto", "U.S."), a compass point or an acronym,
 * which begin the names of many bodies ("New York Times", "New Democracy"; "Air France", "Air Force").
 */
function isDistinctiveHead(word: string): boolean {
  return !isCommonWord(word) && !isFunctionWord(word) && !isDemonym(word) && !isCompass(word) && !isAcronym(word) && knownType(word) !== 'place' && !isCountryOrCapital(word);
}

function isAcronym(form: string): boolean {
  return /^[\p{Lu}\d&.]{2,10}$/u.test(form);
}
