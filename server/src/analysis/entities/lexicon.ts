import type { EntityType } from '../types';
import { remembered } from '../memo';
import { isCountryName, isCountryOrCapital } from './capitals';

// Word knowledge for recognition: compromise's lexicon (names, places, organisations and the closed-class
// words of English) plus the short lists that news needs and compromise lacks. Only the lexicon is used:
// a full compromise parse of every article is far too slow for a workspace index.

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

let loaded: CompromiseModel | undefined;
/**
 * compromise's model, loaded when a word is first looked up: a server whose workspace the cache serves
 * starts without it (a seventh of a second of its start).
 */
function compromiseModel(): CompromiseModel {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (loaded ??= (require('compromise') as { model(): unknown }).model() as CompromiseModel);
}

const tagsOf = (key: string): readonly string[] => {
  const tags = compromiseModel().one.lexicon[key];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};

const PROPER_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Place', 'Country', 'City', 'Region', 'Organization', 'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific']);
const CLOSED_CLASS_TAGS = new Set(['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Possessive', 'Adverb', 'QuestionWord', 'Modal', 'Copula', 'Negative', 'Reflexive', 'Condition', 'Expression', 'TextValue', 'Cardinal', 'Ordinal']);

// Names every news reader knows that the lexicon does not.
const EXTRA: Record<string, EntityType> = {
  us: 'place', 'u.s.': 'place', usa: 'place', 'u.s.a.': 'place', uk: 'place', 'u.k.': 'place', uae: 'place',
  'united states': 'place', 'united kingdom': 'place', 'new delhi': 'place', 'west asia': 'place',
  'latin america': 'place', 'south america': 'place', 'north america': 'place', 'middle east': 'place',
  'south asia': 'place', 'east asia': 'place', 'central asia': 'place', 'southeast asia': 'place',
  'gaza': 'place', 'west bank': 'place', 'hong kong': 'place', 'european union': 'organization',
  un: 'organization', 'u.n.': 'organization', eu: 'organization', nato: 'organization', brics: 'organization',
  g7: 'organization', g8: 'organization', g20: 'organization', opec: 'organization', asean: 'organization',
  imf: 'organization', who: 'organization', wto: 'organization', kremlin: 'organization', pentagon: 'organization',
  'white house': 'organization', 'united nations': 'organization', 'world bank': 'organization', reuters: 'organization',
  // Companies every business reader knows, named like people or missing from the lexicon.
  ...Object.fromEntries(
    [
      'merrill lynch', 'morgan stanley', 'lehman brothers', 'bear stearns', 'goldman sachs', 'charles schwab', 'smith barney', 'salomon brothers',
      'dean witter', 'paine webber', 'wells fargo', 'freddie mac', 'sallie mae', 'ginnie mae', "standard & poor's", 'northrop grumman',
      'lockheed martin', 'mcdonnell douglas', 'pratt & whitney', 'rolls-royce', 'hewlett-packard', 'johnson & johnson', 'procter & gamble',
      'eli lilly', 'bristol-myers squibb', 'ernst & young', 'marks & spencer', 'sears roebuck', 'philip morris', 'mercedes-benz',
      'harley-davidson', 'hang seng', 'airbus', 'chrysler', 'daimler', 'daimlerchrysler', 'nissan', 'volkswagen', 'hyundai', 'renault', 'peugeot',
    ].map((name) => [name, 'organization' as EntityType]),
  ),
};

// Short forms of organisations every news reader knows, by the name they stand for: "the Fed" is the Federal
// Reserve. Keys in lower case without periods.
const ORGANISATION_SHORT_FORMS: Record<string, string> = {
  un: 'united nations', eu: 'european union', nato: 'north atlantic treaty organization', imf: 'international monetary fund',
  wto: 'world trade organization', who: 'world health organization', opec: 'organization of the petroleum exporting countries',
  fed: 'federal reserve', 'federal reserve board': 'federal reserve', 'federal reserve system': 'federal reserve',
  ecb: 'european central bank', fbi: 'federal bureau of investigation', cia: 'central intelligence agency',
  nasa: 'national aeronautics and space administration', sec: 'securities and exchange commission', nyse: 'new york stock exchange',
  asean: 'association of southeast asian nations', iaea: 'international atomic energy agency', unesco: 'united nations educational, scientific and cultural organization',
  g7: 'group of seven', 'g-7': 'group of seven', g8: 'group of eight', 'g-8': 'group of eight',
};

// Nouns that say what kind of body a name is, written before it: "engine maker Europrop", "Russian flag
// carrier Aeroflot", "retailer Wal-Mart", "news agency Xinhua" ("broker" and "playmaker" are people).
const ORGANISATION_NOUNS = new Set(['company', 'firm', 'carrier', 'airline', 'manufacturer', 'maker', 'retailer', 'airframer', 'conglomerate', 'insurer', 'lender', 'brokerage', 'supplier', 'distributor', 'subsidiary', 'operator', 'newspaper', 'broadcaster', 'agency', 'bank', 'automaker', 'carmaker', 'chipmaker', 'planemaker', 'drugmaker', 'giant']);
export const isOrganisationNoun = (word: string) => ORGANISATION_NOUNS.has(word.toLowerCase());

/** The name an organisation's well-known short form stands for ("Fed": "federal reserve"), else the name as given. */
export function organisationFullName(name: string): string {
  return ORGANISATION_SHORT_FORMS[name.toLowerCase().replace(/\./g, '')] ?? name;
}

// compromise's organisation words, less the abstract nouns that end ordinary capitalised phrases.
const NOT_ORG_HEADS = new Set(['partnership', 'partners', 'conference', 'development', 'design', 'data', 'care', 'capital', 'community', 'education', 'energy', 'communications', 'comprehensive', 'financial', 'management', 'marketing', 'markets', 'power', 'resources', 'systems', 'mobile', 'gas', 'oil', 'military', 'memorial', 'investors', 'workers', 'boys', 'girls', 'entertainment', 'investment', 'investments', 'collective', 'crew', 'marine', 'estate', 'subsidiary', 'interstate']);
const NOT_PLACE_HEADS = new Set(['state', 'country', 'house', 'building', 'complex', 'site', 'field', 'way', 'bar', 'zone', 'ward', 'memorial', 'library', 'gallery', 'hall', 'museum', 'crossing', 'junction', 'landing', 'trail', 'trails', 'estates', 'arch', 'pillar', 'pits', 'centre', 'tower', 'st', 'cr', 'tr', 'rd']);
const orgHeads = () => new Set([
  ...Object.keys(compromiseModel().two.orgWords).filter((w) => !NOT_ORG_HEADS.has(w)),
  'organisation', 'organization', 'assembly', 'nations', 'court', 'ministry', 'parliament', 'bank', 'party',
  'agency', 'forces', 'navy', 'police', 'times', 'post', 'news', 'press', 'airlines', 'university', 'government',
  'congress', 'senate', 'cabinet', 'office', 'service', 'services', 'secretariat', 'alliance', 'league', 'club',
  'federation', 'institute', 'foundation', 'corporation', 'inc', 'ltd', 'plc', 'llc', 'group', 'bureau', 'tribunal',
  'commission', 'committee', 'council', 'union', 'army', 'association', 'authority', 'company', 'fund', 'forum',
]);
// Words that end organisations' names and no person's ("Norrland Paper", "Douglas Aircraft", "Sofia Newsroom"), for the rules
// only: the tagger's features read orgHeads, and a word added for a rule must not change the weights.
const INDUSTRY_WORDS = new Set(['paper', 'steel', 'mining', 'electronics', 'foods', 'airways', 'aircraft', 'newsroom', 'newsdesk']);
const placeHeads = () => new Set([...Object.keys(compromiseModel().two.placeWords).filter((w) => !NOT_PLACE_HEADS.has(w)), 'river', 'sea', 'ocean', 'street', 'square', 'province', 'county', 'district', 'region', 'city', 'valley', 'strait', 'airport', 'port']);
const PLACE_PREFIXES = new Set(['mount', 'lake', 'gulf', 'cape', 'isle', 'fort', 'port', 'saint', 'st.', 'san', 'santa', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central']);
// Made from compromise's model when a word's facts are first asked for.
let heads: { organisation: Set<string>; place: Set<string> } | undefined;
const headLists = () => (heads ??= { organisation: orgHeads(), place: placeHeads() });
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest']);

export const MONTH_NAMES = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
export const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

// Derivational endings of English common words; checked after the name lists, so "Beijing" stays a place.
const COMMON_SUFFIX = /(?:ing|ed|tion|sion|ment|ness|ity|ance|ence|ive|ous|ful|less|able|ible|ship|ism|ist|ally|ically|ise|ize|ised|ized|ising|izing|ary|ory|ical)$/;
// Long words in "-ure" are English ("infrastructure", "expenditure"); short ones are names too ("Toure").
const LONG_COMMON_SUFFIX = /ure$/;

/** The form of a word the lists are keyed by; remembered, since every list look-up starts here. */
export const key = remembered((word: string) => word.toLowerCase().replace(/’/g, "'"));

/**
 * The type a name has in compromise's lexicon and our curated list: what the tagger's word-class feature
 * reads, so a change to either means retraining (the training test holds the weights to it).
 */
export const listedType: (phrase: string) => EntityType | undefined = remembered(lookUpType);

/**
 * The entity type a whole name has in the lists (a country, a city, a known organisation), if any; the
 * rules' view: the listed type, else a country or a capital of the geography list ("Chad", "Zaire",
 * "Kigali"), which the tagger's features do not read. Remembered, since recognition asks about the same
 * phrases many times over.
 */
export const knownType: (phrase: string) => EntityType | undefined = remembered((phrase) => listedType(phrase) ?? (isCountryOrCapital(phrase) ? 'place' : isRuleOrganisation(phrase) ? 'organization' : undefined));

// Organisations for the rules only (the tagger's features read the lists above, which its weights were
// trained with): clubs of nations named by their number ("the Group of Seven"), and movements the
// tagger, trained on CoNLL-2003's "Taleban militia" (MISC), reads as no organisation.
export const isRuleOrganisation = (phrase: string): boolean => RULE_ORGANISATIONS.test(phrase);
// (Phrases come with the words spaced: "Al - Qaeda".)
const RULE_ORGANISATIONS = /^(?:Group of (?:Three|Four|Five|Six|Seven|Eight|Ten|Twenty)|Taliban|Taleban|Hezbollah|Hizbollah|Hizbullah|Al(?:\s*-\s*|\s+)Qa[ie]da|Islamic State|Boko Haram|Al(?:\s*-\s*|\s+)Shabaab)$/i;

function lookUpType(phrase: string): EntityType | undefined {
  const curated = curatedType(phrase);
  if (curated) return curated;
  const tags = tagsOf(key(phrase));
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) return 'place';
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 'organization';
  return undefined;
}

// Teams that play as countries without being one.
const HOME_NATIONS = new Set(['west indies', 'northern ireland']);
/** Whether a name is a country's (national teams are written as their countries). */
export const isCountry = (name: string): boolean => isCountryName(name) || HOME_NATIONS.has(key(name)) || tagsOf(key(name)).includes('Country');

/** The type of a name on our own curated list only ("Kremlin", "White House", "BRICS"): certain enough to overrule the tagger. */
export function curatedType(phrase: string): EntityType | undefined {
  const k = key(phrase);
  return EXTRA[k] ?? (k.includes('.') ? EXTRA[k.replace(/\./g, '')] : undefined);
}

const FIRST_NAME_TAGS = (t: string) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName';

// Demonyms the lexicon lacks, mostly the "-ish" ones.
const EXTRA_DEMONYMS = new Set(['danish', 'swedish', 'finnish', 'polish', 'irish', 'turkish', 'spanish', 'british', 'scottish', 'welsh', 'kurdish', 'flemish', 'english', 'icelandic', 'norwegian', 'estonian', 'latvian', 'lithuanian']);

// What the lists say of one word, as bits: recognition asks several of these about every capitalised word.
const FIRST_NAME = 1;
const LAST_NAME = 2;
const DEMONYM = 4;
const COMPASS_WORD = 8;
const COMMON_WORD = 16;
const FUNCTION_WORD = 32;
const ORG_HEAD = 64;
const PLACE_HEAD = 128;
const PLACE_PREFIX = 256;
const DATE_WORD = 512;
const MALE_NAME = 1024;
const FEMALE_NAME = 2048;

const factsOf = remembered((word: string): number => {
  const k = key(word);
  const tags = tagsOf(k);
  const proper = tags.some((t) => PROPER_TAGS.has(t));
  let facts = 0;
  // "Jón" is "Jon" without its accent.
  if (tags.some(FIRST_NAME_TAGS) || tagsOf(k.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).some(FIRST_NAME_TAGS)) facts |= FIRST_NAME;
  if (tags.some((t) => t === 'LastName' || t === 'Person')) facts |= LAST_NAME;
  if (tags.includes('MaleName')) facts |= MALE_NAME;
  if (tags.includes('FemaleName')) facts |= FEMALE_NAME;
  if (tags.includes('Demonym') || EXTRA_DEMONYMS.has(k)) facts |= DEMONYM;
  if (COMPASS.has(k)) facts |= COMPASS_WORD;
  if (tags.length > 0 ? !proper : !EXTRA[k] && ((k.length > 4 && COMMON_SUFFIX.test(k)) || (k.length > 8 && LONG_COMMON_SUFFIX.test(k)))) facts |= COMMON_WORD;
  if (!proper && tags.some((t) => CLOSED_CLASS_TAGS.has(t))) facts |= FUNCTION_WORD;
  const { organisation, place } = headLists();
  if (organisation.has(k)) facts |= ORG_HEAD;
  if (place.has(k)) facts |= PLACE_HEAD;
  if (PLACE_PREFIXES.has(k)) facts |= PLACE_PREFIX;
  const dateKey = k.replace(/\.$/, '');
  if (MONTH_NAMES.has(dateKey) || WEEKDAY_NAMES.has(dateKey)) facts |= DATE_WORD;
  return facts;
});

export const isFirstName = (word: string): boolean => (factsOf(word) & FIRST_NAME) !== 0;
export const isLastName = (word: string): boolean => (factsOf(word) & LAST_NAME) !== 0;
/** Whether the lexicon knows a given name as a man's or a woman's (neither, or both: undefined). */
export function givenNameGender(word: string): 'male' | 'female' | undefined {
  const facts = factsOf(word);
  const male = (facts & MALE_NAME) !== 0;
  const female = (facts & FEMALE_NAME) !== 0;
  return male === female ? undefined : male ? 'male' : 'female';
}
export const isDemonym = (word: string): boolean => (factsOf(word) & DEMONYM) !== 0;
export const isCompass = (word: string): boolean => (factsOf(word) & COMPASS_WORD) !== 0;
/** A word of English that can start a sentence without being a name: "During", "Moreover", "Trade". */
export const isCommonWord = (word: string): boolean => (factsOf(word) & COMMON_WORD) !== 0;
/** Closed-class words ("The", "In", "Despite") never begin a name. */
export const isFunctionWord = (word: string): boolean => (factsOf(word) & FUNCTION_WORD) !== 0;
export const isOrgHead = (word: string): boolean => (factsOf(word) & ORG_HEAD) !== 0;
export const isPlaceHead = (word: string): boolean => (factsOf(word) & PLACE_HEAD) !== 0;
export const isPlacePrefix = (word: string): boolean => (factsOf(word) & PLACE_PREFIX) !== 0;
export const isDateWord = (word: string): boolean => (factsOf(word) & DATE_WORD) !== 0;

// The legal forms that end company names ("Pirelli SpA", "Lear Corp"): no person's name ends in one. Not a
// tagger feature (the features' word classes are fixed by the trained weights).
const COMPANY_SUFFIX = /^(?:inc|corp|co|cos|ltd|plc|llc|spa|ag|sa|nv|bv|gmbh|kk|oyj|ab|asa|bancorp)\.?$/i;
export const isCompanySuffix = (word: string): boolean => COMPANY_SUFFIX.test(word);
const LEGAL_FORM_WORD = /^(?:company|corporation|incorporated|limited)$/i;

/** A word that ends an organisation's name: a head such as "Group" or "Council", or a legal form ("Inc."). */
export function isOrganisationWord(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  return isOrgHead(bare) || isCompanySuffix(bare) || INDUSTRY_WORDS.has(key(bare));
}

/**
 * An organisation's name without the legal form it ends in, for its identity: "General Motors Corp.",
 * "General Motors Corporation" and "General Motors" are one company.
 */
export function withoutLegalForm(name: string): string {
  const words = name.split(/\s+/);
  let n = words.length;
  while (n > 1 && (isCompanySuffix(words[n - 1]) || LEGAL_FORM_WORD.test(words[n - 1]))) n--;
  return n === words.length ? name : words.slice(0, n).join(' ').replace(/,$/, '');
}

/** Whether a known place is a country, a city or a wider region; undefined when the lists do not say. */
export function placeKind(name: string): 'country' | 'city' | 'region' | undefined {
  const k = key(name).replace(/\./g, '');
  if (['us', 'usa', 'uk', 'uae', 'united states', 'united kingdom'].includes(k)) return 'country';
  const tags = tagsOf(k);
  if (tags.includes('Country')) return 'country';
  if (tags.includes('City')) return 'city';
  if (tags.includes('Region') || tags.includes('Place')) return 'region';
  return undefined;
}
