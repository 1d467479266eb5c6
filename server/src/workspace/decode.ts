// Turning a file's bytes into article text. Byte-order marks (UTF-8, UTF-16LE, UTF-16BE) are honoured and
// removed, as editors do, so offsets agree with the editor's text; UTF-16 without a mark is recognised by its
// zero bytes; invalid UTF-8 is replaced (U+FFFD) rather than rejected; content that is not text (NUL bytes,
// many control characters, mostly undecodable bytes: images, archives, executables) is refused with a reason.

export type DecodedArticle = { text: string; error?: undefined } | { text?: undefined; error: string };

export const BINARY_CONTENT = 'not a text article (binary content)';

/** How much of a file is looked at to tell text from binary content. */
const SAMPLE = 8192;

// Decoding without `stream` keeps no state between calls: one decoder serves every file.
const UTF8 = new TextDecoder('utf-8', { fatal: false });

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return utf16('utf-16le', bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16('utf-16be', bytes.subarray(2));
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const sample = body.subarray(0, SAMPLE);
  // Without a zero byte (found natively) the sample is neither UTF-16 nor binary by its NULs.
  const unmarked = sample.indexOf(0) >= 0 ? unmarkedUtf16(body) : undefined;
  if (unmarked) return utf16(unmarked, body);
  const counts = byteCounts(sample);
  if (counts.nul || counts.control / sample.length > 0.1) return { error: BINARY_CONTENT };
  const text = UTF8.decode(body);
  // Undecodable bytes matter only where some byte is outside ASCII; a short file is its own sample.
  if (counts.high > 0 && mostlyUndecodable(body.length <= SAMPLE ? text : UTF8.decode(sample), counts.control)) return { error: BINARY_CONTENT };
  return { text };
}

function utf16(encoding: 'utf-16le' | 'utf-16be', body: Uint8Array): DecodedArticle {
  // Lone surrogates and an odd last byte become U+FFFD; a UTF-32 file (its mark starts like UTF-16LE's) or
  // binary content behind a mark shows up as NUL and control characters.
  const text = new TextDecoder(encoding, { fatal: false }).decode(body);
  return controlShare(text) > 0.1 || text.slice(0, SAMPLE).includes('\0') ? { error: BINARY_CONTENT } : { text };
}

/** Share of control characters (other than tab, line feed, vertical tab, form feed, carriage return) in the first part of a text. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32) || c === 127) control++;
  }
  return control / n;
}

/**
 * UTF-16 without a byte-order mark: mostly Latin text has a zero byte in every other position (the high
 * byte of each code unit), and nowhere else.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, SAMPLE & ~1);
  const pairs = sample.length >> 1;
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.02) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

/** What the first part of a file holds: NUL bytes, control characters, bytes outside ASCII. */
function byteCounts(sample: Uint8Array): { nul: boolean; control: number; high: number } {
  let control = 0;
  let high = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return { nul: true, control, high };
    if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
    else if (b >= 128) high++;
  }
  return { nul: false, control, high };
}

/**
 * NUL bytes, more than 10% control characters (byteCounts), or more than 30% control characters and
 * undecodable bytes together in the first 8 KB mean the file is not prose. Text in a legacy encoding
 * (Latin-1 accents, a few percent of its bytes) stays text, with those bytes replaced.
 */
function mostlyUndecodable(decodedSample: string, control: number): boolean {
  let replaced = 0;
  for (let i = 0; i < decodedSample.length; i++) if (decodedSample.charCodeAt(i) === 0xfffd) replaced++;
  return (control + replaced) / decodedSample.length > 0.3;
}
