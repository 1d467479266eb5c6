import * as path from 'node:path';
import { corpusFindings, findConflicts } from '../analysis/corpus/conflicts';
import { LineIndex } from '../analysis/text/lines';
import type { Finding, Severity } from '../analysis/types';
import { analyzePaths, isRunOption, readRunOption, type AnalyzeOptions } from './analyzePaths';
import { toContract } from './contractJson';

// `article-lens check`: the diagnostics of a folder for scripts and CI, as compiler-style lines, the
// contract's JSON or SARIF 2.1.0; the exit code says whether anything reached --fail-on.

const RANK: Record<Severity | 'none', number> = { error: 3, warning: 2, information: 1, hint: 0, none: 99 };
const SARIF_LEVEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

const RULES: Record<string, string> = {
  'date-conflict': 'The same event is dated differently by different sources, in ways that cannot both hold.',
  'impossible-date': 'A date that does not exist, such as February 30.',
  'weekday-mismatch': 'A weekday written next to a date it does not fall on.',
  'dateline-mismatch': 'The dateline disagrees with the publication date header.',
  'planned-event-in-past': 'An event called upcoming, expected or planned is dated before the article was published.',
  'undated-relative-date': 'A relative date in an article with no publication date cannot be resolved.',
  unreadable: 'The file could not be read or analysed.',
  'entity-variant': 'A name spelled differently from how the other articles spell the same entity.',
  'entity-unintroduced': 'A person named by surname only, never introduced in the article.',
  'entity-role-conflict': 'Sources give one person incompatible titles.',
  'partly-analysed': 'The file is larger than articleLens.maxFileSize: only its first part was analysed.',
};

interface Located {
  path: string;
  finding: Finding;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export async function check(args: string[], version: string): Promise<number> {
  let format = 'text';
  let failOn: Severity | 'none' = 'warning';
  const paths: string[] = [];
  const runOptions: AnalyzeOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (isRunOption(arg)) i += readRunOption(args, i, runOptions);
    else if (arg === '--format' || arg.startsWith('--format=')) format = arg.includes('=') ? arg.split('=')[1] : args[++i] ?? '';
    else if (arg === '--fail-on' || arg.startsWith('--fail-on=')) failOn = (arg.includes('=') ? arg.split('=')[1] : args[++i] ?? '') as Severity | 'none';
    else if (arg.startsWith('--')) {
      process.stderr.write(`article-lens check: unknown option ${arg}\n`);
      return 2;
    } else paths.push(arg);
  }
  if (!['text', 'json', 'sarif'].includes(format)) {
    process.stderr.write('article-lens check: --format must be text, json or sarif\n');
    return 2;
  }
  if (!(failOn in RANK) || failOn === 'hint') {
    process.stderr.write('article-lens check: --fail-on must be error, warning, information or none\n');
    return 2;
  }
  if (paths.length === 0) {
    process.stderr.write('article-lens check: give at least one file or folder\n');
    return 2;
  }

  const { corpus, documents, texts, ignoredConflicts } = await analyzePaths(paths, undefined, undefined, runOptions);
  const conflicts = findConflicts(corpus, ignoredConflicts);
  const findings = corpusFindings(corpus, conflicts, (id) => path.basename(id));
  const located: Located[] = [];
  const lineIndexes = new Map<string, LineIndex>();
  const at = (id: string, offset: number) => {
    let index = lineIndexes.get(id);
    if (!index) lineIndexes.set(id, (index = new LineIndex(texts.get(id) ?? '')));
    return index.position(offset);
  };
  for (const doc of documents) {
    if (doc.error !== undefined || doc.id === undefined) {
      located.push({ path: doc.path, finding: { start: 0, end: 0, severity: 'warning', code: 'unreadable', message: doc.error ?? 'not analysed', related: [] }, line: 1, column: 1, endLine: 1, endColumn: 1 });
      continue;
    }
    for (const finding of findings.get(doc.id) ?? []) {
      const start = at(doc.id, finding.start);
      const end = at(doc.id, finding.end);
      located.push({ path: doc.path, finding, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 });
    }
  }

  let output: string;
  if (format === 'json') output = JSON.stringify(toContract(corpus, documents, conflicts, findings), null, 2) + '\n';
  else if (format === 'sarif') output = JSON.stringify(sarif(located, version, at), null, 2) + '\n';
  else {
    output = located
      .map((l) => {
        const related = l.finding.related.map((r) => {
          const p = at(r.article, r.start);
          return `  ${r.article}:${p.line + 1}:${p.character + 1}: note: ${r.message}`;
        });
        return [`${l.path}:${l.line}:${l.column}: ${l.finding.severity} ${l.finding.code}: ${l.finding.message}`, ...related].join('\n');
      })
      .join('\n');
    const counts = (['error', 'warning', 'information', 'hint'] as const).map((s) => `${located.filter((l) => l.finding.severity === s).length} ${s}`);
    output += `${output ? '\n' : ''}${documents.length} article(s) checked: ${counts.join(', ')}; ${conflicts.length} conflict(s)\n`;
  }
  await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()));
  return located.some((l) => RANK[l.finding.severity] >= RANK[failOn]) ? 1 : 0;
}

function sarif(located: Located[], version: string, at: (id: string, offset: number) => { line: number; character: number }) {
  const codes = [...new Set(located.map((l) => l.finding.code))].sort();
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'article-lens', version, rules: codes.map((id) => ({ id, shortDescription: { text: RULES[id] ?? id } })) } },
        results: located.map((l) => ({
          ruleId: l.finding.code,
          level: SARIF_LEVEL[l.finding.severity],
          message: { text: l.finding.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: toUri(l.path) }, region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn } } }],
          relatedLocations: l.finding.related.map((r, id) => {
            const start = at(r.article, r.start);
            const end = at(r.article, r.end);
            return { id, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: toUri(r.article) }, region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 } } };
          }),
        })),
      },
    ],
  };
}

function toUri(p: string): string {
  return p.split(path.sep).map(encodeURIComponent).join('/');
}
