// The engine's vocabulary. Offsets are JavaScript string offsets (UTF-16 code units) into the article's
// text; `end` is exclusive. Nothing here knows about editors, files or the protocol.

export type EntityType = 'person' | 'place' | 'organization';

export interface Span {
  start: number;
  end: number;
}

/** How the publication date was found. `dateLine` is a line under the title holding only a date. */
export type PublicationDateSource = 'header' | 'dateline' | 'dateLine' | 'inferred';

export interface PublicationDate {
  /** YYYY-MM-DD, or null when the article does not say. Never the machine's clock. */
  date: string | null;
  source: PublicationDateSource | null;
  /** True when the year was not written next to the date and was taken from the article's dated references. */
  yearInferred: boolean;
  /** Where the date was read from. */
  span?: Span;
  /** The date of a dateline ("Moscow, November 27:"), also when a header gave the publication date. */
  datelineSpan?: Span;
}

export type MentionForm =
  /** Two or more name words: "Sergey Lavrov", "Shanghai Cooperation Organisation". */
  | 'full'
  /** One name word standing for a fuller name: "Lavrov", "Putin". */
  | 'short'
  /** An acronym: "SCO". */
  | 'acronym';

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Index into `ArticleAnalysis.entities`. */
  entity: number;
  form: MentionForm;
  /** A title written before the name, e.g. "Russian Foreign Minister". */
  title?: string;
  /** A person's short form in a line that is no sentence (a scorers' list, a table, a headline), where bare surnames are the custom. */
  outsideProse?: true;
}

/** An entity as one article knows it: every mention of it in that article. */
export interface ArticleEntity {
  type: EntityType;
  /** The most complete form written in this article. */
  name: string;
  /** Distinct surface forms, in order of first appearance. */
  forms: string[];
  titles: string[];
  /** The acronym defined for it in parentheses, if any. */
  acronym?: string;
  /** Indexes into `ArticleAnalysis.mentions`, in text order. */
  mentions: number[];
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateRange {
  /** Inclusive calendar days, YYYY-MM-DD. */
  start: string;
  end: string;
}

export interface TimeExpression extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2025-12", "XXXX-12-05", "P33Y", "PRESENT_REF", … */
  value: string;
  mod?: string;
  range?: DateRange;
  /** True when the value depends on the publication date (relative or year-less expressions). */
  anchored: boolean;
}

export type EventKind =
  | 'visit' | 'summit' | 'meeting' | 'talks' | 'conference' | 'election' | 'launch' | 'release' | 'appointment'
  | 'signing' | 'attack' | 'disaster' | 'death' | 'arrest' | 'trial' | 'resignation' | 'protest' | 'acquisition'
  | 'flight' | 'opening' | 'war' | 'ceremony';

export type Modality = 'happened' | 'scheduled' | 'expected';

/** A time expression that dates an event: "Putin is expected to visit India in early 2025". */
export interface Claim {
  /** Index into `ArticleAnalysis.times`. */
  time: number;
  range: DateRange;
  /** Kinds of the event words around the date, nearest first. */
  kinds: EventKind[];
  /** The event words as written, nearest first ("visit", "summit"). */
  eventWords: string[];
  /** Indexes into `mentions`: the named entities of the sentence. */
  participants: number[];
  /** Indexes into `mentions`: the named entities of the clause that holds the event and its date. */
  clauseParticipants: number[];
  /** Indexes into `mentions`: who does it ("Putin's visit", "a visit by Putin", "Putin is expected to visit"). */
  agents: number[];
  /** Index into `mentions`: where the event happens ("to India", "in Kazan"). */
  place?: number;
  /** "the 23rd summit" → 23. */
  ordinal?: number;
  /** Capitalised words naming the event right before its word: "Madrid" in "the Madrid summit". */
  qualifiers: string[];
  /** The event is an earlier one than the story's ("the last visit", "the first … since"). */
  earlier: boolean;
  modality: Modality;
  /** The date does not hang on the article's own day ("December 15", "2023", "last year"; not "Thursday", "today"). */
  explicit: boolean;
  /** Stems of the sentence's content words, to tell one event's sentences from another's. */
  context: string[];
  /** Index into `mentions`: who the claim is attributed to ("Ushakov had confirmed that …"). */
  reporter?: number;
  sentence: Span;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem the engine finds in one article or between articles. */
export interface Finding extends Span {
  severity: Severity;
  code: string;
  message: string;
  related: Array<{ article: string; start: number; end: number; message: string }>;
  /** Data for quick fixes, e.g. the conflict key to ignore. */
  data?: Record<string, string>;
}

export interface ArticleAnalysis {
  publication: PublicationDate;
  mentions: Mention[];
  entities: ArticleEntity[];
  times: TimeExpression[];
  /** Lines that are site furniture ("Advertisement", "ALSO READ: …"): nothing is recognised in them. */
  boilerplate: Span[];
  /** Dated event claims, for comparison across articles. */
  claims: Claim[];
  /** Problems within the article itself (impossible dates, a weekday that does not fit its date, …). */
  findings: Finding[];
}
