import type { Diagnostic } from 'vscode-languageserver';
import { DiagnosticSeverity } from 'vscode-languageserver';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';

// The diagnostics pipeline. Today it reports articles that could not be read; date conflicts and entity
// checks join here as the engine learns them.

export function computeDiagnostics(index: WorkspaceIndex, uri: string): Diagnostic[] {
  const article = index.get(uri);
  if (!article) return [];
  if (article.error) {
    return [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'article-lens', code: 'unreadable', message: `Article Lens could not analyse this file: ${article.error}` }];
  }
  return [];
}
