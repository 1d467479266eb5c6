// What a Markdown renderer could make of a hover: the links it would draw and the HTML it would pass on.
// Used to prove that article text (and article file names) shown in a hover is inert.

/** Markdown links `[label](target)` not escaped with a backslash, with their targets (balanced parentheses allowed). */
export function markdownLinks(markdown: string): Array<{ label: string; target: string }> {
  const links: Array<{ label: string; target: string }> = [];
  const re = /(?<!\\)\[((?:\\.|[^\]\\])*)\]\(((?:[^()\s\\]|\\.|\((?:[^()\s\\]|\\.)*\))*)\)/g;
  for (const m of markdown.matchAll(re)) links.push({ label: m[1], target: m[2] });
  return links;
}

/** Problems a renderer could act on: raw HTML, autolinks, links anywhere but to a file, command: URIs. */
export function markdownHazards(markdown: string): string[] {
  const hazards: string[] = [];
  if (/(?<!\\)</.test(markdown)) hazards.push(`unescaped "<" (HTML or an autolink): ${excerpt(markdown, /(?<!\\)</)}`);
  if (/(?<!\\)&(?:#\d+|#x[\da-f]+|[a-z]+);/i.test(markdown)) hazards.push('an unescaped character reference');
  const links = markdownLinks(markdown);
  for (const link of links) {
    if (!link.target.startsWith('file:///')) hazards.push(`a link to ${link.target}`);
    if (/[()<>\s]/.test(link.target)) hazards.push(`a link target with parentheses, angle brackets or spaces: ${link.target}`);
  }
  // Outside the links the server made, no scheme may stand unescaped.
  let rest = markdown;
  for (const link of links) rest = rest.replace(`](${link.target})`, ']');
  if (/(?<!\\)\]\(/.test(rest)) hazards.push(`an unescaped "](" outside the server's links: ${excerpt(rest, /(?<!\\)\]\(/)}`);
  if (/\b(?:command|javascript|vscode|https?):(?!\/\/\/)/i.test(rest.replace(/\\:/g, ''))) hazards.push(`an unescaped URI scheme: ${excerpt(rest, /\b(?:command|javascript|vscode|https?):/i)}`);
  return hazards;
}

function excerpt(text: string, re: RegExp): string {
  const at = text.search(re);
  return JSON.stringify(text.slice(Math.max(0, at - 30), at + 50));
}
