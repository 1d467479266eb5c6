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
  // In conflict: the dates other sources contradict (the article's date-conflict findings), and who does
  // the event they date. Tokens are asked for at every edit: the last complete findings, moved along with
  // the text, serve, so typing never waits for the whole workspace.
  const disputed = new Set(index.findings(uri, { allowStale: true }).filter((f) => f.code === 'date-conflict').map((f) => `${f.start}:${f.end}`));
  const conflictingTimes = new Set<number>();
  analysis.times.forEach((t, i) => {
    if (disputed.has(`${t.start}:${t.end}`)) conflictingTimes.add(i);
  });
  const conflictingMentions = new Set<number>();
  for (const claim of analysis.claims) if (conflictingTimes.has(claim.time)) claim.agents.forEach((m) => conflictingMentions.add(m));
  const CONFLICT = 1 << SEMANTIC_TOKEN_MODIFIERS.indexOf('conflict');
  const spans = [
    // Typed as the corpus types them once it is linked (an acronym or a company's bare name the article
    // alone mistypes); while it is being linked again, as the article does.
    ...analysis.mentions.map((m, i) => ({ start: m.start, end: m.end, type: SEMANTIC_TOKEN_TYPES.indexOf((index.corpus.isLinked() && index.corpus.typeOfMention(uri, i)) || m.type), modifiers: conflictingMentions.has(i) ? CONFLICT : 0 })),
    ...analysis.times
      .map((t, i) => ({ t, i }))
      .filter(({ t }) => t.type === 'DATE' || t.type === 'TIME')
      .map(({ t, i }) => ({ start: t.start, end: t.end, type: SEMANTIC_TOKEN_TYPES.indexOf('date'), modifiers: conflictingTimes.has(i) ? CONFLICT : 0 })),
  ].sort((a, b) => a.start - b.start);
  let lastEnd = -1;
  for (const span of spans) {
    if (span.start < lastEnd) continue;
    const start = document.positionAt(span.start);
    const end = document.positionAt(span.end);
    // Tokens may not cross lines.
    if (start.line !== end.line) continue;
    builder.push(start.line, start.character, end.character - start.character, span.type, span.modifiers);
    lastEnd = span.end;
  }
  return builder.build();
}
