// Turning a file's bytes into article text. Byte-order marks are honoured and removed; invalid UTF-8 is
// replaced rather than rejected; content that is not text is refused with a reason.

export type DecodedArticle = { text: string; error?: undefined } | { text?: undefined; error: string };

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (looksBinary(body)) return { error: 'not a text article (binary content)' };
  return { text: new TextDecoder('utf-8', { fatal: false }).decode(body) };
}

/** NUL bytes or many control characters in the first 8 KB mean the file is not prose. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}
