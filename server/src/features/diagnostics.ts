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
  const findings = index.findings(uri, { allowStale: options.allowStale });
  // A dump of month names or a log has findings by the hundred thousand: the editor gets the most severe
  // first thousand and a note, not a message too large to show.
  const shown = findings.length <= MAX_DIAGNOSTICS ? findings : [...findings].sort((a, b) => SEVERITY[a.severity] - SEVERITY[b.severity]).slice(0, MAX_DIAGNOSTICS);
  for (const finding of shown) {
    const range = spanRange(index, uri, finding);
    if (!range) continue;
    diagnostics.push(toDiagnostic(index, finding, range, options));
  }
  if (shown.length < findings.length) {
    diagnostics.push({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: 'article-lens',
      code: 'too-many-findings',
      message: `${(findings.length - shown.length).toLocaleString('en')} more findings in this file are not shown: Article Lens shows the ${MAX_DIAGNOSTICS.toLocaleString('en')} most severe.`,
    });
  }
  return diagnostics;
}

const MAX_DIAGNOSTICS = 1000;

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
