// A deterministic synthetic news corpus for benchmarks: articles of 2–8 KB about a handful of recurring
// stories, with people, titles, places, organisations and dates repeated across articles. All text is made
// here from templates; the same seed always gives the same corpus.

import { prng } from '../support/prng';

export interface SyntheticArticle {
  name: string;
  text: string;
}

const FIRST = ['Anna', 'Lars', 'Maria', 'Tomas', 'Ingrid', 'Pavel', 'Amara', 'Kenji', 'Lucia', 'Omar', 'Elena', 'Rafael', 'Priya', 'Jonas', 'Nadia', 'Viktor', 'Sofia', 'Daniel', 'Leila', 'Mateo'];
const LAST = ['Halvorsen', 'Petrov', 'Okafor', 'Tanaka', 'Moreau', 'Castillo', 'Lindqvist', 'Haddad', 'Novak', 'Brennan', 'Varga', 'Sato', 'Mensah', 'Kowalski', 'Ferreira', 'Rahman', 'Costa', 'Ivanova', 'Jensen', 'Alvarez'];
const TITLES = ['Foreign Minister', 'Prime Minister', 'Trade Minister', 'President', 'Finance Minister', 'Defence Minister', 'Energy Minister', 'Central Bank Governor'];
const COUNTRIES = ['Norway', 'Iceland', 'Brazil', 'Japan', 'Kenya', 'Canada', 'India', 'Poland', 'Chile', 'Egypt', 'Vietnam', 'Portugal'];
const DEMONYMS: Record<string, string> = { Norway: 'Norwegian', Iceland: 'Icelandic', Brazil: 'Brazilian', Japan: 'Japanese', Kenya: 'Kenyan', Canada: 'Canadian', India: 'Indian', Poland: 'Polish', Chile: 'Chilean', Egypt: 'Egyptian', Vietnam: 'Vietnamese', Portugal: 'Portuguese' };
const CITIES = ['Oslo', 'Reykjavik', 'Brasilia', 'Tokyo', 'Nairobi', 'Ottawa', 'New Delhi', 'Warsaw', 'Santiago', 'Cairo', 'Hanoi', 'Lisbon', 'Geneva', 'Vienna'];
const ORGS: Array<[string, string]> = [
  ['North Atlantic Fisheries Council', 'NAFC'], ['World Trade Organization', 'WTO'], ['International Energy Agency', 'IEA'],
  ['Coastal States Forum', 'CSF'], ['Global Ports Alliance', 'GPA'], ['Southern Grain Exchange', 'SGE'],
];
const EVENTS = ['summit', 'visit', 'talks', 'conference', 'trade negotiations', 'signing ceremony'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
// Sentences with no date, as most of a news article is: real news has 2.5–4 date expressions per KB.
const FILLER = [
  'Officials in {C} said the preparations had moved faster than expected, although several questions remained open.',
  'Analysts noted that the talks would test whether both governments could keep their promises on market access.',
  'The delegations are expected to review a long list of proposals covering shipping, energy and agriculture.',
  'Business groups in {T} welcomed the news but warned {A} that details mattered more than declarations.',
  'Critics argued that the agreement did little for smaller producers, who have waited years for relief.',
  'Negotiators worked late into the evening to settle the wording of a joint statement.',
  'Diplomats familiar with the preparations described the atmosphere as cautious but constructive.',
  'Opposition lawmakers in {C} demanded that {A} publish the full text before any signature.',
  'Fishing communities along the coast have asked for guarantees that quotas will not be cut further.',
  '{A} and {B} stressed that any deal would have to be approved by the parliaments of {C} and {D}.',
  'The shipping industry has lobbied for common inspection rules and shorter customs checks.',
  'Environmental groups staged a small protest outside the venue, calling for stricter emission targets.',
  'A draft seen by journalists runs to more than forty pages and includes a dispute settlement chapter.',
  'Trade between {C} and {D} has grown steadily, driven mostly by machinery and processed food, according to the {O}.',
  'Neither {A} nor {B} would say whether the question of subsidies had been settled.',
  'Observers expect the final communique to be short on detail and long on shared principles.',
  'The central bank of {D} has warned that a stronger currency could weigh on exporters in {T}.',
  'Farmers unions said they had not been consulted and threatened to block the main roads.',
  'Energy companies in {C} are watching closely, since the pipeline to {D} depends on the outcome.',
  'Security around the conference centre in {T} was tightened, with several streets closed to traffic.',
];
const ASIDES = [
  (name: string) => `${name} declined to comment on the details of the negotiations.`,
  (name: string) => `Asked about the timetable, ${name} said only that both sides wanted a result.`,
  (name: string) => `Aides to ${name} said the discussions had been frank.`,
  (name: string) => `${name} has faced criticism at home for moving too slowly on the issue.`,
];

export function syntheticCorpus(count: number, seed = 20261122): SyntheticArticle[] {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const people = Array.from({ length: 60 }, () => ({ first: pick(FIRST), last: pick(LAST), title: pick(TITLES), country: pick(COUNTRIES) }));
  // Each story's events have one date, as in a real folder; one article in fifty gets the visit's month
  // wrong, so that the corpus has conflicts to find.
  const stories = Array.from({ length: 40 }, () => ({ month: 1 + Math.floor(random() * 12), frameworkYear: 2010 + Math.floor(random() * 12), groupDay: 1 + Math.floor(random() * 27) }));
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const story = i % 40;
    const a = people[story % people.length];
    const b = people[(story * 7 + 3) % people.length];
    const [orgName, orgShort] = ORGS[story % ORGS.length];
    const city = CITIES[story % CITIES.length];
    const event = EVENTS[story % EVENTS.length];
    const year = 2024 + (story % 3);
    const facts = stories[story];
    // Published in the weeks before the event.
    const month = 1 + ((facts.month + 10) % 12);
    const day = 1 + Math.floor(random() * 27);
    const visitMonth = random() < 0.02 ? (facts.month + 3 + Math.floor(random() * 6)) % 12 : facts.month - 1;
    const lines: string[] = [];
    const style = i % 3;
    if (style === 0) lines.push(`date ${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    else if (style === 1) lines.push(`${a.country} and ${b.country} prepare for ${event} in ${city}`, `${MONTHS[month - 1]} ${String(day).padStart(2, '0')}, ${year}`);
    const target = 2000 + Math.floor(random() * 6000);
    let body = `${city}, ${MONTHS[month - 1]} ${day}: ${DEMONYMS[a.country]} ${a.title} ${a.first} ${a.last} will travel to ${b.country} in early ${MONTHS[visitMonth]} for the ${event} with ${DEMONYMS[b.country]} ${b.title} ${b.first} ${b.last}, officials confirmed on Thursday.`;
    const paragraphs = [body];
    while (paragraphs.join('\n\n').length < target) {
      const r = random();
      if (r < 0.08) paragraphs.push(`${a.last} said the ${orgName} (${orgShort}) would host a working group ${pick(['next month', 'later this year', 'in the second half of the year', `on ${MONTHS[facts.month % 12]} ${facts.groupDay}`])}.`);
      else if (r < 0.16) paragraphs.push(`Speaking in ${pick(CITIES)} last week, ${b.first} ${b.last} recalled that the two countries had signed a framework in ${facts.frameworkYear} and met twice in ${year - 1}.`);
      else if (r < 0.22) paragraphs.push(`The ${orgShort} has met once a year since ${year - 12}, and ${a.last} has attended for the past ${2 + Math.floor(random() * 9)} years.`);
      else if (r < 0.3) paragraphs.push(`"We expect concrete results by ${year + 5}," ${pick([a.last, b.last])} told reporters in ${pick(CITIES)} on ${pick(['Monday', 'Tuesday', 'Wednesday', 'Friday'])}.`);
      else {
        const names: Record<string, string> = { A: a.last, B: b.last, C: a.country, D: b.country, T: city, O: orgShort };
        const sentences = [pick(FILLER), pick(FILLER), pick(FILLER)].map((f) => f.replace(/\{(\w)\}/g, (_, k: string) => names[k]));
        if (random() < 0.5) sentences.splice(1, 0, pick(ASIDES)(pick([a.last, b.last, `${a.title} ${a.last}`])));
        paragraphs.push(sentences.slice(0, 2 + Math.floor(random() * 3)).join(' '));
      }
    }
    lines.push(paragraphs.join('\n\n'));
    articles.push({ name: `article-${String(i).padStart(5, '0')}.txt`, text: lines.join('\n') + '\n' });
  }
  return articles;
}
