import * as path from 'node:path';
import { corpusFindings, findConflicts } from '../analysis/corpus/conflicts';
import { analyzePaths, isRunOption, readRunOption, type AnalyzeOptions } from './analyzePaths';
import { check } from './check';
import { toContract } from './contractJson';
import { textReport } from './textReport';

// `article-lens`: the command-line front end over the same engine the language server uses.

const USAGE = `usage: article-lens <command> [options]

commands:
  analyze [--format json|text] PATH...   analyse article files and folders as one corpus
                                          (json: the analysis contract, version 1; text: a readable report)
  check [--format text|json|sarif] [--fail-on error|warning|information|none] PATH...
                                          report date conflicts and other problems; exit code 1 when any
                                          problem reaches --fail-on (default: warning)
  lsp --stdio                            run the language server over standard input/output

options of analyze and check:
  --cache DIR  keep analyses in DIR between runs (unchanged articles are not analysed again)
  --jobs N     worker threads (default: one per core; 0 analyses on the main thread)

options:
  --help       show this help
  --version    show the version
`;

function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('../../../../package.json') as { version: string }).version;
}

export async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === 'analyze') return analyze(rest);
  if (command === 'check') return check(rest, version());
  if (command === 'lsp') {
    if (!rest.includes('--stdio')) {
      process.stderr.write('article-lens lsp: only --stdio is supported\n');
      return 2;
    }
    const { startServer } = await import('../server');
    startServer();
    return new Promise<number>(() => undefined);
  }
  process.stderr.write(`article-lens: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}

async function analyze(args: string[]): Promise<number> {
  let format = 'json';
  const runOptions: AnalyzeOptions = {};
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (isRunOption(arg)) i += readRunOption(args, i, runOptions);
    else if (arg === '--help') {
      process.stdout.write(USAGE);
      return 0;
    } else if (arg.startsWith('--')) {
      process.stderr.write(`article-lens analyze: unknown option ${arg}\n`);
      return 2;
    } else paths.push(arg);
  }
  if (format !== 'json' && format !== 'text') {
    process.stderr.write(`article-lens analyze: --format must be json or text\n`);
    return 2;
  }
  if (runOptions.jobs !== undefined && !(Number.isInteger(runOptions.jobs) && runOptions.jobs >= 0)) {
    process.stderr.write('article-lens analyze: --jobs must be a whole number\n');
    return 2;
  }
  if (paths.length === 0) {
    process.stderr.write('article-lens analyze: give at least one file or folder\n');
    return 2;
  }
  const started = process.hrtime.bigint();
  const { corpus, documents, ignoredConflicts } = await analyzePaths(paths, undefined, undefined, runOptions);
  const conflicts = findConflicts(corpus, ignoredConflicts);
  const result = toContract(corpus, documents, conflicts, corpusFindings(corpus, conflicts, (id) => path.basename(id)));
  const failed = documents.filter((d) => d.error);
  for (const d of failed) process.stderr.write(`article-lens: ${d.path}: ${d.error}\n`);
  const output = format === 'json' ? JSON.stringify(result, null, 2) + '\n' : textReport(result);
  await new Promise<void>((resolve) => process.stdout.write(output, () => resolve()));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  process.stderr.write(`article-lens: analysed ${documents.length} article(s) in ${ms.toFixed(0)} ms\n`);
  return 0;
}
