import type { Hover, HoverParams } from 'vscode-languageserver';
import { MarkupKind } from 'vscode-languageserver';
import * as path from 'node:path';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import { mentionAtPosition, spanRange } from './mentionLookup';

const TYPE_LABEL = { person: 'person', place: 'place', organization: 'organization' } as const;

/** Escapes article text for Markdown: nothing written in an article can become a link, HTML or a command. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&"'$:]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

export function articleLabel(uri: string): string {
  try {
    return path.basename(new URL(uri).pathname.replace(/%20/g, ' '));
  } catch {
    return uri;
  }
}

export function provideHover(index: WorkspaceIndex, params: HoverParams): Hover | null {
  const found = mentionAtPosition(index, params.textDocument.uri, params.position);
  if (!found) return null;
  const { entity, ref, uri } = found;
  const corpus = index.corpus;
  const lines: string[] = [];
  lines.push(`**${escapeMarkdown(entity.name)}** — ${TYPE_LABEL[entity.type]}`);
  if (entity.titles.length) lines.push(`*Titles:* ${entity.titles.map(escapeMarkdown).join(' · ')}`);

  // Each spelling with the articles that use it, so a variant such as "Sergei Lavrov" is visible at once.
  const spellings = new Map<string, Set<string>>();
  for (const r of corpus.references(entity)) {
    const set = spellings.get(r.mention.text) ?? new Set<string>();
    set.add(articleLabel(r.article));
    spellings.set(r.mention.text, set);
  }
  const where = (articles: Set<string>) => (articles.size <= 2 ? [...articles].map(escapeMarkdown).join(', ') : `${articles.size} articles`);
  const aliases = entity.aliases.map((alias) => `${escapeMarkdown(alias)} (${where(spellings.get(alias) ?? new Set())})`);
  if (aliases.length) lines.push(`*Also written:* ${aliases.join(' · ')}`);

  const here = entity.occurrences.find((o) => o.article === uri)?.mentions.length ?? 0;
  lines.push(`*Mentions:* ${here} in this article · ${entity.mentionCount} in ${entity.occurrences.length} article${entity.occurrences.length === 1 ? '' : 's'} of the workspace`);

  const links = entity.occurrences.map((o) => {
    const first = corpus.get(o.article)?.mentions[o.mentions[0]];
    const range = first ? spanRange(index, o.article, first) : undefined;
    const target = range ? `${o.article}#L${range.start.line + 1},${range.start.character + 1}` : o.article;
    return `[${escapeMarkdown(articleLabel(o.article))}](${encodeURI(decodeURI(target))}) (${o.mentions.length})`;
  });
  lines.push(`*Articles:* ${links.join(' · ')}`);
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n\n') },
    range: spanRange(index, uri, ref.mention),
  };
}
