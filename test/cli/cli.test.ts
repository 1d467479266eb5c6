import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

// The command-line tool as a user runs it: the built launcher in a child process, its standard output
// parsed and checked against /work/shared/CONTRACT.md (analysis JSON, version 1).

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.resolve(__dirname, '../../../bin/article-lens.js');
const SAMPLES = path.join(REPO, 'samples');
const SEEDS = path.resolve(REPO, '../shared/seeds');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = REPO): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Range { start: string; end: string }
interface ContractMention { start: number; end: number; text: string; type: string; entity: string }
interface ContractTime { start: number; end: number; text: string; type: string; value: string; mod?: string; range?: Range }
interface ContractDiagnostic { start: number; end: number; severity: string; code: string; message: string; related: Array<{ path: string; start: number; end: number; message: string }> }
interface ContractDocument {
  path: string;
  publicationDate: string | null;
  publicationDateSource: string | null;
  mentions: ContractMention[];
  times: ContractTime[];
  diagnostics: ContractDiagnostic[];
  error: string | null;
}
interface ContractEntity { id: string; type: string; name: string; aliases: string[]; titles: string[]; mentionCount: number; documentCount: number }
interface ContractAnalysis { version: number; documents: ContractDocument[]; entities: ContractEntity[]; conflicts: unknown[] }

function analyzeJson(args: string[], cwd = REPO): { result: ContractAnalysis; run: Run } {
  const r = run(['analyze', '--format', 'json', ...args], cwd);
  assert.equal(r.status, 0, `exit code 0 (stderr: ${r.stderr})`);
  let result: ContractAnalysis;
  try {
    result = JSON.parse(r.stdout) as ContractAnalysis;
  } catch (err) {
    throw new Error(`standard output is one JSON object, got: ${r.stdout.slice(0, 300)} (${String(err)})`);
  }
  return { result, run: r };
}

/** The file's text as the contract defines it: UTF-8, byte-order mark removed, line endings untouched. */
function contentOf(file: string): string {
  return new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }).decode(fs.readFileSync(file));
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

function checkSpan(content: string, s: { start: number; end: number; text?: string }, what: string): void {
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
  assert.ok(0 <= s.start && s.start <= s.end && s.end <= content.length, `${what}: ${s.start}..${s.end} within the text (${content.length})`);
  if (s.text !== undefined) assert.equal(s.text, content.slice(s.start, s.end), `${what}: text === content.slice(start, end)`);
}

/** Everything CONTRACT.md promises about an analysis, checked against the files it names. */
function checkContract(result: ContractAnalysis, cwd: string): void {
  assert.equal(result.version, 1);
  assert.ok(Array.isArray(result.documents) && Array.isArray(result.entities) && Array.isArray(result.conflicts));
  const entityIds = new Set(result.entities.map((e) => e.id));
  assert.equal(entityIds.size, result.entities.length, 'entity ids are unique');
  const mentionCount = new Map<string, number>();
  const documentCount = new Map<string, Set<string>>();
  for (const doc of result.documents) {
    for (const field of ['path', 'publicationDate', 'publicationDateSource', 'mentions', 'times', 'diagnostics', 'error']) {
      assert.ok(hasOwn(doc, field), `${doc.path}: has "${field}"`);
    }
    assert.equal(typeof doc.path, 'string');
    assert.ok(doc.error === null || (typeof doc.error === 'string' && doc.error.length > 0), `${doc.path}: error is null or a message`);
    assert.ok(doc.publicationDate === null || (ISO_DAY.test(doc.publicationDate) && !Number.isNaN(Date.parse(doc.publicationDate))), `${doc.path}: publicationDate is YYYY-MM-DD or null`);
    assert.ok([null, 'header', 'dateline', 'inferred'].includes(doc.publicationDateSource), `${doc.path}: publicationDateSource ${doc.publicationDateSource}`);
    if (doc.publicationDate === null) assert.equal(doc.publicationDateSource, null, `${doc.path}: no source without a date`);
    else assert.notEqual(doc.publicationDateSource, null, `${doc.path}: a date has a source`);
    if (doc.error !== null) {
      assert.deepEqual([doc.mentions, doc.times, doc.publicationDate], [[], [], null], `${doc.path}: a failed document has nothing else`);
      continue;
    }
    const content = contentOf(path.resolve(cwd, doc.path));
    doc.mentions.forEach((m, i) => {
      checkSpan(content, m, `${doc.path} mention ${i}`);
      assert.ok(m.start < m.end, `${doc.path} mention ${i} is not empty`);
      assert.ok(['person', 'place', 'organization'].includes(m.type), `${doc.path} mention ${i}: type ${m.type}`);
      assert.ok(entityIds.has(m.entity), `${doc.path} mention ${i}: entity ${m.entity} is listed`);
      assert.ok(!/^the\s/i.test(m.text) && !/['’]s$/.test(m.text), `${doc.path} mention ${i} "${m.text}": no leading "the", no possessive`);
      if (i > 0) assert.ok(doc.mentions[i - 1].end <= m.start, `${doc.path}: mentions in order, not overlapping`);
      mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);
      const docs = documentCount.get(m.entity) ?? new Set<string>();
      docs.add(doc.path);
      documentCount.set(m.entity, docs);
    });
    doc.times.forEach((t, i) => {
      checkSpan(content, t, `${doc.path} time ${i}`);
      assert.ok(['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type), `${doc.path} time ${i}: type ${t.type}`);
      assert.ok(typeof t.value === 'string' && t.value.length > 0, `${doc.path} time ${i}: a value`);
      if (hasOwn(t, 'mod')) assert.ok(typeof t.mod === 'string' && t.mod.length > 0, `${doc.path} time ${i}: mod omitted when there is none`);
      if (hasOwn(t, 'range')) {
        assert.equal(t.type, 'DATE', `${doc.path} time ${i}: only DATEs have a range`);
        assert.ok(t.range && ISO_DAY.test(t.range.start) && ISO_DAY.test(t.range.end) && t.range.start <= t.range.end, `${doc.path} time ${i}: an inclusive range of days`);
      }
    });
    for (const d of doc.diagnostics) {
      checkSpan(content, d, `${doc.path} diagnostic ${d.code}`);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity));
      assert.ok(Array.isArray(d.related));
    }
  }
  for (const e of result.entities) {
    assert.match(e.id, /^E\d+$/);
    assert.ok(['person', 'place', 'organization'].includes(e.type));
    assert.ok(Array.isArray(e.aliases) && Array.isArray(e.titles));
    assert.ok(!e.aliases.includes(e.name), `${e.id}: the name is not also an alias`);
    assert.equal(e.mentionCount, mentionCount.get(e.id) ?? 0, `${e.id} ${e.name}: mentionCount is its number of mentions`);
    assert.equal(e.documentCount, documentCount.get(e.id)?.size ?? 0, `${e.id} ${e.name}: documentCount is the number of documents mentioning it`);
  }
}

describe('article-lens command line', () => {
  test('--version prints the version from package.json', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
    const r = run(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout.trim(), version);
  });

  test('--help prints usage and exits 0', () => {
    const r = run(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /usage: article-lens/i);
    assert.match(r.stdout, /analyze/);
    assert.match(r.stdout, /--format/);
  });

  test('an unknown command is refused with a non-zero exit code', () => {
    const r = run(['frobnicate']);
    assert.notEqual(r.status, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /unknown command/);
  });

  test('analyze --format json samples keeps the contract', () => {
    const { result, run: r } = analyzeJson(['samples']);
    checkContract(result, REPO);
    const files = fs.readdirSync(SAMPLES).filter((f) => /\.(article|news|txt)$/.test(f)).sort();
    assert.deepEqual(result.documents.map((d) => d.path).sort(), files.map((f) => path.join('samples', f)));
    assert.ok(result.documents.every((d) => d.error === null), 'every sample is analysed');
    assert.ok(result.documents.some((d) => d.mentions.length > 0) && result.entities.length > 0, 'the samples have entities');
    assert.ok(result.entities.some((e) => e.documentCount > 1), 'some entity is shared between samples');
    assert.match(r.stderr, /analysed \d+ article/, 'progress goes to standard error');
  });

  test('the contract check above rejects a broken analysis', () => {
    const { result } = analyzeJson(['samples']);
    const copy = () => JSON.parse(JSON.stringify(result)) as ContractAnalysis;
    const withMentions = (r: ContractAnalysis) => r.documents.find((d) => d.mentions.length > 0)!;
    const shifted = copy();
    withMentions(shifted).mentions[0].start += 1;
    assert.throws(() => checkContract(shifted, REPO), /content\.slice/);
    const miscounted = copy();
    miscounted.entities[0].mentionCount += 1;
    assert.throws(() => checkContract(miscounted, REPO), /mentionCount/);
    const dangling = copy();
    withMentions(dangling).mentions[0].entity = 'E999999';
    assert.throws(() => checkContract(dangling, REPO), /is listed/);
  });

  test('analyze refuses an unknown format and a missing path list, writing nothing to standard output', () => {
    for (const args of [['analyze', '--format', 'xml', 'samples'], ['analyze']]) {
      const r = run(args);
      assert.notEqual(r.status, 0, args.join(' '));
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.length > 0);
    }
  });

  test('analyze --format text prints a summary per article', () => {
    const { result } = analyzeJson(['samples']);
    const r = run(['analyze', '--format', 'text', 'samples']);
    assert.equal(r.status, 0);
    assert.throws(() => JSON.parse(r.stdout), 'the text report is not JSON');
    const lines = r.stdout.split('\n');
    for (const doc of result.documents) {
      const at = lines.indexOf(doc.path);
      assert.ok(at >= 0, `a heading line for ${doc.path}`);
      assert.match(lines[at + 1], new RegExp(`^\\s+published: ${doc.publicationDate ?? 'unknown'}\\b`), `${doc.path}: its publication date`);
      const people = new Set(doc.mentions.filter((m) => m.type === 'person').map((m) => m.entity)).size;
      assert.match(lines[at + 2], new RegExp(`\\b${people} (?:person|people)\\b.*\\b${doc.mentions.length} mentions?\\b`), `${doc.path}: its counts`);
    }
  });

  describe('a folder of awkward files', () => {
    let dir: string;
    const good = 'date 2025-10-01\nRussian Foreign Minister Sergey Lavrov met Norwegian officials in Oslo on Monday.\nLavrov said talks would resume in early December 2025.\n';
    const bom = 'date 2025-10-02\r\nSergei Lavrov and Ingrid Halvorsen met in Bergen.\r\nHalvorsen spoke first.\r\n';
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'article-lens-'));
      // Random bytes with NULs, and never a UTF-16 byte-order mark at the start.
      const binary = randomBytes(512);
      binary[0] = 0;
      binary[10] = 0;
      fs.writeFileSync(path.join(dir, 'x.txt'), binary);
      fs.writeFileSync(path.join(dir, 'empty.txt'), '');
      fs.writeFileSync(path.join(dir, 'latin.txt'), Buffer.concat([Buffer.from([0x41, 0xc3, 0x28, 0x42]), Buffer.from(' Norway and Iceland met in Reykjavik in 2024.\n', 'utf8')]));
      fs.writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bom, 'utf8')]));
      fs.writeFileSync(path.join(dir, 'good.article'), good);
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('every file is reported, the binary one with an error, the others analysed, exit code 0', () => {
      const { result } = analyzeJson([dir]);
      checkContract(result, REPO);
      const byName = new Map(result.documents.map((d) => [path.basename(d.path), d]));
      assert.deepEqual([...byName.keys()].sort(), ['bom.txt', 'empty.txt', 'good.article', 'latin.txt', 'x.txt']);
      for (const d of result.documents) assert.equal(path.dirname(d.path), dir, 'paths are joined to the folder given');

      assert.ok(byName.get('x.txt')!.error, 'the binary file has an error');
      for (const name of ['bom.txt', 'empty.txt', 'good.article', 'latin.txt']) assert.equal(byName.get(name)!.error, null, `${name} is analysed`);

      const empty = byName.get('empty.txt')!;
      assert.deepEqual([empty.mentions, empty.times, empty.publicationDate], [[], [], null]);

      const latin = byName.get('latin.txt')!;
      assert.deepEqual(latin.mentions.map((m) => `${m.type}:${m.text}`), ['place:Norway', 'place:Iceland', 'place:Reykjavik']);
      assert.equal(contentOf(path.join(dir, 'latin.txt')).slice(0, 4), 'A\uFFFD(B', 'invalid UTF-8 is replaced, not rejected');

      const withBom = byName.get('bom.txt')!;
      assert.equal(withBom.publicationDate, '2025-10-02', 'the header is read after the byte-order mark');
      assert.equal(withBom.publicationDateSource, 'header');
      const plain = bom;
      for (const m of withBom.mentions) assert.equal(plain.slice(m.start, m.end), m.text, 'offsets count from after the byte-order mark');

      const goodDoc = byName.get('good.article')!;
      assert.equal(goodDoc.publicationDate, '2025-10-01');
      const early = goodDoc.times.find((t) => t.text === 'early December 2025');
      assert.deepEqual(early && { value: early.value, mod: early.mod, range: early.range }, { value: '2025-12', mod: 'START', range: { start: '2025-12-01', end: '2025-12-10' } });

      const lavrov = result.entities.filter((e) => [e.name, ...e.aliases].some((n) => /^Serge[iy] Lavrov$/.test(n)));
      assert.equal(lavrov.length, 1, 'Sergey and Sergei Lavrov are one entity');
      assert.deepEqual([lavrov[0].name, ...lavrov[0].aliases].sort(), ['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
      assert.equal(lavrov[0].documentCount, 2);
    });

    test('a path that does not exist is reported with an error and the rest still analysed', () => {
      const missing = path.join(dir, 'no-such-file.txt');
      const { result } = analyzeJson([missing, path.join(dir, 'good.article')]);
      checkContract(result, REPO);
      assert.equal(result.documents.length, 2);
      const gone = result.documents.find((d) => d.path === missing);
      assert.ok(gone && gone.error, 'the missing path is listed with an error');
      const found = result.documents.find((d) => d.path === path.join(dir, 'good.article'));
      assert.ok(found && found.error === null && found.mentions.length > 0);
    });

    test('a file named directly is analysed whatever its extension', () => {
      const odd = path.join(dir, 'report.md');
      fs.writeFileSync(odd, 'Norway and Iceland met in Reykjavik.\n');
      try {
        const { result } = analyzeJson([odd]);
        checkContract(result, REPO);
        assert.deepEqual(result.documents.map((d) => [d.path, d.error, d.mentions.length]), [[odd, null, 3]]);
      } finally {
        fs.rmSync(odd);
      }
    });
  });

  describe('the shared seed articles', { skip: fs.existsSync(SEEDS) ? false : `${SEEDS} does not exist` }, () => {
    let result: ContractAnalysis;
    const doc = (prefix: string): ContractDocument => {
      const found = result.documents.filter((d) => path.basename(d.path).startsWith(prefix));
      assert.equal(found.length, 1, `one seed file starts with ${prefix}`);
      return found[0];
    };
    before(() => {
      result = analyzeJson([SEEDS]).result;
    });

    test('the seeds keep the contract', () => {
      checkContract(result, REPO);
      assert.ok(result.documents.every((d) => d.error === null));
    });

    test('publication dates', () => {
      assert.deepEqual([doc('000').publicationDate, doc('000').publicationDateSource], ['2025-10-01', 'header']);
      assert.deepEqual([doc('001').publicationDate, doc('001').publicationDateSource], ['2025-10-01', 'header']);
      assert.equal(doc('002').publicationDate, null);
      const d003 = doc('003').publicationDate;
      assert.ok(d003 === null || d003 <= '2025-11-17', `003 is not dated after the meeting it announces (${d003})`);
      assert.deepEqual([doc('004').publicationDate, doc('004').publicationDateSource], ['2025-11-27', 'dateline']);
    });

    test('Sergey Lavrov and Sergei Lavrov are one entity across five documents', () => {
      const lavrov = result.entities.filter((e) => e.type === 'person' && [e.name, ...e.aliases].some((n) => /^Serge[iy] Lavrov$/.test(n)));
      assert.equal(lavrov.length, 1);
      const forms = [lavrov[0].name, ...lavrov[0].aliases];
      assert.ok(forms.includes('Sergey Lavrov') && forms.includes('Sergei Lavrov'), `both spellings: ${forms.join(', ')}`);
      assert.equal(lavrov[0].documentCount, 5);
      const mentioned = new Set(result.documents.filter((d) => d.mentions.some((m) => m.entity === lavrov[0].id)).map((d) => d.path));
      assert.equal(mentioned.size, 5);
    });
  });
});
