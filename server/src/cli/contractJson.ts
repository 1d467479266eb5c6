import type { Corpus } from '../analysis/corpus/corpus';
import type { ArticleAnalysis, DateRange, EntityType, Finding, PublicationDateSource } from '../analysis/types';
import type { Conflict } from '../analysis/corpus/conflicts';

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

export function toContract(corpus: Corpus, documents: readonly InputDocument[], conflicts: readonly Conflict[] = [], findings: ReadonlyMap<string, Finding[]> = new Map()): ContractAnalysis {
  const pathOf = new Map(documents.filter((d) => d.id !== undefined).map((d) => [d.id!, d.path]));
  const toDiagnostic = (f: Finding): ContractDiagnostic => ({
    start: f.start,
    end: f.end,
    severity: f.severity,
    code: f.code,
    message: f.message,
    related: f.related.map((r) => ({ path: pathOf.get(r.article) ?? r.article, start: r.start, end: r.end, message: r.message })),
  });
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
        mentions: analysis.mentions.map((m, index) => ({ start: m.start, end: m.end, text: m.text, type: corpus.typeOfMention(id, index)!, entity: corpus.entityOfMention(id, index)!.id })),
        times: analysis.times.map((t) => ({
          start: t.start,
          end: t.end,
          text: t.text,
          type: t.type,
          value: t.value,
          ...(t.mod ? { mod: t.mod } : {}),
          ...(t.range ? { range: t.range } : {}),
        })),
        diagnostics: (findings.get(id) ?? []).map(toDiagnostic),
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
    conflicts: conflicts.map((c, n) => ({
      id: `C${n + 1}`,
      code: 'date-conflict',
      event: c.event,
      claims: c.claims.map((ref) => {
        const analysis = corpus.get(ref.article)!;
        const claim = analysis.claims[ref.claim];
        const time = analysis.times[claim.time];
        return { path: pathOf.get(ref.article) ?? ref.article, start: time.start, end: time.end, text: time.text, range: claim.range };
      }),
    })),
  };
}
