import assert from 'node:assert/strict';
import type { ArticleAnalysis, Mention, PublicationDate, Span, TimeExpression } from '../../server/src/analysis/types';

// Renderers and invariant checks shared by the data-driven engine tests. An expectation is written as the
// rendering of what the engine should find, so a failing case prints the whole actual list next to it.

/**
 * `type:text`, then ` [title]` when a title was read before the name, then ` #n` when `labels` is given:
 * mentions of one article entity share a label, numbered 1, 2, … in order of first mention.
 */
export function renderMentions(analysis: ArticleAnalysis, labels: boolean): string[] {
  const labelOf = new Map<number, number>();
  return analysis.mentions.map((m: Mention) => {
    let s = `${m.type}:${m.text}`;
    if (m.title) s += ` [${m.title}]`;
    if (labels) {
      if (!labelOf.has(m.entity)) labelOf.set(m.entity, labelOf.size + 1);
      s += ` #${labelOf.get(m.entity)}`;
    }
    return s;
  });
}

/** `type:name`, then ` (ACRONYM)` and ` [title; title]` when the article gives them. */
export function renderEntities(analysis: ArticleAnalysis): string[] {
  return analysis.entities.map((e) => {
    let s = `${e.type}:${e.name}`;
    if (e.acronym) s += ` (${e.acronym})`;
    if (e.titles.length) s += ` [${e.titles.join('; ')}]`;
    return s;
  });
}

/** `TYPE:text=value`, then ` MOD` and ` start..end` when present. */
export function renderTime(t: TimeExpression): string {
  let s = `${t.type}:${t.text}=${t.value}`;
  if (t.mod) s += ` ${t.mod}`;
  if (t.range) s += ` ${t.range.start}..${t.range.end}`;
  return s;
}

/**
 * `source date`, ` year-inferred` when the year was not written, and the text the date was read from in
 * quotes; `unknown` when there is no date (with the source and span if the engine still reports them).
 */
export function renderPublication(text: string, p: PublicationDate): string {
  const parts = p.date === null ? ['unknown', ...(p.source ? [`(${p.source})`] : [])] : [p.source ?? '?', p.date];
  if (p.yearInferred) parts.push('year-inferred');
  if (p.span) parts.push(JSON.stringify(text.slice(p.span.start, p.span.end)));
  return parts.join(' ');
}

function checkSpan(input: string, span: Span & { text: string }, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(0 <= span.start && span.start < span.end && span.end <= input.length, `${what}: ${span.start}..${span.end} inside the text`);
  assert.equal(span.text, input.slice(span.start, span.end), `${what}: text is input.slice(start, end)`);
  assert.equal(span.text, span.text.trim(), `${what}: no surrounding white space`);
}

function checkOrdered(spans: readonly Span[], what: string): void {
  for (let i = 1; i < spans.length; i++) {
    assert.ok(spans[i - 1].end <= spans[i].start, `${what} ${i - 1} and ${i} are in text order and do not overlap`);
  }
}

/** What must hold for any analysis of any text, whatever the case expects. */
export function checkInvariants(input: string, analysis: ArticleAnalysis): void {
  analysis.mentions.forEach((m, i) => {
    checkSpan(input, m, `mention ${i} "${m.text}"`);
    assert.ok(!/^the\s/i.test(m.text), `mention ${i} "${m.text}" has no leading "the"`);
    // The "'s" of "Lloyd's" is its name's: the article never writes the name without it.
    const bare = m.text.match(/(\p{L}[\p{L}.-]*)['’]s$/u)?.[1];
    assert.ok(bare === undefined || !new RegExp(`(?<![\\p{L}\\p{N}])${bare.replace(/[.]/g, '\\.')}(?![\\p{L}\\p{N}]|['’]s\\b)`, 'u').test(input), `mention ${i} "${m.text}" has no possessive 's`);
    // An abbreviation keeps its period ("U.S.", "Corp."); other trailing punctuation belongs to the sentence.
    assert.ok(!/[,;:!?)"”]$/.test(m.text) && (!m.text.endsWith('.') || /(?:\p{Lu}|\b(?:Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo))\.$/u.test(m.text)), `mention ${i} "${m.text}" has no trailing punctuation`);
    const entity = analysis.entities[m.entity];
    assert.ok(entity, `mention ${i} points at an entity`);
    assert.equal(entity.type, m.type, `mention ${i} has its entity's type`);
    assert.ok(entity.mentions.includes(i), `entity ${m.entity} lists mention ${i}`);
    assert.ok(entity.forms.includes(m.text), `entity ${m.entity} lists the form "${m.text}"`);
  });
  checkOrdered(analysis.mentions, 'mentions');
  analysis.entities.forEach((e, k) => {
    assert.ok(e.mentions.length > 0, `entity ${k} has mentions`);
    for (const i of e.mentions) assert.equal(analysis.mentions[i]?.entity, k, `mention ${i} of entity ${k} points back at it`);
  });
  analysis.times.forEach((t, i) => {
    checkSpan(input, t, `time ${i} "${t.text}"`);
    if (t.range) {
      assert.equal(t.type, 'DATE', `time ${i} "${t.text}": only DATEs have a range`);
      assert.match(t.range.start, /^\d{4}-\d{2}-\d{2}$/);
      assert.match(t.range.end, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(t.range.start <= t.range.end, `time ${i} "${t.text}": range in order`);
    }
  });
  checkOrdered(analysis.times, 'times');
  for (const b of analysis.boilerplate) {
    for (const m of analysis.mentions) assert.ok(m.end <= b.start || m.start >= b.end, `mention "${m.text}" is not in boilerplate`);
    for (const t of analysis.times) assert.ok(t.end <= b.start || t.start >= b.end, `time "${t.text}" is not in boilerplate`);
  }
  const p = analysis.publication;
  if (p.date !== null) {
    assert.match(p.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(p.source !== null, 'a date has a source');
  }
  if (p.span) assert.ok(0 <= p.span.start && p.span.start < p.span.end && p.span.end <= input.length, 'publication span inside the text');
}
