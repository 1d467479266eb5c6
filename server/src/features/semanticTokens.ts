import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from 'vscode-languageserver';
import { normalizeUri, type WorkspaceIndex } from '../workspace/workspaceIndex';

// Names coloured by kind and dates as dates; package.json maps these types to TextMate scopes for themes.

export const SEMANTIC_TOKEN_TYPES = ['person', 'place', 'organization', 'date'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['conflict'] as const;
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [...SEMANTIC_TOKEN_MODIFIERS] };

export function provideSemanticTokens(index: WorkspaceIndex, params: SemanticTokensParams): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  const uri = normalizeUri(params.textDocument.uri);
  const article = index.get(uri);
  const analysis = index.corpus.get(uri);
  if (!article || !analysis) return builder.build();
  const document = article.document;
  const spans = [
    ...analysis.mentions.map((m) => ({ start: m.start, end: m.end, type: SEMANTIC_TOKEN_TYPES.indexOf(m.type) })),
    ...analysis.times.filter((t) => t.type === 'DATE' || t.type === 'TIME').map((t) => ({ start: t.start, end: t.end, type: SEMANTIC_TOKEN_TYPES.indexOf('date') })),
  ].sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const span of spans) {
    if (span.start < lastEnd) continue;
    const start = document.positionAt(span.start);
    const end = document.positionAt(span.end);
    // Tokens may not cross lines.
    if (start.line !== end.line) continue;
    builder.push(start.line, start.character, end.character - start.character, span.type, 0);
    lastEnd = span.end;
  }
  return builder.build();
}
