import { InlayHint, InlayHintKind, type InlayHintParams } from 'vscode-languageserver';
import { describeRange } from '../analysis/time/describe';
import { normalizeUri, type WorkspaceIndex } from '../workspace/workspaceIndex';

/** After each relative date ("later this year", "on Thursday"), what it resolved to against the anchor. */
export function provideInlayHints(index: WorkspaceIndex, params: InlayHintParams): InlayHint[] {
  if (!index.getSettings().dateInlayHints) return [];
  const uri = normalizeUri(params.textDocument.uri);
  const article = index.get(uri);
  const analysis = index.corpus.get(uri);
  if (!article || !analysis) return [];
  const document = article.document;
  const from = document.offsetAt(params.range.start);
  const to = document.offsetAt(params.range.end);
  const hints: InlayHint[] = [];
  for (const time of analysis.times) {
    if (!time.anchored || time.end < from || time.start > to) continue;
    if (/X|_REF$/.test(time.value)) continue;
    const label = time.range ? describeRange(time.range) : time.value;
    const hint = InlayHint.create(document.positionAt(time.end), `= ${label}`, InlayHintKind.Type);
    hint.paddingLeft = true;
    hint.tooltip = `${time.text} resolves to ${time.value}${time.mod ? ` (${time.mod.toLowerCase()})` : ''}`;
    hints.push(hint);
  }
  return hints;
}
