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
// characters (zero-width spaces and joiners, direction marks) separate tokens like spaces do.
const TOKEN = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{Lu}[\p{L}\p{M}]*)*|\p{N}+(?:[.,:]\p{N}+)*(?:st|nd|rd|th|s)?|[^\s\p{Cf}]/gu;
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
      const kind = kindOf(raw);
      const token: Token = {
        start,
        end,
        text: raw,
        kind,
        capitalized: kind === 'word' && isCapitalized(raw),
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
    }
  }
  return tokens;
}

// Most tokens are plain ASCII: their class is read from the character codes, and only the rest goes to the
// Unicode-aware regular expressions.
const ASCII_UPPER = (c: number) => c >= 65 && c <= 90;
const ASCII_LOWER = (c: number) => c >= 97 && c <= 122;
const ASCII_DIGIT = (c: number) => c >= 48 && c <= 57;

function kindOf(raw: string): TokenKind {
  const c = raw.charCodeAt(0);
  if (ASCII_UPPER(c) || ASCII_LOWER(c)) return 'word';
  if (ASCII_DIGIT(c)) return 'number';
  if (c < 128) return 'punct';
  return /^\p{L}/u.test(raw) ? 'word' : /^\p{N}/u.test(raw) ? 'number' : 'punct';
}

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return ASCII_UPPER(c);
  return /^\p{Lu}/u.test(word);
}

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
