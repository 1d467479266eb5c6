import type { EntityType, Span } from '../types';
import { Token, tokenize } from '../text/tokens';
import {
  isCommonWord,
  isCompass,
  isDateWord,
  isDemonym,
  isFirstName,
  isFunctionWord,
  isLastName,
  isOrgHead,
  isOrganisationNoun,
  isPlaceHead,
  isPlacePrefix,
  key,
  knownType,
} from './lexicon';
import { isLowerTitleHead, isTitleHead, isTitleOnly, titleLength } from './titles';
import { wordsInLowercase } from './tagger/features';

// Finds the names in an article: runs of capitalised words, split into titles and names, typed from the
// word lists, the shape of the name and the words around it. Names that cannot be typed on their own are
// left for the article-level pass (a bare "Lavrov" after "Sergey Lavrov").

export interface RecognizedName extends Span {
  text: string;
  /** Undefined while only the rest of the article can tell. */
  type: EntityType | undefined;
  title?: string;
  /** Set on an acronym given in parentheses after the name it abbreviates: the index of that name. */
  abbreviates?: number;
  /** The name's words, for linking short forms to full ones. */
  words: string[];
  /** The type comes from the words around the name only ("in Kazan"); the article's other names may overrule it. */
  guessed?: boolean;
  /** An organisation known only by standing before a person's title: "Ericsson" in "Ericsson spokesman Per Zetterquist". */
  affiliation?: boolean;
  /** The words before it say what it is ("carrier Aeroflot"): its type outranks the article's votes. */
  described?: boolean;
}

/** Moves a name to [start, end) of the text, where a rule found it longer or shorter: its text and words follow. */
export function moveName(name: RecognizedName, text: string, start: number, end: number): void {
  name.start = start;
  name.end = end;
  name.text = text.slice(start, end);
  name.words = name.text.split(/\s+/);
}

/** A people's adjective, listed or shaped like one ("Mauritian", "Montenegrin", "Maltese"), unless a known name. */
const isPeople = (word: string): boolean => isDemonym(word) || (/^\p{Lu}\p{Ll}{3,}(?:ian|ean|ese|ish|an|in)$/u.test(word) && knownType(word) === undefined);
const BOUND_PREFIXES = new Set(['co', 'ex', 'anti', 'non', 'pre', 'post', 're', 'semi', 'multi', 'sub', 'counter']);
const TITLE_ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'rev', 'maj', 'adm', 'cmdr', 'supt', 'insp']);
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'della', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'al', 'bin', 'ibn', 'upon', 'on']);
const PERSON_PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'el', 'al', 'bin', 'ibn']);
/** "de", "van", "El": small words of names in other languages ("Aravinda de Silva", "El Salvador"). */
export const isNameParticle = (word: string) => PERSON_PARTICLES.has(word.toLowerCase());
const SPEECH_VERBS = /^(said|says|told|tells|added|noted|stated|emphasi[sz]ed|stressed|highlighted|confirmed|acknowledged|announced|commended|reaffirmed|argued|explained|insisted|warned|wrote|asked|replied|believes|thinks|urged|indicated)$/i;
const PLACE_PREPOSITIONS = /^(in|at|from|to|near|across|throughout|via|outside|inside)$/i;
/** A lower-case preposition of place before a name: "in", "from", "near". */
export const isPlacePreposition = (token: Token | undefined): boolean => token !== undefined && !token.capitalized && PLACE_PREPOSITIONS.test(token.text);

interface Word {
  token: Token;
  /** Last character offset (an initial's period included). */
  end: number;
  text: string;
}

/** The tokens of a text outside the excluded spans (boilerplate lines, the date header). */
export function articleTokens(text: string, exclude: readonly Span[]): Token[] {
  const tokens = tokenize(text);
  return exclude.length === 0 ? tokens : tokens.filter((t) => !exclude.some((x) => t.start >= x.start && t.start < x.end));
}

/** A capitalised word that may belong to a name. */
function isNameToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (!t.capitalized) return false;
  if (t.text === 'I') return false;
  return true;
}

export interface RecognizeOptions {
  /** Spans where nothing is recognised (boilerplate, the date header). */
  exclude: readonly Span[];
  /** The text's tokens outside `exclude`, when the caller has them already. */
  tokens?: Token[];
}

export function recognizeNames(text: string, options: RecognizeOptions): RecognizedName[] {
  const tokens = options.tokens ?? articleTokens(text, options.exclude);
  // Shared with the tagger; only capitalised words are looked up in it.
  const lowercaseWords = wordsInLowercase(tokens);
  const capitalizedMidSentence = new Set<string>();
  for (const t of tokens) if (t.capitalized && !t.sentenceStart && t.kind === 'word') capitalizedMidSentence.add(key(t.text));
  const seenLowercase = (w: string) => lowercaseWords.has(w.toLowerCase());
  const common = (w: string) => isCommonWord(w) || seenLowercase(w);

  const names: RecognizedName[] = [];
  const titleAcronyms = new Set<string>();
  const headlineLines = headlines(tokens);
  let pendingTitle: { text: string; tokenIndex: number } | undefined;

  const emit = (words: Word[], type: EntityType | undefined, title?: string) => {
    if (words.length === 0) return;
    const start = words[0].token.start;
    const end = words[words.length - 1].end;
    names.push({ start, end, text: text.slice(start, end), type, title, words: words.map((w) => w.text.replace(/\.$/, '')) });
  };

  const emitClassified = (words: Word[], type: Exclude<Classification, 'drop' | 'split'>) => {
    if (type === 'guessed-person' || type === 'guessed-place') {
      emit(words, type === 'guessed-person' ? 'person' : 'place');
      names[names.length - 1].guessed = true;
    } else emit(words, type);
  };

  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!isNameToken(t)) {
      i++;
      continue;
    }
    // A prefix bound to its word by a hyphen names nothing: "Co-ordinated", "Co-Premiers" ("Co" is a
    // company's in the lists).
    if (BOUND_PREFIXES.has(t.text.toLowerCase()) && tokens[i + 1]?.text === '-' && !tokens[i + 1].spaceBefore) {
      i += 2;
      continue;
    }
    // Collect the run of capitalised words, with inner connectors, initials and hyphenated parts.
    const run: Word[] = [];
    const hyphenBreaks: number[] = [];
    let j = i;
    while (j < tokens.length) {
      const tok = tokens[j];
      if (run.length > 0 && tok.line !== run[0].token.line) break;
      if (isNameToken(tok) && (run.length === 0 || tok.spaceBefore || tokens[j - 1].text === '-')) {
        const next = tokens[j + 1];
        const isInitial = (tok.text.length === 1 || TITLE_ABBREVIATIONS.has(tok.text.toLowerCase())) && next?.text === '.' && next.start === tok.end;
        run.push({ token: tok, end: isInitial ? next.end : tok.end, text: isInitial ? tok.text + '.' : tok.text });
        j += isInitial ? 2 : 1;
        continue;
      }
      const next = tokens[j + 1];
      if (run.length > 0 && tok.text === '-' && !tok.spaceBefore && next && isNameToken(next) && next.start === tok.end) {
        hyphenBreaks.push(run.length);
        j++;
        continue;
      }
      if (run.length > 0 && CONNECTORS.has(tok.text) && isNameToken(next)) {
        run.push({ token: tok, end: tok.end, text: tok.text });
        j++;
        continue;
      }
      if (run.length > 0 && tok.text === 'the' && run[run.length - 1].text === 'of' && isNameToken(next)) {
        run.push({ token: tok, end: tok.end, text: tok.text });
        j++;
        continue;
      }
      if (run.length > 0 && tok.text === '&' && isNameToken(next)) {
        run.push({ token: tok, end: tok.end, text: tok.text });
        j++;
        continue;
      }
      break;
    }
    // A run never ends on a connector.
    while (run.length > 0 && !run[run.length - 1].token.capitalized) run.pop();
    const runStartIndex = i;
    i = Math.max(j, i + 1);
    if (run.length === 0) continue;

    const headline = headlineLines.get(run[0].token.line) ?? false;
    const before = tokens[runStartIndex - 1];
    const after = tokens[j];

    // Hyphenated places are separate names: "India-Russia" is India and Russia.
    const segments = splitAtHyphens(run, hyphenBreaks);
    if (segments.length > 1) {
      const allKnown = segments.every((s) => s.length >= 1 && knownType(s.map((w) => w.text).join(' ')) === 'place');
      if (allKnown) {
        for (const s of segments) emit(s, 'place');
        continue;
      }
      // Otherwise keep the part before a lowercase suffix only ("US-imposed" never reaches here).
    }

    // Parenthesised acronym right after a name or a title: "Shanghai Cooperation Organisation (SCO)".
    const acronym = readParenthesisedAcronym(tokens, j);

    // Closed-class words and date words are not names: "The Russian Foreign Ministry", "On Thursday".
    // Counted first and cut once: a run of thousands of month names must not be copied word by word.
    let skip = 0;
    while (skip < run.length && !(skip === run.length - 1 && isDemonym(run[skip].text)) && ((isFunctionWord(run[skip].text) && !run[skip].token.allCaps) || isDateWord(run[skip].text))) skip++;
    // The kind of body, capitalised only because it starts the sentence: "Insurer American International Group".
    if (skip < run.length - 1 && run[skip].token.sentenceStart && isOrganisationNoun(run[skip].text)) skip++;
    let words = skip > 0 ? run.slice(skip) : run;
    words = cutAtDateWords(words);
    if (words.length === 0) continue;

    const wordTexts = words.map((w) => w.text);
    const titleOnly = isTitleOnly(wordTexts);
    if (titleOnly) {
      // "(EAM)" after "External Affairs Minister" abbreviates the title already pending.
      const abbreviatesPending = pendingTitle && words.length === 1 && acronymFits(words[0].text, pendingTitle.text.split(/\s+/));
      if (abbreviatesPending && pendingTitle) pendingTitle.tokenIndex = j;
      else pendingTitle = { text: text.slice(words[0].token.start, words[words.length - 1].end), tokenIndex: j };
      if (acronym) titleAcronyms.add(acronym.text);
      continue;
    }

    // Title before the name.
    let title: string | undefined;
    const tl = titleLength(wordTexts);
    if (tl > 0) {
      title = text.slice(words[0].token.start, words[tl - 1].end);
      words = words.slice(tl);
    } else if (pendingTitle && tokens.slice(pendingTitle.tokenIndex, runStartIndex).every((t) => /^[(),]$/.test(t.text) || titleAcronyms.has(t.text))) {
      title = pendingTitle.text;
    } else if (before && !before.capitalized && isLowerTitleHead(before.text)) {
      title = lowercaseTitle(tokens, runStartIndex - 1, text);
      // The name the title opens with, untyped so far, is where the person works: "Ericsson spokesman"; a
      // people is where they come from ("Mauritian midfielder").
      const employer = names[names.length - 1];
      if (employer && employer.type === undefined && employer.start >= before.end - title.length && !isPeople(employer.text)) {
        employer.type = 'organization';
        employer.affiliation = true;
      }
    }
    pendingTitle = undefined;

    if (title && !knownType(words.map((w) => w.text).join(' '))) {
      const personWords = personNameWords(words, common);
      if (personWords.length > 0) {
        emit(personWords, 'person', title);
        const rest = words.slice(personWords.length);
        if (rest.length > 0) emitKnownParts(rest, emit);
        continue;
      }
    }

    const classified = classify(words, { headline, before, after, common, seenLowercase, capitalizedMidSentence, hyphenated: hyphenBreaks.length > 0 });
    // A name no list knows that an apposition calls a company: "Equinor, the state-controlled oil company,".
    const apposition = classified === undefined && companyInApposition(tokens, j);
    const type = apposition ? 'organization' : classified;
    if (type === 'drop') {
      emitKnownParts(words, emit);
      continue;
    }
    if (type === 'split') {
      for (const part of splitAtConnectors(words)) {
        const partType = classify(part, { headline, before, after, common, seenLowercase, capitalizedMidSentence, hyphenated: hyphenBreaks.length > 0 });
        if (partType === 'drop' || partType === 'split') emitKnownParts(part, emit);
        else emitClassified(part, partType);
      }
      continue;
    }
    emitClassified(words, type);
    if (apposition) names[names.length - 1].described = true;
    if (acronym && !titleAcronyms.has(acronym.text) && acronymFits(acronym.text, words.map((w) => w.text))) {
      const index = names.length - 1;
      names.push({ start: acronym.start, end: acronym.end, text: acronym.text, type: names[index].type, abbreviates: index, words: [acronym.text] });
      i = Math.max(i, acronym.nextIndex);
    }
  }
  return names.filter((n) => !(n.words.length === 1 && titleAcronyms.has(n.text)));
}

/** Whether the words after a name, from `at`, are an apposition naming a body: ", the Norwegian oil company,". */
function companyInApposition(tokens: readonly Token[], at: number): boolean {
  if (tokens[at]?.text !== ',' || !/^(?:the|a|an)$/i.test(tokens[at + 1]?.text ?? '')) return false;
  for (let k = at + 2; k < tokens.length && k < at + 9; k++) {
    const t = tokens[k];
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (isOrganisationNoun(t.text) && !t.capitalized) return [',', '.', 'that', 'which'].includes(tokens[k + 1]?.text ?? '.');
  }
  return false;
}

interface ClassifyContext {
  headline: boolean;
  before: Token | undefined;
  after: Token | undefined;
  common: (w: string) => boolean;
  /** The word was seen in lowercase elsewhere in the article. */
  seenLowercase: (w: string) => boolean;
  capitalizedMidSentence: Set<string>;
  /** The run was joined by hyphens ("Indo-Pacific"): such compounds are rarely people. */
  hyphenated: boolean;
}

type Classification = EntityType | undefined | 'drop' | 'split' | 'guessed-person' | 'guessed-place';

function classify(words: Word[], ctx: ClassifyContext): Classification {
  const texts = words.map((w) => w.text);
  const phrase = texts.join(' ');
  const known = knownType(phrase) ?? knownType(phrase.replace(/\./g, ''));
  if (known) return known;
  const last = texts[texts.length - 1];
  const first = texts[0];

  if (texts.length === 1) {
    const w = words[0];
    if (w.token.allCaps && /^[\p{Lu}.&\d]+$/u.test(w.text) && !ctx.headline) return w.text.length <= 6 ? 'organization' : undefined;
    if (/^\p{Lu}[\p{Ll}]*\d+$/u.test(w.text)) return 'organization';
    if (isDemonym(w.text)) return 'drop';
    if (isFirstName(w.text) && !ctx.common(w.text)) return 'person';
    if (isLastName(w.text) && !ctx.common(w.text)) return 'person';
    if (ctx.common(w.text) || isTitleHead(w.text)) return 'drop';
    // Unknown words: the sentence's start and headlines prove nothing; leave them to the article-level pass.
    if (w.token.sentenceStart || ctx.headline) return ctx.capitalizedMidSentence.has(key(w.text)) ? undefined : undefinedOrDrop(w);
    if (ctx.after && SPEECH_VERBS.test(ctx.after.text)) return 'guessed-person';
    if (isPlacePreposition(ctx.before)) return 'guessed-place';
    return undefined;
  }

  const hasConnector = texts.some((t) => CONNECTORS.has(t) || t === 'the');
  if (isOrgHead(last) || texts.some((t) => isOrgHead(t) && hasConnector)) return 'organization';
  if (isPlaceHead(last) || isPlacePrefix(first) && knownType(texts.slice(1).join(' ')) === 'place') return 'place';
  if (isCompass(first) && knownType(texts.slice(1).join(' ')) === 'place') return 'place';
  if (hasConnector) {
    const particlesOnly = texts.every((t) => !(CONNECTORS.has(t) || t === 'the') || PERSON_PARTICLES.has(t));
    if (particlesOnly && isFirstName(first)) return 'person';
    return 'split';
  }
  const nameLike = texts.filter((t) => !ctx.common(t) || isFirstName(t) || isLastName(t));
  // A known first name and capitalised words not used in lowercase in this article: "Anna Berg".
  if (isFirstName(first) && !ctx.common(first) && texts.length <= 4 && texts.slice(1).every((t) => !ctx.seenLowercase(t) && !isFunctionWord(t) && !isTitleHead(t) && !isOrgHead(t))) return 'person';
  if (nameLike.length === texts.length && texts.length <= 4) {
    if (texts.every((t) => knownType(t) === 'place')) return 'split';
    if (texts.some((t) => knownType(t) !== undefined || isDemonym(t))) return 'split';
    if (!ctx.hyphenated && texts.every((t) => /^\p{Lu}\.?$/u.test(t) || !/^\p{Lu}+$/u.test(t))) return 'person';
  }
  if (isDemonym(first) && texts.length >= 2 && texts.slice(1).every((t) => !ctx.common(t) || isOrgHead(t))) return 'drop';
  return 'drop';
}

function undefinedOrDrop(w: Word): Classification {
  return w.text.length >= 3 && !isCommonWord(w.text) ? undefined : 'drop';
}

/** The words of a person's name after a title, stopping at the first ordinary word ("Putin Expresses …"). */
function personNameWords(words: Word[], common: (w: string) => boolean): Word[] {
  const out: Word[] = [];
  for (const w of words) {
    const isName = isFirstName(w.text) || isLastName(w.text) || /^\p{Lu}\.?$/u.test(w.text) || PERSON_PARTICLES.has(w.text) || !common(w.text);
    if (!isName || out.length >= 4) break;
    out.push(w);
  }
  while (out.length > 0 && PERSON_PARTICLES.has(out[out.length - 1].text)) out.pop();
  return out;
}

// No listed name is longer than this many words (the lexicon's longest place or organisation has five): a
// longer part is never looked up, so a run of thousands of capitalised words costs linear time.
const MAX_KNOWN_NAME_WORDS = 8;

/** Emits the parts of a phrase that are names on their own: "Ukraine" in "Ukraine Ceasefire". */
function emitKnownParts(words: Word[], emit: (w: Word[], type: EntityType | undefined) => void) {
  for (let start = 0; start < words.length; start++) {
    for (let end = Math.min(words.length, start + MAX_KNOWN_NAME_WORDS); end > start; end--) {
      const part = words.slice(start, end);
      const type = knownType(part.map((w) => w.text).join(' '));
      if (type && part.every((w) => w.token.capitalized)) {
        emit(part, type);
        start = end - 1;
        break;
      }
      if (end - start === 1 && part[0].token.allCaps && /^[\p{Lu}]{2,6}$/u.test(part[0].text) && !isCommonWord(part[0].text)) {
        emit(part, 'organization');
        break;
      }
    }
  }
}

function splitAtConnectors(words: Word[]): Word[][] {
  const parts: Word[][] = [];
  let current: Word[] = [];
  for (const w of words) {
    if (CONNECTORS.has(w.text) || w.text === 'the') {
      if (current.length) parts.push(current);
      current = [];
    } else current.push(w);
  }
  if (current.length) parts.push(current);
  // Words that are names on their own when no connector split them: "Russia Ukraine" stays as found.
  return parts.flatMap((p) => (p.every((w) => knownType(w.text) !== undefined) ? p.map((w) => [w]) : [p]));
}

function splitAtHyphens(run: Word[], breaks: number[]): Word[][] {
  if (breaks.length === 0) return [run];
  const segments: Word[][] = [];
  let from = 0;
  for (const b of breaks) {
    segments.push(run.slice(from, b));
    from = b;
  }
  segments.push(run.slice(from));
  return segments.filter((s) => s.length > 0);
}

function cutAtDateWords(words: Word[]): Word[] {
  const index = words.findIndex((w, k) => isDateWord(w.text) && !(k > 0 && isFirstName(words[k - 1].text) && key(w.text) === 'may'));
  return index < 0 ? words : words.slice(0, index);
}

/** For each line, whether it is a headline: short, mostly capitalised, not ending a sentence. */
function headlines(tokens: Token[]): Map<number, boolean> {
  const stats = new Map<number, { words: number; capitalized: number; last: string }>();
  for (const t of tokens) {
    const s = stats.get(t.line) ?? { words: 0, capitalized: 0, last: '' };
    s.last = t.text;
    if (t.kind === 'word') {
      s.words++;
      if (t.capitalized) s.capitalized++;
    }
    stats.set(t.line, s);
  }
  const out = new Map<number, boolean>();
  for (const [line, s] of stats) out.set(line, s.words > 0 && s.words <= 20 && s.capitalized / s.words >= 0.7 && !/[.!?]$/.test(s.last));
  return out;
}

function lowercaseTitle(tokens: Token[], headIndex: number, text: string): string {
  let start = headIndex;
  while (start > 0 && tokens[start - 1].kind === 'word' && tokens[start - 1].line === tokens[headIndex].line && (tokens[start - 1].capitalized || /^(foreign|deputy|senior|chief|top|former|prime)$/i.test(tokens[start - 1].text)) && headIndex - start < 3) start--;
  return text.slice(tokens[start].start, tokens[headIndex].end);
}

interface ParenthesisedAcronym extends Span {
  text: string;
  nextIndex: number;
}

function readParenthesisedAcronym(tokens: readonly Token[], index: number): ParenthesisedAcronym | undefined {
  const open = tokens[index];
  const word = tokens[index + 1];
  const close = tokens[index + 2];
  if (open?.text !== '(' || !word || close?.text !== ')') return undefined;
  if (word.kind !== 'word' || !/^\p{Lu}[\p{Lu}\p{N}&.]{1,9}$/u.test(word.text)) return undefined;
  return { start: word.start, end: word.end, text: word.text, nextIndex: index + 3 };
}

/**
 * "SCO" fits "Shanghai Cooperation Organisation": its letters are initials of the words, in order, all but
 * one at most on either side ("GM" for "General Motors Corp", "SIA" for "Singapore Airlines", named in full
 * "Singapore International Airlines").
 */
export function acronymFits(acronym: string, words: readonly string[]): boolean {
  const letters = acronym.replace(/[^\p{Lu}]/gu, '');
  const initials = words.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]);
  if (letters.length < 2 || initials.length === 0 || letters[0] !== initials[0]) return false;
  const shared = commonSubsequenceLength(letters, initials.join(''));
  return shared >= 2 && shared >= letters.length - 1;
}

/**
 * Acronyms an article defines as terms, not names: in parentheses after lower-case words that hold their
 * letters in order, from a word's first letter ("dark northern spring (DNS)", "megawatts (MW)").
 */
export function termAcronyms(tokens: readonly Token[]): Set<string> {
  const terms = new Set<string>();
  for (let i = 1; i + 2 < tokens.length; i++) {
    const acronym = readParenthesisedAcronym(tokens, i);
    if (!acronym || !/^\p{Lu}+$/u.test(acronym.text)) continue;
    const letters = acronym.text.toLowerCase();
    let phrase = '';
    for (let k = i - 1; k >= 0 && i - k <= 4 && tokens[k].kind === 'word' && /^\p{Ll}/u.test(tokens[k].text); k--) {
      phrase = `${tokens[k].text} ${phrase}`;
      if (phrase[0] === letters[0] && holdsInOrder(phrase, letters)) {
        terms.add(acronym.text);
        break;
      }
    }
  }
  return terms;
}

function holdsInOrder(text: string, letters: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = text.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The length of the longest sequence of characters both strings hold in order. */
function commonSubsequenceLength(a: string, b: string): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) row.push(a[i - 1] === b[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]));
    previous = row;
  }
  return previous[b.length];
}
