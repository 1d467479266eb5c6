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
// numbers (with ordinal or plural suffixes), or any other single non-space character.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{Lu}[\p{L}\p{M}]*)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?|\S/gu;
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof st gen col lt sgt capt gov sen rep rev jr sr no vs etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const lines = lineSpans(text);
  for (let lineIndex = 0; lineIndex < lines.length; lineIndex++) {
    const line = lines[lineIndex];
    const lineText = text.slice(line.start, line.end);
    let atSentenceStart = true;
    let previousEnd = -1;
    for (const match of lineText.matchAll(TOKEN)) {
      const raw = match[0];
      const start = line.start + (match.index ?? 0);
      const end = start + raw.length;
      const firstCode = raw.codePointAt(0) ?? 0;
      const isLetter = /\p{L}/u.test(String.fromCodePoint(firstCode));
      const kind: TokenKind = isLetter ? 'word' : /\p{N}/u.test(raw[0]) ? 'number' : 'punct';
      const letters = raw.replace(/[^\p{L}]/gu, '');
      const token: Token = {
        start,
        end,
        text: raw,
        kind,
        capitalized: kind === 'word' && /^\p{Lu}/u.test(raw),
        allCaps: kind === 'word' && letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
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
    }
  }
  return tokens;
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
