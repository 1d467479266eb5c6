// Messages between the Article Lens client and server beyond LSP; the one place both sides import them from.
// Every payload is plain JSON: ranges are LSP ranges, article text is untrusted and escaped where rendered.

import type { ContractAnalysis } from './cli/contractJson';
import type { CorpusEntity } from './analysis/corpus/corpus';
import type { EntityType, Modality } from './analysis/types';

export type { ContractAnalysis, EntityType, Modality };

/** An LSP range: zero-based lines, UTF-16 characters, end exclusive. */
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export const ReindexRequest = 'articleLens/reindex';

export const StatusNotification = 'articleLens/status';

export interface IndexStatus {
  /** True while the workspace scan runs. */
  indexing: boolean;
  articles: number;
  /** Entities across the workspace; absent while indexing and while the names are being linked. */
  entities?: number;
  /** Files that could not be read or analysed. */
  failed: number;
  /** While indexing: the files analysed so far and the files found. */
  progress?: { done: number; total: number };
}

/** The entities of one article (`uri`) or, without it, of the whole workspace. */
export const EntitiesRequest = 'articleLens/entities';

export interface EntitiesParams {
  uri?: string;
}

export interface EntitiesResult {
  /** False when `uri` names no indexed article (not an article, or not read yet). */
  found: boolean;
  /** Grouped by the client; here in order of type, then most mentioned first. */
  entities: EntitySummary[];
}

/** A corpus entity without its occurrences; `id` ("E7") is valid until the index changes, so mentions are asked for with the name too. */
export interface EntitySummary extends Omit<CorpusEntity, 'occurrences' | 'formArticles'> {
  /** Articles of the workspace that name it (`mentionCount` too counts the whole workspace). */
  articleCount: number;
  /** In the article asked about, when one was. */
  mentionsInArticle?: number;
}

/** Every mention of one entity, grouped by article. */
export const EntityMentionsRequest = 'articleLens/entityMentions';

export interface EntityMentionsParams {
  id: string;
  /** The entity's name when its id was given: an id the index has since given to another entity answers nothing. */
  name: string;
  /** This article's mentions come first. */
  uri?: string;
}

export interface ArticleMentions {
  uri: string;
  /** The file name ("004_report.txt"). */
  label: string;
  mentions: MentionSite[];
}

export interface MentionSite {
  range: Range;
  /** The mention's line, shortened around it, whitespace collapsed. */
  context: string;
  /** Where the mention is inside `context`: [start, end). */
  highlight: [number, number];
}

/** Each dated event of the workspace with every source's claim; events in dispute first. */
export const TimelineRequest = 'articleLens/timeline';

export interface TimelineModel {
  events: TimelineEvent[];
  /** Claims in no dispute that were left out to keep the picture readable. */
  omittedClaims: number;
}

export interface TimelineEvent {
  /** "Vladimir Putin visit to India"; "Other dated claims" for the claims in no dispute. */
  label: string;
  /** True when sources give the event dates that cannot both hold. */
  disputed: boolean;
  claims: TimelineClaim[];
}

export interface TimelineClaim {
  uri: string;
  /** The article's file name. */
  article: string;
  /** The date as written ("early December 2025"). */
  written: string;
  /** Inclusive calendar days, YYYY-MM-DD. */
  start: string;
  end: string;
  /** The dates in words ("1–10 December 2025"). */
  when: string;
  /** The event words ("visit"). */
  event: string;
  modality: Modality;
  /** Who the claim is attributed to, when the sentence says. */
  reporter?: string;
  /** The sentence that makes the claim, shortened when very long. */
  sentence: string;
  /** Where the date is written. */
  range: Range;
  /** True for the claims that disagree with the other sources (of an event in dispute: the odd ones out; of two sources that simply disagree, both). */
  conflicting: boolean;
  /** Indexes into the event's `claims` of the claims this one cannot hold together with. */
  against: number[];
}

/** One article's analysis in the contract's JSON shape (../shared/CONTRACT.md), or null for no article. */
export const AnalysisJsonRequest = 'articleLens/analysisJson';

export interface AnalysisJsonParams {
  uri: string;
}

/** The workspace's text report, as `article-lens analyze --format text` prints it. */
export const ReportRequest = 'articleLens/report';

/** The server's heap in bytes after a garbage collection (when the process allows one): for the benchmark. */
export const HeapRequest = 'articleLens/heap';
