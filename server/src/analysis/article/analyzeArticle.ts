import type { ArticleAnalysis, Span } from '../types';
import { findBoilerplate } from '../text/boilerplate';
import { parseIsoDate } from '../time/calendar';
import { findTimeExpressions } from '../time/timeExpressions';
import { recognizeNames } from '../entities/recognizer';
import { groupArticleEntities } from '../entities/articleEntities';
import { findPublicationDate } from './publicationDate';

/** Everything the engine knows about one article from its text alone. */
export function analyzeArticle(text: string): ArticleAnalysis {
  const boilerplate = findBoilerplate(text);
  const publication = findPublicationDate(text, { referencedYears: () => referencedYears(text, boilerplate) });
  const header: Span[] = publication.source === 'header' && publication.span ? [publication.span] : [];
  const exclude = [...boilerplate, ...header];
  const anchor = publication.date ? parseIsoDate(publication.date) : null;
  const times = findTimeExpressions(text, anchor, exclude);
  const { mentions, entities } = groupArticleEntities(recognizeNames(text, { exclude }));
  return { publication, mentions, entities, times, boilerplate };
}

/** Years the article writes out, leaving out targets ("by 2030") that say nothing of when it was written. */
function referencedYears(text: string, exclude: readonly Span[]): number[] {
  return findTimeExpressions(text, null, exclude)
    .filter((t) => t.type === 'DATE' && /^\d{4}/.test(t.value) && !/\b(?:by|until|till|before)\s*$/i.test(text.slice(Math.max(0, t.start - 8), t.start)))
    .map((t) => parseInt(t.value.slice(0, 4), 10));
}
