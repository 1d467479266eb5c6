import type { Corpus } from '../analysis/corpus/corpus';
import type { ArticleAnalysis, DateRange, EntityType, PublicationDateSource } from '../analysis/types';

// The analysis JSON of ../shared/CONTRACT.md (version 1). Field names and meanings are fixed there.

export interface ContractDocument {
  path: string;
  publicationDate: string | null;
  publicationDateSource: 'header' | 'dateline' | 'inferred' | null;
  mentions: Array<{ start: number; end: number; text: string; type: EntityType; entity: string }>;
  times: Array<{ start: number; end: number; text: string; type: string; value: string; mod?: string; range?: DateRange }>;
  diagnostics: ContractDiagnostic[];
  error: string | null;
}

export interface ContractDiagnostic {
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
  related: Array<{ path: string; start: number; end: number; message: string }>;
}

export interface ContractAnalysis {
  version: 1;
  documents: ContractDocument[];
  entities: Array<{ id: string; type: EntityType; name: string; aliases: string[]; titles: string[]; mentionCount: number; documentCount: number }>;
  conflicts: Array<{ id: string; code: string; event: string; claims: Array<{ path: string; start: number; end: number; text: string; range: DateRange }> }>;
}

export interface InputDocument {
  /** Corpus id of the article (absent when it could not be read). */
  id?: string;
  /** The path as the contract reports it. */
  path: string;
  error?: string;
}

/** The contract's name for where a publication date came from. */
export function contractDateSource(source: PublicationDateSource | null): ContractDocument['publicationDateSource'] {
  return source === 'dateLine' ? 'dateline' : source;
}

export function toContract(corpus: Corpus, documents: readonly InputDocument[]): ContractAnalysis {
  const pathOf = new Map(documents.filter((d) => d.id !== undefined).map((d) => [d.id!, d.path]));
  return {
    version: 1,
    documents: documents.map((d) => {
      const analysis: ArticleAnalysis | undefined = d.id !== undefined ? corpus.get(d.id) : undefined;
      if (!analysis || d.id === undefined) {
        return { path: d.path, publicationDate: null, publicationDateSource: null, mentions: [], times: [], diagnostics: [], error: d.error ?? 'not analysed' };
      }
      const id = d.id;
      return {
        path: d.path,
        publicationDate: analysis.publication.date,
        publicationDateSource: analysis.publication.date ? contractDateSource(analysis.publication.source) : null,
        mentions: analysis.mentions.map((m, index) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: corpus.entityOfMention(id, index)!.id })),
        times: analysis.times.map((t) => ({
          start: t.start,
          end: t.end,
          text: t.text,
          type: t.type,
          value: t.value,
          ...(t.mod ? { mod: t.mod } : {}),
          ...(t.range ? { range: t.range } : {}),
        })),
        diagnostics: [],
        error: null,
      };
    }),
    entities: corpus.entities().map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      titles: e.titles,
      mentionCount: e.mentionCount,
      documentCount: e.occurrences.filter((o) => pathOf.has(o.article)).length,
    })),
    conflicts: [],
  };
}
