import { lineSpans } from './lines';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  text: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** Two or more letters, all capitals ("SCO", "U.S."). */
  allCaps: boolean;
  /** White space (or the start of the text) comes right before it. */
  spaceBefore: boolean;
  /** The first word of a sentence, a line, a quotation or a clause after a colon: capitals there prove nothing. */
  sentenceStart: boolean;
  /** Index of the line the token is on. */
  line: number;
}

// Letter-period runs ("U.S.", "N.V."), words (with inner apostrophes before a capital, as in "O'Brien"),
// numbers (with ordinal or plural suffixes), or any other single visible character: invisible format
// characters (zero-width spaces and joiners, direction marks) separate tokens like spaces do. The scanner
// below reads exactly these tokens; this expression states them, and the tests hold the two together.
export const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{Lu}[\p{L}\p{M}]*)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?|[^\s\p{Cf}]/gu;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev jr sr no vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lines = lineSpans(text);
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex];
    let atSentenceStart = true;
    let previousEnd = -1;
    let at = line.start;
    while (at < line.end) {
      const cls = classOf(text, at);
      if (cls === SPACE) {
        at += width(text, at);
        continue;
      }
      const start = at;
      const end = tokenEnd(text, at, line.end, cls);
      const raw = text.slice(start, end);
      const kind: TokenKind = cls & LETTER ? 'word' : cls & DIGIT ? 'number' : 'punct';
      const token: Token = {
        start,
        end,
        text: raw,
        kind,
        capitalized: (cls & UPPER) !== 0,
        allCaps: kind === 'word' && isAllCaps(raw),
        spaceBefore: previousEnd !== start,
        sentenceStart: false,
        line: lineIndex,
      };
      if (kind === 'word' || kind === 'number') {
        token.sentenceStart = atSentenceStart;
        atSentenceStart = false;
      } else if (endsSentence(tokens, token, text)) {
        atSentenceStart = true;
      } else if (OPENERS.has(raw) && token.spaceBefore) {
        // A quotation opening inside a sentence starts a new capitalised clause.
        atSentenceStart = true;
      }
      tokens.push(token);
      previousEnd = end;
      at = end;
    }
  }
  return tokens;
}

// Character classes, as bits: ASCII from a table, the rest from Unicode properties.
const SPACE = 0;
const LETTER = 1;
const UPPER = 2;
const MARK = 4;
const DIGIT = 8;
const OTHER = 16;

const ASCII_CLASS = new Uint8Array(128).map((_, c) =>
  c >= 65 && c <= 90 ? LETTER | UPPER : c >= 97 && c <= 122 ? LETTER : c >= 48 && c <= 57 ? DIGIT : /\s/.test(String.fromCharCode(c)) ? SPACE : OTHER,
);

/** The class of the code point at `at` (a surrogate pair read whole). */
function classOf(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 128) return ASCII_CLASS[c];
  const point = String.fromCodePoint(text.codePointAt(at) ?? c);
  if (/^[\s\p{Cf}]$/u.test(point)) return SPACE;
  if (/^\p{L}$/u.test(point)) return /^\p{Lu}$/u.test(point) ? LETTER | UPPER : LETTER;
  if (/^\p{M}$/u.test(point)) return MARK;
  if (/^\p{N}$/u.test(point)) return DIGIT;
  return OTHER;
}

/** Code units of the code point at `at`: two for a surrogate pair, one otherwise (a lone surrogate too). */
function width(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** Where the token that begins at `start` (of class `cls`) ends: TOKEN's alternatives, in its order. */
function tokenEnd(text: string, start: number, limit: number, cls: number): number {
  if (cls & UPPER) {
    // Letter-period runs: two or more capitals each followed by a period.
    let at = start;
    let runs = 0;
    while (at < limit && classOf(text, at) & UPPER && text.charCodeAt(at + width(text, at)) === 46) {
      at += width(text, at) + 1;
      runs++;
    }
    if (runs >= 2) return at;
  }
  if (cls & LETTER) {
    let at = start + width(text, start);
    while (at < limit && classOf(text, at) & (LETTER | MARK | DIGIT)) at += width(text, at);
    // Inner apostrophes before a capital: "O'Brien", "D’Souza".
    for (;;) {
      const q = text.charCodeAt(at);
      if (!((q === 39 || q === 0x2019) && at + 1 < limit && classOf(text, at + 1) & UPPER)) break;
      at += 1 + width(text, at + 1);
      while (at < limit && classOf(text, at) & (LETTER | MARK)) at += width(text, at);
    }
    return at;
  }
  if (cls & DIGIT) {
    let at = start;
    while (at < limit && classOf(text, at) & DIGIT) at += width(text, at);
    for (;;) {
      const sep = text.charCodeAt(at);
      if (!((sep === 46 || sep === 44 || sep === 58) && at + 1 < limit && classOf(text, at + 1) & DIGIT)) break;
      at += 1;
      while (at < limit && classOf(text, at) & DIGIT) at += width(text, at);
    }
    const suffix = text.slice(at, at + 2);
    if (at + 2 <= limit && (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th')) return at + 2;
    if (at < limit && text.charCodeAt(at) === 115) return at + 1;
    return at;
  }
  return start + width(text, start);
}

const ASCII_UPPER = (c: number) => c >= 65 && c <= 90;
const ASCII_LOWER = (c: number) => c >= 97 && c <= 122;

/** Two or more letters, all capitals ("SCO", "U.S."). */
function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (ASCII_UPPER(c)) letters++;
    else if (ASCII_LOWER(c)) return false;
    else if (c >= 128) {
      const rest = word.replace(/[^\p{L}]/gu, '');
      return rest.length >= 2 && rest === rest.toUpperCase() && rest !== rest.toLowerCase();
    }
  }
  return letters >= 2;
}

function endsSentence(tokens: Token[], punct: Token, text: string): boolean {
  if (punct.text === '!' || punct.text === '?' || punct.text === '…' || punct.text === ':' || punct.text === ';') {
    return punct.text !== ';';
  }
  if (punct.text !== '.') return false;
  const previous = tokens[tokens.length - 1];
  if (!previous || previous.end !== punct.start) return true;
  if (previous.kind === 'word') {
    if (ABBREVIATIONS.has(previous.text.toLowerCase())) return false;
    // A lone capital followed by a period is an initial ("S. Jaishankar").
    if (previous.text.length === 1 && previous.capitalized) return false;
  }
  return /^\s/.test(text.slice(punct.end, punct.end + 1)) || punct.end === text.length;
}

/** Tokens that are words (letters first). */
export function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}
