import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

// `article-lens check` as a script or CI job runs it: the built launcher in a child process, on the conflict
// fixtures (test/fixtures/conflicts), with paths relative to the repository so the output is predictable.

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin/article-lens.js');
const CONFLICT = 'test/fixtures/conflicts/ferry-talks'; // one conflict: "March 26" against "Thursday" twice, all warnings
const YEARS = 'test/fixtures/conflicts/veltra-acquisition'; // a year-level dispute: information only
const AGREEING = 'test/fixtures/conflicts/lisbon-visit'; // every source agrees

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[]): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** 1-based line and column of the `occurrence`-th (0-based) appearance of `needle` in a repository file. */
function positionOf(file: string, needle: string, occurrence = 0): { line: number; column: number; offset: number } {
  const text = fs.readFileSync(path.join(REPO, file), 'utf8');
  let offset = -1;
  for (let k = 0; k <= occurrence; k++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `"${needle}" is in ${file}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1, offset };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const COMPILER_LINE = /^(\S+):(\d+):(\d+): (error|warning|information|hint) ([a-z-]+): (.+)$/;

describe('cli check: text', () => {
  test('a folder with a conflict: compiler-style lines at the date, a summary, exit code 1', () => {
    const r = run(['check', CONFLICT]);
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    const findings = lines.filter((l) => COMPILER_LINE.test(l));
    assert.equal(findings.length, 3, r.stdout);
    const file = `${CONFLICT}/01_nordic_times.txt`;
    const at = positionOf(file, 'March 26');
    assert.match(r.stdout, new RegExp(`^${escape(file)}:${at.line}:${at.column}: warning date-conflict: .*"March 26".*"Thursday"`, 'm'));
    const other = `${CONFLICT}/02_tallinn_herald.txt`;
    const thursday = positionOf(other, 'on Thursday');
    assert.match(r.stdout, new RegExp(`^${escape(other)}:${thursday.line}:${thursday.column + 3}: warning date-conflict: `, 'm'));
    // The other sources, as indented notes under the finding.
    assert.match(r.stdout, new RegExp(`^  ${escape(other)}:${thursday.line}:${thursday.column + 3}: note: Conflicting date`, 'm'));
    assert.equal(lines[lines.length - 1], '3 article(s) checked: 0 error, 3 warning, 0 information, 0 hint; 1 conflict(s)');
  });

  test('--fail-on error: the same warnings, exit code 0', () => {
    const r = run(['check', '--fail-on', 'error', CONFLICT]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /: warning date-conflict: /);
    assert.equal(run(['check', '--fail-on=error', CONFLICT]).status, 0);
  });

  test('--fail-on none never fails; --fail-on warning is the default', () => {
    assert.equal(run(['check', '--fail-on', 'none', CONFLICT]).status, 0);
    assert.equal(run(['check', '--fail-on', 'warning', CONFLICT]).status, 1);
  });

  test('a year-level dispute is information: exit 0 by default, 1 with --fail-on information', () => {
    const r = run(['check', YEARS]);
    assert.equal(r.status, 0, r.stdout);
    assert.match(r.stdout, /^\S+:\d+:\d+: information date-conflict: /m);
    assert.doesNotMatch(r.stdout, /: warning /);
    assert.equal(run(['check', '--fail-on', 'information', YEARS]).status, 1);
  });

  test('an agreeing folder: nothing but the summary, exit code 0', () => {
    const r = run(['check', AGREEING]);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout, '4 article(s) checked: 0 error, 0 warning, 0 information, 0 hint; 0 conflict(s)\n');
  });

  test('files named one by one are one corpus', () => {
    const r = run(['check', `${CONFLICT}/01_nordic_times.txt`, `${CONFLICT}/03_helsinki_daily.txt`]);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /2 article\(s\) checked: 0 error, 2 warning, 0 information, 0 hint; 1 conflict\(s\)/);
  });
});

describe('cli check: sarif', () => {
  interface SarifRegion { startLine: number; startColumn: number; endLine?: number; endColumn?: number }
  interface SarifLocation { physicalLocation: { artifactLocation: { uri: string }; region: SarifRegion } }
  interface SarifResult { ruleId: string; level: string; message: { text: string }; locations: SarifLocation[]; relatedLocations?: SarifLocation[] }
  interface Sarif { version: string; runs: Array<{ tool: { driver: { name: string; rules?: Array<{ id: string }> } }; results: SarifResult[] }> }

  const sarifOf = (args: string[]): { run: Run; log: Sarif } => {
    const r = run(['check', '--format', 'sarif', ...args]);
    let log: Sarif;
    try {
      log = JSON.parse(r.stdout) as Sarif;
    } catch (err) {
      throw new Error(`SARIF output is JSON: ${String(err)}\n${r.stdout.slice(0, 300)}`);
    }
    return { run: r, log };
  };

  test('valid SARIF 2.1.0 with a date-conflict result at the date', () => {
    const { run: r, log } = sarifOf([CONFLICT]);
    assert.equal(r.status, 1);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    assert.equal(log.runs[0].tool.driver.name, 'article-lens');
    assert.ok(log.runs[0].tool.driver.rules?.some((rule) => rule.id === 'date-conflict'), 'the rule is described');
    const results = log.runs[0].results;
    assert.equal(results.length, 3);
    const file = `${CONFLICT}/01_nordic_times.txt`;
    const at = positionOf(file, 'March 26');
    const result = results.find((x) => x.locations[0].physicalLocation.artifactLocation.uri === file);
    assert.ok(result, `a result in ${file}: ${results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri).join(', ')}`);
    assert.equal(result.ruleId, 'date-conflict');
    assert.equal(result.level, 'warning');
    assert.ok(result.message.text.length > 0);
    const region = result.locations[0].physicalLocation.region;
    assert.deepEqual([region.startLine, region.startColumn], [at.line, at.column]);
    assert.deepEqual([region.endLine, region.endColumn], [at.line, at.column + 'March 26'.length]);
    // The other sources as related locations.
    const related = (result.relatedLocations ?? []).map((l) => l.physicalLocation.artifactLocation.uri).sort();
    assert.deepEqual(related, [`${CONFLICT}/02_tallinn_herald.txt`, `${CONFLICT}/03_helsinki_daily.txt`]);
  });

  test('information is level "note"; --fail-on applies to SARIF too', () => {
    const { run: r, log } = sarifOf([YEARS]);
    assert.equal(r.status, 0);
    const levels = log.runs[0].results.filter((x) => x.ruleId === 'date-conflict').map((x) => x.level);
    assert.ok(levels.length >= 2);
    assert.deepEqual([...new Set(levels)], ['note']);
  });

  test('an agreeing folder: no results', () => {
    const { run: r, log } = sarifOf([AGREEING]);
    assert.equal(r.status, 0);
    assert.equal(log.version, '2.1.0');
    assert.deepEqual(log.runs[0].results, []);
  });
});

describe('cli check: json', () => {
  interface Related { path: string; start: number; end: number; message: string }
  interface Diagnostic { start: number; end: number; severity: string; code: string; message: string; related: Related[] }
  interface Doc { path: string; diagnostics: Diagnostic[]; error: string | null }
  interface Claim { path: string; start: number; end: number; text: string; range: { start: string; end: string } }
  interface Contract { version: number; documents: Doc[]; conflicts: Array<{ id: string; code: string; event: string; claims: Claim[] }> }

  test('the analysis contract with conflicts and diagnostics whose related entries point at documents', () => {
    const r = run(['check', '--format', 'json', CONFLICT]);
    assert.equal(r.status, 1, 'the exit code follows --fail-on whatever the format');
    const result = JSON.parse(r.stdout) as Contract;
    assert.equal(result.version, 1);
    const content = new Map(result.documents.map((d) => [d.path, fs.readFileSync(path.join(REPO, d.path), 'utf8')]));
    assert.equal(content.size, 3);

    assert.equal(result.conflicts.length, 1);
    const [conflict] = result.conflicts;
    assert.equal(conflict.id, 'C1');
    assert.equal(conflict.code, 'date-conflict');
    assert.match(conflict.event, /talks/);
    assert.deepEqual(conflict.claims.map((c) => `${c.text} ${c.range.start}..${c.range.end} ${path.basename(c.path)}`), [
      'March 26 2026-03-26..2026-03-26 01_nordic_times.txt',
      'Thursday 2026-03-19..2026-03-19 02_tallinn_herald.txt',
      'Thursday 2026-03-19..2026-03-19 03_helsinki_daily.txt',
    ]);
    for (const c of conflict.claims) assert.equal(content.get(c.path)?.slice(c.start, c.end), c.text, `${c.path}: the claim's span`);

    for (const doc of result.documents) {
      assert.equal(doc.error, null);
      const conflicts = doc.diagnostics.filter((d) => d.code === 'date-conflict');
      assert.equal(conflicts.length, 1, `${doc.path}: one date-conflict diagnostic`);
      const [d] = conflicts;
      assert.equal(d.severity, 'warning');
      assert.match(content.get(doc.path)!.slice(d.start, d.end), /^(?:March 26|Thursday)$/);
      assert.equal(d.related.length, 2, `${doc.path}: the two other sources`);
      for (const rel of d.related) {
        assert.ok(content.has(rel.path), `related path ${rel.path} is a document path`);
        assert.notEqual(rel.path, doc.path);
        assert.match(content.get(rel.path)!.slice(rel.start, rel.end), /^(?:March 26|Thursday)$/, `${rel.path}: the related span is the other date`);
        assert.ok(rel.message.length > 0);
      }
    }
  });

  test('an agreeing folder: no conflicts, no diagnostics, exit code 0', () => {
    const r = run(['check', '--format', 'json', AGREEING]);
    assert.equal(r.status, 0);
    const result = JSON.parse(r.stdout) as Contract;
    assert.deepEqual(result.conflicts, []);
    assert.equal(result.documents.length, 4);
    for (const doc of result.documents) assert.deepEqual(doc.diagnostics, [], doc.path);
  });
});

describe('cli check: usage', () => {
  const BAD: Array<{ name: string; args: string[] }> = [
    { name: 'no path', args: ['check'] },
    { name: 'an unknown option', args: ['check', '--bogus', CONFLICT] },
    { name: 'an unknown format', args: ['check', '--format', 'xml', CONFLICT] },
    { name: 'a format with no value', args: ['check', CONFLICT, '--format'] },
    { name: 'an unknown --fail-on level', args: ['check', '--fail-on', 'fatal', CONFLICT] },
    { name: '--fail-on hint (not a threshold)', args: ['check', '--fail-on', 'hint', CONFLICT] },
  ];
  for (const b of BAD) {
    test(`bad usage exits 2: ${b.name}`, () => {
      const r = run(b.args);
      assert.equal(r.status, 2, `stdout: ${r.stdout}`);
      assert.ok(r.stderr.trim().length > 0, 'says what is wrong on standard error');
      assert.equal(r.stdout, '', 'prints no report');
    });
  }
});
