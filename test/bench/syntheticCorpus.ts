// A deterministic synthetic news corpus for benchmarks: articles of 2–8 KB about many recurring stories,
// with people, titles, places, organisations and dates repeated across articles. Sentences are composed
// from parts with many choices each, so that, as in real news, few sentences repeat word for word: only
// wire copies (an article reprinted under another header) and stock phrases do. All text is made here; the
// same seed always gives the same corpus.

import { prng } from '../support/prng';

export interface SyntheticArticle {
  name: string;
  text: string;
}

const FIRST = ['Anna', 'Lars', 'Maria', 'Tomas', 'Ingrid', 'Pavel', 'Amara', 'Kenji', 'Lucia', 'Omar', 'Elena', 'Rafael', 'Priya', 'Jonas', 'Nadia', 'Viktor', 'Sofia', 'Daniel', 'Leila', 'Mateo', 'Grace', 'Henrik', 'Aisha', 'Marco', 'Yuki', 'Samuel', 'Irene', 'Karim', 'Beatriz', 'Stefan', 'Chloe', 'Dmitri', 'Fatima', 'Oscar', 'Helena', 'Tariq', 'Rosa', 'Felix', 'Mina', 'Arjun'];
const LAST = ['Halvorsen', 'Petrov', 'Okafor', 'Tanaka', 'Moreau', 'Castillo', 'Lindqvist', 'Haddad', 'Novak', 'Brennan', 'Varga', 'Sato', 'Mensah', 'Kowalski', 'Ferreira', 'Rahman', 'Costa', 'Ivanova', 'Jensen', 'Alvarez', 'Achebe', 'Bergstrom', 'Caruso', 'Dubois', 'Eriksen', 'Fontaine', 'Gallagher', 'Hoffmann', 'Iwasaki', 'Jovanovic', 'Kamau', 'Larsen', 'Mbeki', 'Nakamura', 'Oliveira', 'Pereira', 'Quintero', 'Rossi', 'Schneider', 'Takahashi', 'Urquhart', 'Vasquez', 'Wojcik', 'Yilmaz', 'Zielinski', 'Abbasi', 'Bianchi', 'Chowdhury', 'Delgado', 'Engel', 'Fischer', 'Grieg', 'Horvath', 'Ibrahim', 'Kader', 'Lopez', 'Mwangi', 'Nilsen', 'Olsen', 'Park'];
const TITLES = ['Foreign Minister', 'Prime Minister', 'Trade Minister', 'President', 'Finance Minister', 'Defence Minister', 'Energy Minister', 'Central Bank Governor', 'Agriculture Minister', 'Fisheries Minister', 'Deputy Foreign Minister', 'Chief Negotiator'];
const DEMONYMS: Record<string, string> = {
  Norway: 'Norwegian', Iceland: 'Icelandic', Brazil: 'Brazilian', Japan: 'Japanese', Kenya: 'Kenyan', Canada: 'Canadian', India: 'Indian', Poland: 'Polish', Chile: 'Chilean', Egypt: 'Egyptian', Vietnam: 'Vietnamese', Portugal: 'Portuguese',
  Ghana: 'Ghanaian', Peru: 'Peruvian', Finland: 'Finnish', Morocco: 'Moroccan', Indonesia: 'Indonesian', Mexico: 'Mexican', Ireland: 'Irish', Turkey: 'Turkish', Argentina: 'Argentine', Thailand: 'Thai', Nigeria: 'Nigerian', Greece: 'Greek',
};
const COUNTRIES = Object.keys(DEMONYMS);
const CITIES = ['Oslo', 'Reykjavik', 'Brasilia', 'Tokyo', 'Nairobi', 'Ottawa', 'New Delhi', 'Warsaw', 'Santiago', 'Cairo', 'Hanoi', 'Lisbon', 'Geneva', 'Vienna', 'Accra', 'Lima', 'Helsinki', 'Rabat', 'Jakarta', 'Mexico City', 'Dublin', 'Ankara', 'Buenos Aires', 'Bangkok', 'Lagos', 'Athens', 'Bergen', 'Osaka', 'Mombasa', 'Porto'];
const ORGS: Array<[string, string]> = [
  ['North Atlantic Fisheries Council', 'NAFC'], ['World Trade Organization', 'WTO'], ['International Energy Agency', 'IEA'],
  ['Coastal States Forum', 'CSF'], ['Global Ports Alliance', 'GPA'], ['Southern Grain Exchange', 'SGE'],
  ['Atlantic Shipping Association', 'ASA'], ['Regional Development Bank', 'RDB'], ['Pacific Fisheries Commission', 'PFC'],
  ['International Maritime Organization', 'IMO'], ['Council of Energy Ministers', 'CEM'], ['Federation of Exporters', 'FOE'],
];
const EVENTS = ['summit', 'visit', 'talks', 'conference', 'trade negotiations', 'signing ceremony', 'ministerial meeting', 'state visit'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

// The parts sentences are composed of. Most sentences carry no date, as in real news (2.5–4 date
// expressions per KB).
const SECTORS = ['shipping', 'fishing', 'agriculture', 'energy', 'mining', 'textiles', 'tourism', 'steel', 'banking', 'telecommunications', 'forestry', 'dairy', 'car manufacturing', 'rail freight', 'pharmaceuticals', 'software', 'construction', 'aviation', 'retail', 'insurance'];
const GOODS = ['salmon', 'soybeans', 'coffee', 'copper', 'liquefied gas', 'wheat', 'timber', 'fertiliser', 'cod', 'rice', 'cotton', 'lithium', 'olive oil', 'machine tools', 'solar panels', 'wine', 'cement', 'shrimp', 'sugar', 'electric buses'];
const ISSUES = ['market access', 'fishing quotas', 'customs checks', 'port fees', 'visa rules', 'subsidies', 'emission targets', 'investment screening', 'food safety standards', 'tariffs on processed goods', 'labour rights', 'data transfers', 'pipeline routes', 'shipping lanes', 'debt relief', 'currency swaps'];
const ADJECTIVES = ['cautious', 'constructive', 'difficult', 'frank', 'productive', 'tense', 'slow', 'encouraging', 'uneven', 'promising', 'fragile', 'detailed'];
const GROUPS = ['Farmers unions', 'Business groups', 'Opposition lawmakers', 'Environmental groups', 'Port workers', 'Fishing communities', 'Economists', 'Consumer organisations', 'Trade unions', 'Small exporters', 'Regional governors', 'Shipping companies'];
const REPORTING = ['said', 'warned', 'argued', 'noted', 'insisted', 'acknowledged', 'told reporters', 'said in a statement', 'wrote in a letter to members', 'suggested', 'conceded', 'maintained'];
const CONTENT = [
  'exports of {good} had risen by {n} percent, helped by lower freight costs',
  'the {sector} sector could lose {n} thousand jobs without new rules on {issue}',
  'any agreement on {issue} would need the support of {sector} companies',
  'talks on {issue} had been {adj} and would continue at expert level',
  'imports of {good} from {country} were still held up by {issue}',
  'a fund of {n} million dollars would help {sector} firms adapt',
  'the dispute over {issue} had cost {sector} exporters about {n} million dollars',
  'prices for {good} would stay high unless {issue} were settled',
  'the government in {country} was ready to compromise on {issue} but not on {issue2}',
  'more than {n} {sector} firms in {city} depended on trade with {country}',
  '{sector} and {sector2} would benefit most from a deal',
  'the question of {issue} was not on the agenda in {city}',
  'shipments of {good} through {city} had fallen by {n} percent',
  'the mood among {sector} executives was {adj}',
  'a study for the {org} put the gains from lower tariffs at {n} million dollars',
];
const OPENERS = [
  'Negotiators worked late into the evening to settle the wording of a joint statement on {issue}.',
  'Security around the venue in {city} was tightened, with {n} streets closed to traffic.',
  'A draft seen by journalists runs to {n} pages and includes a chapter on {issue}.',
  '{group} in {country} staged a protest outside the {org} offices, calling for action on {issue}.',
  'Trade in {good} between {country} and {country2} has grown steadily, according to the {org}.',
  'The atmosphere at the {event} was described as {adj} by diplomats in {city}.',
];
const ASIDES = [
  (name: string) => `${name} declined to comment on the details of the negotiations.`,
  (name: string) => `Asked about the timetable, ${name} said only that both sides wanted a result.`,
  (name: string) => `Aides to ${name} said the discussions had been frank.`,
  (name: string) => `${name} has faced criticism at home for moving too slowly on the issue.`,
];

/** A share of articles that are wire copies: an earlier article of the same story under another header. */
const REPRINT_SHARE = 0.08;

export function syntheticCorpus(count: number, seed = 20261122): SyntheticArticle[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const number = () => pick([2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 18, 20, 25, 30, 40, 45, 60, 75, 120, 150, 300]) + Math.floor(random() * 10);
  const person = () => ({ first: pick(FIRST), last: pick(LAST), title: pick(TITLES), country: pick(COUNTRIES) });
  // Each story has its cast, its place and its dates, as in a real folder; one article in fifty gets the
  // visit's month wrong, so that the corpus has conflicts to find.
  const stories = Array.from({ length: 300 }, (_, k) => ({
    cast: [person(), person(), person(), person()],
    org: ORGS[k % ORGS.length],
    city: pick(CITIES),
    event: pick(EVENTS),
    year: 2024 + (k % 3),
    month: 1 + Math.floor(random() * 12),
    frameworkYear: 2010 + Math.floor(random() * 12),
    groupDay: 1 + Math.floor(random() * 27),
  }));
  const articles: SyntheticArticle[] = [];
  const byStory = new Map<number, string[]>();
  for (let i = 0; i < count; i++) {
    const storyIndex = Math.floor(random() * stories.length);
    const story = stories[storyIndex];
    const [a, b, c, d] = story.cast;
    const [orgName, orgShort] = story.org;
    const { city, event, year } = story;
    // Published in the weeks before the event.
    const month = 1 + ((story.month + 10) % 12);
    const day = 1 + Math.floor(random() * 27);
    const lines: string[] = [];
    const style = i % 3;
    if (style === 0) lines.push(`date ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    else if (style === 1) lines.push(`${a.country} and ${b.country} prepare for ${event} in ${city}`, `${MONTHS[month - 1]} ${String(day).padStart(2, '0')}, ${year}`);
    const earlier = byStory.get(storyIndex);
    if (earlier && random() < REPRINT_SHARE) {
      lines.push(pick(earlier));
      articles.push({ name: `article-${String(i).padStart(5, '0')}.txt`, text: lines.join('\n') + '\n' });
      continue;
    }
    const visitMonth = random() < 0.02 ? (story.month + 3 + Math.floor(random() * 6)) % 12 : story.month - 1;
    const fill = (template: string) =>
      template.replace(/\{(\w+)\}/g, (_, slot: string) => {
        switch (slot) {
          case 'good': return pick(GOODS);
          case 'sector': case 'sector2': return pick(SECTORS);
          case 'issue': case 'issue2': return pick(ISSUES);
          case 'adj': return pick(ADJECTIVES);
          case 'n': return String(number());
          case 'country': return pick([a.country, b.country, c.country, pick(COUNTRIES)]);
          case 'country2': return pick([b.country, d.country, pick(COUNTRIES)]);
          case 'city': return pick([city, pick(CITIES)]);
          case 'org': return pick([orgShort, orgName]);
          case 'group': return pick(GROUPS);
          case 'event': return event;
          default: return slot;
        }
      });
    const speaker = () => {
      const p = pick(story.cast);
      return pick([`${p.last}`, `${p.first} ${p.last}`, `${DEMONYMS[p.country]} ${p.title} ${p.first} ${p.last}`, `${p.title} ${p.last}`, `Officials in ${pick([city, p.country])}`, `A spokesperson for the ${orgShort}`, `${pick(GROUPS)} in ${p.country}`]);
    };
    const target = 2000 + Math.floor(random() * 6000);
    const body = `${city}, ${MONTHS[month - 1]} ${day}: ${DEMONYMS[a.country]} ${a.title} ${a.first} ${a.last} will travel to ${b.country} in early ${MONTHS[visitMonth]} for the ${event} with ${DEMONYMS[b.country]} ${b.title} ${b.first} ${b.last}, officials confirmed on ${pick(WEEKDAYS)}.`;
    const paragraphs = [body];
    while (paragraphs.join('\n\n').length < target) {
      const r = random();
      if (r < 0.06) paragraphs.push(`${a.last} said the ${orgName} (${orgShort}) would host a working group on ${pick(ISSUES)} ${pick(['next month', 'later this year', 'in the second half of the year', `on ${MONTHS[story.month % 12]} ${story.groupDay}`])}.`);
      else if (r < 0.12) paragraphs.push(`Speaking in ${pick(CITIES)} last week, ${b.first} ${b.last} recalled that the two countries had signed a framework on ${pick(ISSUES)} in ${story.frameworkYear} and met twice in ${year - 1}.`);
      else if (r < 0.16) paragraphs.push(`The ${orgShort} has met once a year since ${year - 12}, and ${pick([a.last, c.last])} has attended for the past ${2 + Math.floor(random() * 9)} years.`);
      else if (r < 0.22) paragraphs.push(`"We expect concrete results on ${pick(ISSUES)} by ${year + 1 + Math.floor(random() * 6)}," ${pick([a.last, b.last, d.last])} told reporters in ${pick(CITIES)} on ${pick(WEEKDAYS)}.`);
      else {
        const sentences: string[] = [];
        if (random() < 0.4) sentences.push(fill(pick(OPENERS)));
        for (let k = 1 + Math.floor(random() * 3); k > 0; k--) sentences.push(`${speaker()} ${pick(REPORTING)} that ${fill(pick(CONTENT))}.`);
        if (random() < 0.3) sentences.splice(1, 0, pick(ASIDES)(pick([a.last, b.last, `${c.title} ${c.last}`])));
        paragraphs.push(sentences.join(' '));
      }
    }
    const text = paragraphs.join('\n\n');
    byStory.set(storyIndex, [...(earlier ?? []), text]);
    lines.push(text);
    articles.push({ name: `article-${String(i).padStart(5, '0')}.txt`, text: lines.join('\n') + '\n' });
  }
  return articles;
}
