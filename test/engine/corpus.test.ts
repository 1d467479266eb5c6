import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeArticle } from '../../server/src/analysis/article/analyzeArticle';
import { Corpus, type CorpusEntity } from '../../server/src/analysis/corpus/corpus';
import { finish } from '../../server/src/analysis/corpus/steps';
import { CORPUS_CASES, type CorpusCase } from './cases';
import { checkInvariants } from './check';

function corpusOf(articles: Record<string, string>): Corpus {
  const corpus = new Corpus();
  for (const [id, text] of Object.entries(articles)) {
    const analysis = analyzeArticle(text);
    checkInvariants(text, analysis);
    corpus.set(id, analysis);
  }
  return corpus;
}

function renderEntity(e: CorpusEntity): string {
  const aliases = e.aliases.length ? ` (${e.aliases.join(', ')})` : '';
  return `${e.id} ${e.type}:${e.name}${aliases} ×${e.mentionCount} in ${e.occurrences.map((o) => o.article).join(',')}`;
}

/** Every mention of every article belongs to exactly one corpus entity, and the entity agrees. */
function checkCorpus(corpus: Corpus, { idsInOrder = true } = {}): void {
  const entities = corpus.entities();
  if (idsInOrder) entities.forEach((e, n) => assert.equal(e.id, `E${n + 1}`, 'ids are E1, E2, … in order'));
  assert.equal(new Set(entities.map((e) => e.id)).size, entities.length, 'ids are unique');
  for (const id of corpus.ids()) {
    const analysis = corpus.get(id)!;
    analysis.mentions.forEach((m, index) => {
      const e = corpus.entityOfMention(id, index);
      assert.ok(e, `mention ${index} of ${id} has a corpus entity`);
      const type = corpus.typeOfMention(id, index);
      assert.ok(type === m.type || type === e.type, `mention ${index} of ${id} is typed as its article or its entity types it`);
      const listed = e.occurrences.filter((o) => o.article === id).flatMap((o) => o.mentions);
      assert.ok(listed.includes(index), `${e.id} lists mention ${index} of ${id}`);
      assert.ok(e.name === m.text || e.aliases.includes(m.text), `"${m.text}" is ${e.id}'s name or an alias`);
    });
  }
  for (const e of entities) {
    const refs = corpus.references(e);
    assert.equal(refs.length, e.mentionCount, `${e.id}: references() gives every mention`);
    for (const r of refs) assert.equal(corpus.entityOfMention(r.article, r.index), e);
  }
}

function check(c: CorpusCase): void {
  const corpus = corpusOf(c.articles);
  checkCorpus(corpus);
  assert.deepEqual(corpus.entities().map(renderEntity), c.expect);
  if (c.types) assert.deepEqual(corpus.ids().flatMap((id) => corpus.get(id)!.mentions.map((m, index) => `${id}:${corpus.typeOfMention(id, index)}:${m.text}`)), c.types);
}

describe('corpus: table', () => {
  for (const c of CORPUS_CASES) test(c.name, () => check(c));
});

describe('corpus: look-ups', () => {
  const a = 'Russian Foreign Minister Sergey Lavrov reached Delhi. Lavrov met the press.';
  const b = 'Lavrov spoke briefly. Sergei Lavrov then left Delhi for Moscow.';
  const corpus = corpusOf({ a, b });

  test('one entity across articles, with every spelling and title', () => {
    checkCorpus(corpus);
    const lavrov = corpus.entities().find((e) => e.type === 'person')!;
    assert.equal(lavrov.name, 'Sergey Lavrov');
    assert.deepEqual(lavrov.aliases.slice().sort(), ['Lavrov', 'Sergei Lavrov']);
    assert.deepEqual(lavrov.titles, ['Russian Foreign Minister']);
    assert.equal(lavrov.mentionCount, 4);
    assert.deepEqual(lavrov.occurrences, [{ article: 'a', mentions: [0, 2] }, { article: 'b', mentions: [0, 1] }]);
    assert.equal(corpus.entityById(lavrov.id), lavrov);
  });

  test('mentionAt finds the mention covering an offset, its end included', () => {
    const start = b.indexOf('Sergei Lavrov');
    for (const offset of [start, start + 7, start + 'Sergei Lavrov'.length]) {
      const found = corpus.mentionAt('b', offset);
      assert.ok(found, `a mention at ${offset}`);
      assert.equal(found.mention.text, 'Sergei Lavrov');
      assert.equal(found.article, 'b');
      assert.equal(corpus.get('b')!.mentions[found.index], found.mention);
    }
    assert.equal(corpus.mentionAt('b', b.indexOf('spoke') + 2), undefined, 'nothing inside an ordinary word');
    assert.equal(corpus.mentionAt('missing', 0), undefined, 'nothing in an unknown article');
    assert.equal(corpus.mentionAt('a', b.length + a.length), undefined, 'nothing past the end');
  });

  test('definition prefers the full-name mention in the given article', () => {
    const lavrov = corpus.entityOfMention('b', 0)!;
    const inB = corpus.definition(lavrov, 'b');
    assert.ok(inB);
    assert.deepEqual({ article: inB.article, text: inB.mention.text, start: inB.mention.start }, { article: 'b', text: 'Sergei Lavrov', start: b.indexOf('Sergei Lavrov') });
    const inA = corpus.definition(lavrov, 'a');
    assert.ok(inA);
    assert.deepEqual({ article: inA.article, text: inA.mention.text, start: inA.mention.start }, { article: 'a', text: 'Sergey Lavrov', start: a.indexOf('Sergey Lavrov') });
  });

  test('definition falls back to the first full-name mention in the corpus', () => {
    const c = corpusOf({ a: 'Halvorsen opened the session.', b: 'Ingrid Halvorsen closed it.', c: 'Halvorsen left.' });
    const e = c.entityOfMention('c', 0)!;
    assert.equal(c.entities().length, 1);
    const d = c.definition(e, 'c');
    assert.ok(d);
    assert.deepEqual([d.article, d.mention.text], ['b', 'Ingrid Halvorsen']);
  });

  test('references list every mention, articles in corpus order', () => {
    const delhi = corpus.entities().find((e) => e.name === 'Delhi')!;
    assert.deepEqual(corpus.references(delhi).map((r) => `${r.article}:${r.mention.text}@${r.mention.start}`), [`a:Delhi@${a.indexOf('Delhi')}`, `b:Delhi@${b.indexOf('Delhi')}`]);
  });

  test('replacing and deleting an article relinks the corpus', () => {
    const c = corpusOf({ a: 'Sergey Lavrov spoke.', b: 'Sergei Lavrov listened.' });
    assert.equal(c.entities().length, 1);
    c.set('b', analyzeArticle('Maria Hansen listened.'));
    assert.deepEqual(c.entities().map(renderEntity), ['E1 person:Sergey Lavrov ×1 in a', 'E2 person:Maria Hansen ×1 in b']);
    assert.equal(c.delete('a'), true);
    // Linked again in part, an entity keeps its id.
    assert.deepEqual(c.entities().map(renderEntity), ['E2 person:Maria Hansen ×1 in b']);
    assert.equal(c.mentionAt('a', 0), undefined);
  });
});

describe('corpus: work in steps', () => {
  const articles = {
    'a.txt': 'Foreign Minister Sergey Lavrov met Ivo Kranjc in Zagreb on Tuesday.',
    'b.txt': 'Sergei Lavrov said the talks in Zagreb had gone well.',
  };

  test('linking in steps gives what linking at once gives', () => {
    const stepped = corpusOf(articles);
    const steps = stepped.linkSteps();
    let step = steps.next();
    while (!step.done) step = steps.next();
    assert.deepEqual(stepped.entities().map(renderEntity), corpusOf(articles).entities().map(renderEntity));
  });

  test('links made across a change of the corpus are not kept', () => {
    const corpus = corpusOf(articles);
    const steps = corpus.linkSteps();
    steps.next();
    corpus.set('c.txt', analyzeArticle('Ivo Kranjc flew to Lisbon.'));
    let step = steps.next();
    while (!step.done) step = steps.next();
    assert.ok(
      corpus.entities().some((e) => e.name === 'Lisbon'),
      'the article added between steps is linked',
    );
  });
});

describe('corpus: linking again after a few articles change', () => {
  // After a change, only the entities the changed articles can touch are linked again: the result must be
  // what linking the whole corpus afresh gives (ids aside: an entity keeps its id, new ones take new ids).
  const canonical = (corpus: Corpus) => {
    const of = (e: CorpusEntity) => {
      const { id: _id, ...rest } = e;
      return JSON.stringify(rest);
    };
    const byMention = corpus.ids().flatMap((id) => corpus.get(id)!.mentions.map((_, index) => `${id}#${index} ${of(corpus.entityOfMention(id, index)!)}`));
    return { entities: corpus.entities().map(of).sort(), byMention };
  };
  const start: Record<string, string> = {
    'a.txt': 'Foreign Minister Sergey Lavrov met Ivo Kranjc in Zagreb on Tuesday. Lavrov praised the Shanghai Cooperation Organisation (SCO).',
    'b.txt': 'Sergei Lavrov said the SCO talks in Zagreb had gone well. Kranjc agreed.',
    'c.txt': 'Apple Inc opened a shop in Lisbon. Apple said sales grew. Mayor Ana Costa attended.',
    'd.txt': 'S. Jaishankar met Ana Costa in Lisbon. Jaishankar later flew to Zagreb.',
  };
  const changes: Array<[string, string | undefined]> = [
    // A second Lavrov with a full name: "Lavrov" alone no longer fits one person anywhere.
    ['e.txt', 'Anna Lavrov, a historian, spoke in Zagreb. Lavrov is writing a book.'],
    // An article loses its names, then one comes back under another spelling.
    ['a.txt', 'The weather in the north was mild on Tuesday.'],
    ['a.txt', 'Sergey Lavrov and Subrahmanyam Jaishankar met in Lisbon.'],
    ['f.txt', 'Apple Computer said its new offices in Lisbon would open in May.'],
    ['b.txt', undefined],
    ['e.txt', undefined],
    ['g.txt', 'Costa thanked the SCO. Ivo Kranjc and Ana Costa will visit Zagreb.'],
    // A new name before the others: theirs are as they were, and only move in the article.
    ['g.txt', 'Marta Kowalczyk wrote. Costa thanked the SCO. Ivo Kranjc and Ana Costa will visit Zagreb.'],
    ['g.txt', 'Marta Kowalczyk wrote. Costa thanked the SCO. Ana Costa and Ivo Kranjc will visit Zagreb.'],
    ['c.txt', 'Mayor Ana Costa attended. Apple Inc opened a shop in Lisbon. Apple said sales grew.'],
    // Names as they were but written or titled otherwise: the entities they make change.
    ['d.txt', 'S. Jaishankar met Ana Costa in Lisbon. S. Jaishankar later flew to Zagreb.'],
    ['c.txt', 'Ana Costa attended. Apple Inc opened a shop in Lisbon. Apple said sales grew.'],
    // A name by itself, then the person it is the given name of, then that person gone again.
    ['h.txt', 'Relatives of Tavio said they would fight the order. Tavio stayed in Lisbon.'],
    ['i.txt', 'Six-year-old Tavio Ramirez was pulled from the sea off Lisbon.'],
    ['i.txt', undefined],
    // A first word of several bodies' names, alone; then the body it stands for gone.
    ['j.txt', 'Inter Milan beat Lazio on Sunday. Inter scored twice.'],
    ['k.txt', 'Inter Bratislava lost at home to Kosice.'],
    ['l.txt', 'Inter drew 1-1 with Parma.'],
    ['j.txt', undefined],
    // An acronym defined as one name, then spelled out as another elsewhere.
    ['m.txt', 'Half of those asked backed talks, the survey by the state-controlled Centre for Sociological Studies (CIS) found.'],
    ['n.txt', 'Leaders of the Commonwealth of Independent States met in Moscow. CIS members agreed on a budget.'],
    ['o.txt', 'CIS leaders met again in Minsk.'],
    // A form of address, then the man of that surname, then the woman.
    ['p.txt', 'Mrs Yeltsin thanked the doctors.'],
    ['q.txt', 'President Boris Yeltsin left hospital on Friday.'],
    ['r.txt', 'Naina Yeltsin visited a school in Moscow.'],
  ];

  test('each change linked in part gives what linking the whole corpus gives', () => {
    const texts = { ...start };
    const corpus = corpusOf(texts);
    corpus.entities();
    for (const [id, text] of changes) {
      if (text === undefined) {
        delete texts[id];
        corpus.delete(id);
      } else {
        texts[id] = text;
        corpus.set(id, analyzeArticle(text));
      }
      assert.deepEqual(canonical(corpus), canonical(corpusOf(texts)), `after ${text === undefined ? 'deleting' : 'setting'} ${id}`);
      checkCorpus(corpus, { idsInOrder: false });
    }
  });

  test('an entity the change cannot touch is kept as it was, id and all', () => {
    const corpus = corpusOf(start);
    const lisbon = corpus.entities().find((e) => e.name === 'Lisbon')!;
    const lavrov = corpus.entities().find((e) => e.name === 'Sergey Lavrov')!;
    corpus.set('e.txt', analyzeArticle('Anna Lavrov, a historian, spoke in Zagreb.'));
    assert.equal(corpus.entities().find((e) => e.name === 'Lisbon'), lisbon, 'not linked again');
    const relinked = corpus.entities().find((e) => e.name === 'Sergey Lavrov')!;
    assert.notEqual(relinked, lavrov, 'a Lavrov came: linked again');
    assert.equal(relinked.id, lavrov.id, 'under its id');
  });

  test('links restored from a store are linked again in part once prepared', () => {
    const texts = { ...start };
    const restored = corpusOf(texts);
    restored.importLinks(corpusOf(texts).exportLinks());
    assert.deepEqual(canonical(restored), canonical(corpusOf(texts)), 'restored as stored');
    finish(restored.prepareRelinkingSteps());
    const lisbon = restored.entities().find((e) => e.name === 'Lisbon')!;
    texts['e.txt'] = 'Anna Lavrov, a historian, spoke in Zagreb. Lavrov is writing a book.';
    restored.set('e.txt', analyzeArticle(texts['e.txt']));
    assert.equal(restored.entities().find((e) => e.name === 'Lisbon'), lisbon, 'linked in part');
    assert.deepEqual(canonical(restored), canonical(corpusOf(texts)));
  });

  test('a name that only moved in its article keeps its entity, with the new places of its mentions', () => {
    const texts = { ...start };
    const corpus = corpusOf(texts);
    const zagreb = corpus.entities().find((e) => e.name === 'Zagreb')!;
    texts['d.txt'] = `Marta Kowalczyk wrote this. ${start['d.txt']}`;
    corpus.set('d.txt', analyzeArticle(texts['d.txt']));
    assert.equal(corpus.entities().find((e) => e.name === 'Zagreb'), zagreb, 'not linked again');
    const zagrebInD = corpus.references(zagreb).filter((r) => r.article === 'd.txt');
    assert.deepEqual(zagrebInD.map((r) => r.mention.text), ['Zagreb']);
    assert.equal(corpus.entityOfMention('d.txt', zagrebInD[0].index), zagreb);
    assert.deepEqual(canonical(corpus), canonical(corpusOf(texts)));
  });
});
