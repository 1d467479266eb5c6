import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Finding, Severity } from '../analysis/types';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { spanRange } from './mentionLookup';

// The engine's findings as LSP diagnostics: conflicts carry related information pointing at every other
// source's date for the same event.

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface DiagnosticOptions {
  /** Whether the client shows `relatedInformation`; otherwise the message carries it. */
  relatedInformation: boolean;
  /** Answer a keystroke from the last complete cross-article results rather than wait for new ones. */
  allowStale?: boolean;
}

export function computeDiagnostics(index: WorkspaceIndex, uri: string, options: DiagnosticOptions = { relatedInformation: true }): Diagnostic[] {
  const article = index.get(uri);
  if (!article) return [];
  if (article.error) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'article-lens', code: 'unreadable', message: `Article Lens could not analyse this file: ${article.error}` }];
  }
  const diagnostics: Diagnostic[] = [];
  for (const finding of index.findings(uri, { allowStale: options.allowStale })) {
    const range = spanRange(index, uri, finding);
    if (!range) continue;
    diagnostics.push(toDiagnostic(index, finding, range, options));
  }
  return diagnostics;
}

function toDiagnostic(index: WorkspaceIndex, finding: Finding, range: Diagnostic['range'], options: DiagnosticOptions): Diagnostic {
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related) {
    const relatedRange = spanRange(index, r.article, r);
    if (relatedRange) related.push({ location: { uri: r.article, range: relatedRange }, message: r.message });
  }
  const diagnostic: Diagnostic = { range, severity: SEVERITY[finding.severity], source: 'article-lens', code: finding.code, message: finding.message };
  if (related.length && options.relatedInformation) diagnostic.relatedInformation = related;
  else if (related.length) diagnostic.message += '\n' + related.map((r) => `  ${r.message}`).join('\n');
  if (finding.data) diagnostic.data = finding.data;
  return diagnostic;
}
