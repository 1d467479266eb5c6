import type { ArticleAnalysis, Mention, Span, TimeExpression } from '../types';
import { findBoilerplate } from '../text/boilerplate';
import { parseIsoDate } from '../time/calendar';
import { findTimeExpressions } from '../time/timeExpressions';
import { TenseReader } from '../time/tense';
import { dropProductMakers, joinArabicArticles, joinClubsAndTowns, joinPossessiveBodies, mergeNames, model as taggerModel, reportsSportIn, tagNames } from '../entities/taggedNames';
import { articleTokens, recognizeNames, termAcronyms } from '../entities/recognizer';
import { correctNames, keepNames, NO_CORRECTIONS, type Corrections } from '../entities/corrections';
import { endNamesAtTimes, groupArticleEntities, typeDatelinePlaces, typeOrganisationShortForms, typeScoreboardVenues } from '../entities/articleEntities';
import { namePressReviewSources } from '../entities/pressDigest';
import { extractClaims } from '../claims/claims';
import { checkArticle } from '../checks/articleChecks';
import { findPublicationDate } from './publicationDate';

/** Everything the engine knows about one article from its text alone. */
export function analyzeArticle(text: string, corrections: Corrections = NO_CORRECTIONS): ArticleAnalysis {
  const boilerplate = findBoilerplate(text);
  // An article with no date of its own is read without an anchor twice over (to infer its date, then for
  // its times): one pass serves both.
  let unanchored: TimeExpression[] | undefined;
  const unanchoredTimes = () => (unanchored ??= findTimeExpressions(text, null, boilerplate));
  const publication = findPublicationDate(text, { referencedYears: () => referencedYears(text, boilerplate), referencedDays: () => referencedDays(text, unanchoredTimes()) });
  const header: Span[] = publication.source === 'header' && publication.span ? [publication.span] : [];
  const exclude = [...boilerplate, ...header];
  const anchor = publication.date ? parseIsoDate(publication.date) : null;
  const times = anchor === null && header.length === 0 ? unanchoredTimes() : findTimeExpressions(text, anchor, exclude);
  const tokens = articleTokens(text, exclude);
  const events: Span[] = [];
  const tagged = tagNames(text, exclude, tokens, events);
  let names = mergeNames(text, tagged, recognizeNames(text, { exclude, tokens }), events);
  // Names the tagger cut or ran together, mended from the text around them.
  names = joinPossessiveBodies(joinArabicArticles(names, text), text);
  const sport = reportsSportIn(tokens);
  if (sport) names = joinClubsAndTowns(names, text);
  names = dropProductMakers(names, text, sport);
  names = endNamesAtTimes(names, text, times);
  // A name inside a time expression is the time's: "Christmas sales", "on May 5"; a term's acronym is none.
  const terms = termAcronyms(tokens);
  names = keepNames(names, (n) => !times.some((t) => t.start <= n.start && n.end <= t.end) && !terms.has(n.text));
  // Types and names the article's layout says: press reviews' papers, organisations' short forms,
  // scoreboards' grounds, the dateline's places; then the user's corrections.
  names = typeScoreboardVenues(typeOrganisationShortForms(namePressReviewSources(names, text)), text);
  names = correctNames(typeDatelinePlaces(names, text, publication.datelineSpan), corrections);
  const { mentions, entities } = groupArticleEntities(names);
  markOutsideProse(text, mentions);
  const claims = extractClaims({ text, times, mentions, exclude: publication.datelineSpan ? [publication.datelineSpan] : [] });
  const analysis = { publication, mentions, entities, times, boilerplate, claims };
  return { ...analysis, findings: checkArticle(text, analysis) };
}

/** Marks the people's short forms that stand in lines ending in no sentence's punctuation. */
function markOutsideProse(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'person' || m.form !== 'short') continue;
    const lineEnd = text.indexOf('\n', m.end);
    const line = text.slice(text.lastIndexOf('\n', m.start) + 1, lineEnd < 0 ? text.length : lineEnd).trimEnd();
    if (!/[.!?"”’)]$/.test(line)) m.outsideProse = true;
  }
}

/**
 * Loads what the engine loads on first use (the tagger's weights) and runs it on a few sample articles so
 * that its code is compiled: the first analyses on a thread that has done none (the server's, at the first
 * keystrokes) would otherwise be several times slower.
 */
export function prepareEngine(samples: readonly string[] = []): void {
  taggerModel();
  for (const sample of samples) analyzeArticle(sample);
}

/** Full dates the article writes out, each with whether its sentence speaks of the future. */
function referencedDays(text: string, unanchored: readonly TimeExpression[]): Array<{ date: string; future: boolean }> {
  const tenses = new TenseReader(text);
  return unanchored
    .filter((t) => t.type === 'DATE' && !t.anchored && /^\d{4}-\d{2}-\d{2}$/.test(t.value))
    .map((t) => ({ date: t.value, future: tenses.at(t).direction > 0 && tenses.at(t).strong }));
}

/** Years the article writes out, leaving out targets ("by 2030") that say nothing of when it was written. */
function referencedYears(text: string, exclude: readonly Span[]): number[] {
  // A plain scan is enough here: only the years matter, not what they date.
  const years: number[] = [];
  for (const m of text.matchAll(/(?<![\d$€£.,/-])\b(19\d\d|20\d\d)\b(?![\d%,.]\d|\s*(?:million|billion|people|tonnes|km))/g)) {
    const at = m.index ?? 0;
    if (exclude.some((x) => at >= x.start && at < x.end)) continue;
    if (/\b(?:by|until|till|before)\s*$/i.test(text.slice(Math.max(0, at - 8), at))) continue;
    years.push(parseInt(m[1], 10));
  }
  return years;
}
