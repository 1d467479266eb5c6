import type { CorpusEntity, Linked } from './corpus';

// The links of a corpus in the form they are stored between sessions. A workspace of 10,000 articles has
// some 180,000 occurrences of its entities (an article and the indexes of the entity's mentions there) and
// 10,000 tables of local entities: as objects, reading them back took a third of a second; as numbers in
// typed arrays, with each article's id written once, about a tenth of a second.

export interface StoredLinks {
  /** Every article id the links name, once. */
  articles: string[];
  /** The entities without their occurrences. */
  entities: Array<Omit<CorpusEntity, 'occurrences'>>;
  /**
   * Per entity in order: its number of occurrences, then per occurrence the article's index in `articles`,
   * the number of mentions and the mentions' indexes.
   */
  occurrences: Int32Array;
  /** Per article in `articles` order: how many local entities it has, then each one's entity index (-1: none). */
  byLocal: Int32Array;
  /** How many articles `byLocal` holds, from the start of `articles`. */
  byLocalArticles: number;
}

export function storeLinks(linked: Linked): StoredLinks {
  const articleIndex = new Map<string, number>();
  const indexOf = (article: string) => {
    let index = articleIndex.get(article);
    if (index === undefined) articleIndex.set(article, (index = articleIndex.size));
    return index;
  };
  for (const article of linked.byLocal.keys()) indexOf(article);
  // Sized first, then written in place: 180,000 occurrences pushed one number at a time took a third of a second.
  let size = 0;
  for (const entity of linked.entities) {
    size += 1;
    for (const o of entity.occurrences) size += 2 + o.mentions.length;
  }
  const occurrences = new Int32Array(size);
  let at = 0;
  const entities = linked.entities.map(({ occurrences: entityOccurrences, ...rest }) => {
    occurrences[at++] = entityOccurrences.length;
    for (const o of entityOccurrences) {
      occurrences[at++] = indexOf(o.article);
      occurrences[at++] = o.mentions.length;
      for (const mention of o.mentions) occurrences[at++] = mention;
    }
    return rest;
  });
  const entityIndex = new Map<CorpusEntity, number>(linked.entities.map((e, i) => [e, i]));
  let localCount = 0;
  for (const locals of linked.byLocal.values()) localCount += 1 + locals.length;
  const byLocal = new Int32Array(localCount);
  at = 0;
  for (const locals of linked.byLocal.values()) {
    byLocal[at++] = locals.length;
    for (const entity of locals) byLocal[at++] = entity ? (entityIndex.get(entity) ?? -1) : -1;
  }
  return { articles: [...articleIndex.keys()], entities, occurrences, byLocal, byLocalArticles: linked.byLocal.size };
}

export function restoreLinks(stored: StoredLinks): Linked {
  const { articles, occurrences, byLocal } = stored;
  let at = 0;
  // Built field by field in the order linking builds them: the same shape as live entities.
  const entities: CorpusEntity[] = stored.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases, titles: e.titles, mentionCount: e.mentionCount, occurrences: [], formArticles: e.formArticles }));
  for (const entity of entities) {
    for (let n = occurrences[at++]; n > 0; n--) {
      const article = articles[occurrences[at]];
      const count = occurrences[at + 1];
      const mentions: number[] = [];
      for (let k = at + 2; k < at + 2 + count; k++) mentions.push(occurrences[k]);
      entity.occurrences.push({ article, mentions });
      at += 2 + count;
    }
  }
  const linkedByLocal = new Map<string, CorpusEntity[]>();
  at = 0;
  for (let a = 0; a < stored.byLocalArticles; a++) {
    const count = byLocal[at++];
    const locals: CorpusEntity[] = new Array(count);
    for (let k = 0; k < count; k++) locals[k] = entities[byLocal[at++]];
    linkedByLocal.set(articles[a], locals);
  }
  return { entities, byLocal: linkedByLocal };
}
