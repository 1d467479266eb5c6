import type { EntityType, Span } from '../types';
import type { Token } from '../text/tokens';
import { keepNames } from './corrections';
import { curatedType, isCommonWord, isCompass, isCountry, isOrganisationNoun, isCompanySuffix, isDemonym, isFirstName, isFunctionWord, isOrganisationWord, isOrgHead, isPlaceHead, isRuleOrganisation, key, knownType, listedType, placeKind } from './lexicon';
import { acronymFits, articleTokens, isNameParticle, isPlacePreposition, moveName, type RecognizedName } from './recognizer';
import { isLowerTitleHead, isTitleHead, isTitleModifier, isTitleOnly, titleLength } from './titles';
import { documentEvidence, wordsInLowercase, type DocumentEvidence, type TaggerToken } from './tagger/features';
import { tagSentenceRemembered, TaggerModel, WeightTable } from './tagger/perceptron';
import weightsText from '../../../data/ner-weights.json';

// Names found by the trained tagger (server/data/ner-weights.json, `npm run train`), then shaped for the
// editor: titles kept apart for the hover, acronyms tied to what they abbreviate, hyphenated place pairs
// ("India-Russia") split into their places.

let loaded: TaggerModel | undefined;
/** The tagger's weights, parsed on first use (a tenth of a second). */
export function model(): TaggerModel {
  return (loaded ??= new TaggerModel(WeightTable.fromText(weightsText as string)));
}

/** The words of a run of tokens as a phrase the word lists are asked about. */
function textOf(tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  let phrase = tokens[0].text;
  for (let i = 1; i < tokens.length; i++) phrase += ' ' + tokens[i].text;
  return phrase;
}

const TYPE_OF: Record<string, EntityType | undefined> = { PER: 'person', LOC: 'place', ORG: 'organization' };
const TAG_OF: Record<string, string | undefined> = { person: 'PER', place: 'LOC', organization: 'ORG' };

interface Sentence {
  tokens: Token[];
}

const SENTENCE_ENDERS = new Set(['.', '!', '?', '…']);
const endsSentence = (token: Token | undefined) => token !== undefined && token.kind === 'punct' && SENTENCE_ENDERS.has(token.text);

function sentencesOf(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const previous = tokens[i - 1];
    // A sentence ends at . ! ? even when a quotation mark opens the next one.
    // A line's number ("4. Maarten den Bakker (Netherlands) TVM") ends no sentence: training reads such a
    // line as one.
    const listNumber = previous?.text === '.' && tokens[i - 2]?.kind === 'number' && tokens[i - 3]?.line !== previous.line;
    // A closing quotation mark after the period stays with its sentence; an opening one that begins a line
    // ('"We will not back down," Holm said') begins the next.
    const closingAfterEnd = previous?.kind === 'punct' && previous.line === tokens[i - 2]?.line && endsSentence(tokens[i - 2]);
    const boundary = previous && (t.line !== previous.line || (t.sentenceStart && !listNumber && (endsSentence(tokens[i - 1]) || closingAfterEnd)));
    if (boundary && current.length) {
      sentences.push({ tokens: current });
      current = [];
    }
    current.push(t);
  }
  if (current.length) sentences.push({ tokens: current });
  return sentences;
}

/**
 * `events`, when given, receives the spans the tagger calls miscellaneous names (events, works, products:
 * "U.S. Open", "Atlanta Games"): no entity of the editor, but the place in them is no mention either
 * (mergeNames does not add the rule reader's place there).
 */
export function tagNames(text: string, exclude: readonly Span[], tokens: Token[] = articleTokens(text, exclude), events?: Span[]): RecognizedName[] {
  const sentences = sentencesOf(tokens);
  // The tagger reads the tokens as they are: the first of each sentence is its start.
  const taggerSentences: TaggerToken[][] = sentences.map((s) => s.tokens);
  const evidence = documentEvidence(taggerSentences, wordsInLowercase(tokens));
  // emitSpan asks with the article's evidence.
  sportReports.set(evidence, reportsSportIn(tokens));
  const names: RecognizedName[] = [];
  const w = model();
  const labelled = taggerSentences.map((sentence) => tagSentenceRemembered(w, sentence, evidence));
  const actors = actingMiscWords(sentences, labelled);
  for (let k = 0; k < sentences.length; k++) {
    const sentence = sentences[k];
    const labels = labelled[k];
    if (labels.every((l) => l === 'O')) continue;
    const headline = isTitleCase(sentence.tokens);
    const teams = isTeamResult(sentence.tokens);
    const quoted = insideQuotes(sentence.tokens, text);
    let i = 0;
    while (i < labels.length) {
      if (labels[i] === 'O') {
        i++;
        continue;
      }
      let type = labels[i].slice(2);
      let j = i + 1;
      while (j < labels.length && labels[j] === `I-${type}`) j++;
      if (type === 'MISC' && j === i + 1 && actors.has(sentence.tokens[i].text)) type = 'ORG';
      // A comma ends a name: "the G20 , BRICS" are two; so does a preposition no name holds ("Barnett Banks
      // Inc. in Jacksonville", "joined Milan from Torino"), except in a formal name (FORMAL_JOINS), and "and"
      // after a company's legal form.
      let formal = false;
      for (let k = i; k < j && !formal; k++) formal = FORMAL_JOINS.has(sentence.tokens[k].text);
      let from = i;
      let described: string | undefined;
      for (let k = i; k <= j; k++) {
        // A person named right after a company's legal form is a name of their own: "Apple Inc. Steve Jobs".
        if (k > from && k < j && personAfterCompany(sentence.tokens, k)) {
          emitSpan(text, sentence.tokens, from, k, type, names, evidence, headline, quoted, teams);
          from = k;
        }
        // "Apple Computer CEO Steve Jobs", "Microsoft Chairman Bill Gates": an organisation, a title and a person
        // the tagger read as one; a title that ends the span goes ("Apple Computer CEO").
        const title = type === 'ORG' && k > from && k < j ? titleInside(sentence.tokens, k, j) : 0;
        if (title > 0) {
          // The lists may know what stands before the title as a place: "Alabama Governor Bob Riley".
          const listed = knownType(text.slice(sentence.tokens[from].start, sentence.tokens[k - 1].end));
          emitSpan(text, sentence.tokens, from, k, (listed && TAG_OF[listed]) ?? type, names, evidence, headline, quoted, teams);
          // The tagger may end the person early ("Microsoft Chairman Bill" then "Gates").
          let personEnd = j;
          while (personEnd < labels.length && labels[personEnd] === 'O' && sentence.tokens[personEnd].kind === 'word' && sentence.tokens[personEnd].capitalized && !sentence.tokens[personEnd].sentenceStart) personEnd++;
          if (k + title < j) emitSpan(text, sentence.tokens, k + title, personEnd, 'PER', names, evidence, headline, quoted, teams);
          from = j + 1;
          k = j;
          continue;
        }
        // "Ontario-based Magna", "German-born Smith": the participle parts what it says of the name from it.
        const participle = k > from && k + 1 < j && type !== 'MISC' ? participleAt(sentence.tokens, k) : undefined;
        if (participle) {
          // "German-born" says a nationality, no name.
          if (!(k - from === 1 && isDemonym(sentence.tokens[from].text))) emitSpan(text, sentence.tokens, from, k, participle.before ?? type, names, evidence, headline, quoted, teams);
          described = participle.after;
          from = k + 2;
          k++;
          continue;
        }
        const commonWord = k < j && isCommonWordInside(sentence.tokens, k);
        if (k === j || sentence.tokens[k].text === ',' || (!formal && isNameBreak(sentence.tokens[k], headline)) || afterCompany(sentence.tokens, k) || andAnotherName(sentence.tokens, k) || commonWord || sentenceBeginsAt(sentence.tokens, k)) {
          // What follows the preposition is typed on its own: as the word lists know it, else as a place
          // where the preposition says so ("in Jacksonville").
          const after = from > i && isNameBreak(sentence.tokens[from - 1], headline) ? typeAfter(sentence.tokens[from - 1].text.toLowerCase(), sentence.tokens.slice(from, k)) : undefined;
          if (k > from) emitSpan(text, sentence.tokens, from, k, after ?? described ?? type, names, evidence, headline, quoted, teams);
          described = undefined;
          // An event's name ends in a capital ("U.S. Open"); "US-imposed" names none.
          if (k > from && type === 'MISC' && k - from > 1 && sentence.tokens[k - 1].capitalized) events?.push({ start: sentence.tokens[from].start, end: sentence.tokens[k - 1].end });
          from = k + 1;
          // What follows a common word starts at a capital: "the Taichung division of Taiwan" names no "of Taiwan".
          if (commonWord) while (from < j && LOWER_CASE_WORD.test(sentence.tokens[from].text)) from++;
        }
      }
      i = j;
    }
  }
  names.sort((a, b) => a.start - b.start);
  joinMiddleInitials(text, names);
  splitAbbreviationBeforePerson(text, names);
  addSurnamesAlone(tokens, names, evidence);
  agreeOnTypes(names);
  keepNamesPossessive(text, names);
  const links = linkAcronyms(tokens, names);
  names.sort((a, b) => a.start - b.start);
  // Acronyms point at what they abbreviate by index, once the order is final.
  for (const [acronym, target] of links) acronym.abbreviates = names.indexOf(target);
  return names;
}

// After "X-based" comes a company, after "X-born" a person; X is a place for both.
const PARTICIPLES = new Map<string, { before?: string; after: string }>([
  ['based', { before: 'LOC', after: 'ORG' }],
  ['born', { before: 'LOC', after: 'PER' }],
  ...['owned', 'run', 'controlled', 'backed', 'listed', 'funded', 'led'].map((p): [string, { after: string }] => [p, { after: 'ORG' }]),
]);
/** The participle a hyphen at `k` joins to the word before ("Ontario-based"), if one of PARTICIPLES. */
const participleAt = (tokens: readonly Token[], k: number) =>
  tokens[k].text === '-' && !tokens[k].spaceBefore && !tokens[k + 1].spaceBefore ? PARTICIPLES.get(tokens[k + 1].text) : undefined;

// Small words names hold in lower case ("Bank of the West", "University of California at Berkeley",
// "Freedom of Access to Clinic Entrances Act"), or short ones of other languages ("Zeri i Popullit", "Bild am
// Sonntag"); another lower-case word ends the name: "Northrop Grumman and Airbus parent company
// European Aeronautic Defence …" is no one name.
const INNER_SMALL_WORDS = new Set(['the', 'at', 'in', 'to', 'des', 'dos', 'das', 'upon', 'und']);
/** A word of English in lower case, standing apart (not "Weston-super-Mare"), that no name holds. */
const isCommonWordInside = (tokens: readonly Token[], k: number) => {
  const token = tokens[k];
  if (token.kind !== 'word' || token.text.length < 3 || !token.spaceBefore || tokens[k + 1]?.spaceBefore === false || !LOWER_CASE_WORD.test(token.text)) return false;
  if (FORMAL_JOINS.has(token.text) || INNER_SMALL_WORDS.has(token.text) || isNameParticle(token.text)) return false;
  return isCommonWord(token.text) || isFunctionWord(token.text) || isOrganisationNoun(token.text);
};

/**
 * How many tokens from `k` (before `end`) are a person's title after a capitalised name: the whole rest if it
 * is a title ("CEO", "Chief Executive Officer"), else the title before the person's name ("Chairman" of
 * "Chairman Bill Gates"); 0 where there is none.
 */
function titleInside(tokens: readonly Token[], k: number, end: number): number {
  const before = tokens[k - 1];
  if (!tokens[k].capitalized || !before.capitalized || isTitleHead(before.text) || (isTitleModifier(before.text) && !knownType(before.text))) return 0;
  const words = tokens.slice(k, end).map((t) => t.text);
  if (!words.some(isTitleHead)) return 0;
  if (isTitleOnly(words)) return words.length;
  const length = titleLength(words);
  return length > 0 && tokens.slice(k + length, end).every((t) => t.capitalized) ? length : 0;
}

const STORM = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tornado)$/;

// Who works "at" a body: "an analyst at Gartner", "chief economist at Nomura" (the tagger, reading "at",
// takes them for places).
const STAFF_AT = /^(?:analysts?|economists?|strategists?|traders?|dealers?|researchers?|bankers?|executives?|directors?|managers?|partners?|professors?|lecturers?|scientists?|engineers?|spokes(?:man|woman|person)|officials?|employees?|staff)$/i;
const workplaceAt = (tokens: readonly Token[], from: number): boolean => tokens[from - 1]?.text === 'at' && STAFF_AT.test(tokens[from - 2]?.text ?? '');

// Words of a title's domain after its "of" that are no title modifiers: "Chief of Staff", "Minister of Foreign Affairs".
const DOMAIN_WORDS = /^(?:Staff|Affairs|Interior|Treasury|Homeland|Transportation|Agriculture|Commerce|Veterans)$/;

/**
 * Where a person's name begins in a span that opens with a title's domain right after the title's head
 * and "of" ("Secretary of | State Condoleezza Rice"): after the domain's words, when a capitalised word is
 * left; else undefined.
 */
function titleDomainEnd(tokens: readonly Token[], from: number, to: number): number | undefined {
  let of = from - 1;
  if (key(tokens[of]?.text ?? '') === 'the') of--;
  if (key(tokens[of]?.text ?? '') !== 'of' || !isCapitalisedHead(tokens[of - 1])) return undefined;
  let k = from;
  while (k < to && isDomainWord(tokens[k])) k++;
  return k > from && k < to && tokens[k].kind === 'word' && tokens[k].capitalized && !isTitleHead(tokens[k].text) ? k : undefined;
}

/**
 * Whether the span opens a sentence with an ordinary word ("Rival", "Competitor") before an acronym or a
 * known organisation, and is itself no name the lists know: a name that begins with an ordinary word goes
 * on with words that are no name alone ("General Motors", "Apple Computer", "Chase Manhattan").
 */
function commonWordBeforeBody(text: string, tokens: readonly Token[], from: number, to: number): boolean {
  const first = tokens[from];
  if (!first.sentenceStart || first.allCaps || !isCommonWord(first.text) || isDemonym(first.text) || isCompass(first.text) || isTitleHead(first.text) || isTitleModifier(first.text)) return false;
  const rest = tokens.slice(from + 1, to);
  const restText = text.slice(rest[0].start, rest[rest.length - 1].end);
  if (knownType(text.slice(first.start, rest[rest.length - 1].end))) return false;
  return (rest.length === 1 && /^\p{Lu}{2,}$/u.test(restText)) || knownType(restText) === 'organization';
}

/** "throughout the U.S. The company went public": an abbreviation's period ended the sentence before "The". */
const sentenceBeginsAt = (tokens: readonly Token[], k: number) => k > 0 && /^(?:The|A|An)$/.test(tokens[k].text) && tokens[k].spaceBefore && tokens[k - 1].text.endsWith('.');

/** "and" before "The" joins two names: "The New York Times and The Economist". */
const andAnotherName = (tokens: readonly Token[], k: number) => tokens[k].text === 'and' && /^the$/i.test(tokens[k + 1]?.text ?? '');

// Written in lower case between words, these end a name where the tagger ran two together; "of", "for",
// "and" are left out, as names hold them ("Bank of England", "Council for Trade", "Trinidad and Tobago").
// In a title-case headline they are capitalised ("Ceasefire in Energy and Infrastructure Amid Russia-Ukraine
// Conflict"): there, a capitalised one breaks a name too.
const NAME_BREAKS = new Set(['in', 'from', 'at', 'to', 'near', 'with', 'against', 'after', 'before', 'by', 'into', 'over', 'under', 'amid', 'despite', 'during', 'via']);
const isNameBreak = (token: Token, headline = false) =>
  token.spaceBefore && token.kind === 'word' && (NAME_BREAKS.has(token.text) || (headline && !token.allCaps && NAME_BREAKS.has(token.text.toLowerCase())));
/** The breaks after which a name is a place: "in Jacksonville", "from Torino". */
const PLACE_BREAKS = new Set(['in', 'from', 'at', 'to', 'near']);
/** The words that join a formal name, which keeps its breaks: "Organisation for Security and Cooperation in Europe". */
const FORMAL_JOINS = new Set(['of', 'for', 'and', 'on']);
const LOWER_CASE_WORD = /^\p{Ll}+$/u;
/** Words after a leader's name that make a body of it: "the Trump administration", "the Putin government". */
const BODIES_OF_LEADERS = new Set(['administration', 'government', 'presidency', 'era', 'camp', 'campaign', 'cabinet', 'regime']);
// Of those, the ones only a person leads, even when the tagger ended the name before them ("The Obama
// administration"; a city or a party has a government too).
const TERMS_OF_LEADERS = new Set(['administration', 'presidency', 'era']);

// Written in lower case right after a name, these say it is an organisation's: "the Hamas group", "Liberte
// newspaper said".
const ORGANISATION_NOUNS_AFTER = new Set(['newspaper', 'daily', 'agency', 'airline', 'group', 'party', 'movement', 'band', 'bank', 'firm']);
/** Whether such a noun stands at `at`, perhaps after "news" ("Antara news agency"). */
function isOrganisationNounAfter(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at]?.text === 'news' ? tokens[at + 1] : tokens[at];
  return noun !== undefined && noun.kind === 'word' && ORGANISATION_NOUNS_AFTER.has(noun.text);
}

const PLACE_NOUNS_AFTER = new Set(['tunnel', 'airport', 'river', 'bridge', 'region', 'province', 'district', 'valley', 'island', 'peninsula', 'canal', 'highway', 'enclave']);
const isPlaceNounAfter = (token: Token | undefined) => token !== undefined && token.kind === 'word' && PLACE_NOUNS_AFTER.has(token.text);
// Written in lower case before "of", these make places of the names after it: "the cities of Nelson and
// Christchurch", "the village of Donje Ljupce", "south of Maryborough".
const PLACE_NOUNS_OF = new Set([
  'city', 'cities', 'town', 'towns', 'village', 'villages', 'province', 'provinces', 'region', 'regions', 'district', 'districts', 'island',
  'islands', 'port', 'municipality', 'county', 'counties', 'suburb', 'suburbs', 'outskirts', 'north', 'south', 'east', 'west', 'northeast',
  'northwest', 'southeast', 'southwest',
]);
// Before "from", these make a place of the name after it: "15 km from Monte Carlo".
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'miles', 'metres', 'meters']);
const LIST_JOINS = new Set([',', 'and', 'or']);

// Words of sports reports. A document that writes three of them reports sport, where a town's name is
// mostly its team's.
const SPORT_WORDS = [
  'match', 'matches', 'beat', 'beaten', 'season', 'coach', 'goal', 'goals', 'striker', 'midfielder', 'defender', 'innings', 'wicket',
  'wickets', 'league', 'cup', 'championship', 'championships', 'tournament', 'inning', 'pitcher', 'homer', 'homers', 'touchdown',
  'quarterback', 'seeded', 'halftime', 'half-time', 'scorers', 'squad', 'champions', 'club', 'clubs', 'game', 'games', 'victory',
  'defeat', 'draw', 'drew', 'player', 'players', 'scored', 'score', 'scoring', 'soccer', 'football', 'cricket', 'tennis', 'golf',
  'rugby', 'baseball', 'basketball', 'hockey', 'race', 'races', 'lap', 'laps', 'medal', 'medals', 'olympic', 'olympics', 'final',
  'finals', 'semifinal', 'semi-final', 'quarter-final', 'quarterfinal', 'stadium', 'title', 'fans', 'team', 'teams', 'win', 'won',
  'racing', 'runs', 'batsman', 'bowler', 'bowling', 'batting', 'pitch', 'division', 'goalscorers', 'fixtures', 'referee', 'penalty',
  'playoff', 'playoffs', 'standings', 'champion', 'semifinals', 'semi-finals', 'midfield', 'jockey', 'athletics', 'cyclist', 'rider',
  'riders', 'sprinter', 'left-back', 'right-back', 'goalkeeper', 'unbeaten', 'aggregate',
];
const SPORT_EVIDENCE = 3;
const sportReports = new WeakMap<DocumentEvidence, boolean>();
const sportByTokens = new WeakMap<readonly Token[], boolean>();

/**
 * Whether the article reports sport: three words of SPORT_WORDS, or three scores ("4-38", "2-1") or two
 * fixtures ("Birmingham v Barnsley"), as a results table has without a word of prose. Remembered with the
 * article's tokens.
 */
export function reportsSportIn(tokens: readonly Token[]): boolean {
  const known = sportByTokens.get(tokens);
  if (known !== undefined) return known;
  const lowercase = wordsInLowercase(tokens);
  let words = 0;
  for (const word of SPORT_WORDS) if (lowercase.has(word)) words++;
  let scores = 0;
  for (let i = 0; i + 2 < tokens.length && words < SPORT_EVIDENCE && scores < SPORT_EVIDENCE; i++) {
    const middle = tokens[i + 1].text;
    if (middle === '-' && tokens[i].kind === 'number' && tokens[i + 2].kind === 'number' && tokens[i].text.length <= 3 && tokens[i + 2].text.length <= 3) scores++;
    // A fixture: "Birmingham v Barnsley"; two make a sports report (one may be a court's case, "Roe v Wade").
    else if ((middle === 'v' || middle === 'vs' || middle === 'vs.') && tokens[i].capitalized && tokens[i + 2].capitalized) scores += 1.5;
  }
  const sport = words >= SPORT_EVIDENCE || scores >= SPORT_EVIDENCE;
  sportByTokens.set(tokens, sport);
  return sport;
}

const reportsSport = (evidence: DocumentEvidence) => sportReports.get(evidence) ?? false;

/**
 * Whether the words before the name at tokens [from, to) make a place of it, directly or through a list of
 * names ("the provinces of Maniema, Shaba and Bandundu"; not "south of Algiers, Liberte newspaper said").
 */
function placeByWordsBefore(tokens: readonly Token[], from: number, to: number): boolean {
  const joined = tokens[from - 1]?.text;
  if (joined === ',' && !listGoesOn(tokens, to)) return false;
  let k = from - 1;
  if (LIST_JOINS.has(joined ?? '')) {
    // Back over the list the name ends.
    while (k > 0 && from - k < 30 && (LIST_JOINS.has(tokens[k].text) || (tokens[k].kind === 'word' && tokens[k].capitalized) || tokens[k].text === '.')) k--;
  }
  const word = tokens[k];
  const before = tokens[k - 1];
  if (!word || !before || before.kind !== 'word') return false;
  if (word.text === 'of') return PLACE_NOUNS_OF.has(before.text);
  return k === from - 1 && word.text === 'from' && DISTANCE_UNITS.has(before.text);
}

/** Whether a list goes on after token `to` to its "and" or "or": names and commas up to it. */
function listGoesOn(tokens: readonly Token[], to: number): boolean {
  for (let k = to; k < tokens.length && k - to < 30; k++) {
    const t = tokens[k];
    if (t.text === 'and' || t.text === 'or') return true;
    if (t.text !== ',' && t.text !== '.' && !(t.kind === 'word' && t.capitalized)) return false;
  }
  return false;
}

// Words that end the names of bodies, never of places ("Miami Herald", "Zimbabwe Football Association"); a
// country can be a union or a federation, a building a centre or a hospital.
const BODY_HEADS = new Set(['association', 'university', 'organisation', 'organization', 'group', 'herald', 'times', 'journal', 'gazette', 'tribune', 'bank', 'board', 'council', 'committee', 'commission', 'party', 'agency', 'airlines', 'airways', 'corporation', 'company', 'fund', 'foundation', 'institute', 'authority', 'ministry', 'bureau']);

// Before "of" and a place, these make one name with it: "People's Republic of China", "Duke of Norfolk",
// "World Cup of Golf".
const STATES_AND_TITLES = new Set(['republic', 'kingdom', 'emirate', 'emirates', 'state', 'states', 'city', 'commonwealth', 'principality', 'sultanate', 'duke', 'duchess', 'earl', 'prince', 'princess', 'king', 'queen', 'archbishop', 'bishop', 'cup']);

/** A word that ends a body's name and nothing else's (BODY_HEADS), or a legal form. */
const endsBodyName = (word: string) => BODY_HEADS.has(word.toLowerCase()) || isCompanySuffix(word);
// What a movement calls itself: with BODY_HEADS, the words that make a body of what the tagger took for a
// miscellaneous name ("Islamic Salvation Front", "Democratic Front for Peace"). Not "League" or "Cup":
// competitions are not bodies.
const MOVEMENT_HEADS = new Set(['front', 'movement']);
/** A capitalised name with a body's head at its end or before "of"/"for". */
function isBodyName(span: readonly Token[]): boolean {
  if (span.length < 2 || !span.every((t) => t.kind !== 'word' || t.capitalized || FORMAL_JOINS.has(t.text))) return false;
  for (let k = 1; k < span.length; k++) {
    const word = span[k].text;
    if ((k === span.length - 1 || span[k + 1].text === 'of' || span[k + 1].text === 'for') && (endsBodyName(word) || MOVEMENT_HEADS.has(word.toLowerCase()))) return true;
  }
  return false;
}

// Words that end organisations' names and people's: "Frank Church", "Emily Post".
const SURNAME_HEADS = new Set(['church', 'post', 'press', 'union', 'guild', 'hall']);

// Players' positions, and what one team does to another.
const PLAYING_POSITIONS = new Set(['striker', 'forward', 'midfielder', 'defender', 'goalkeeper', 'keeper', 'winger', 'playmaker', 'fullback', 'pitcher', 'catcher', 'shortstop', 'outfielder', 'infielder', 'quarterback', 'batsman', 'bowler', 'spinner', 'off-spinner', 'all-rounder', 'opener', 'captain', 'coach']);
const BEATING_VERBS = new Set(['beat', 'beats', 'defeated', 'defeats', 'edged', 'routed', 'thrashed', 'downed', 'blanked', 'swept', 'outlasted', 'trounced', 'overpowered', 'hammered']);
const BEATING_PHRASES = new Set(['lost to', 'lose to', 'loses to', 'loss to', 'drew with', 'draw with', 'victory over', 'win over', 'wins over', 'sweep of']);

/** Whether the name at tokens [from, to) stands where a team does: before a player's position, or beating or beaten. */
function playsAsTeam(tokens: readonly Token[], from: number, to: number): boolean {
  const after = tokens[to]?.text;
  const before = tokens[from - 1]?.text;
  return (
    (after !== undefined && (PLAYING_POSITIONS.has(after) || BEATING_VERBS.has(after))) ||
    (before !== undefined && BEATING_VERBS.has(before)) ||
    (from >= 2 && BEATING_PHRASES.has(`${tokens[from - 2].text} ${before}`))
  );
}

/** A noun of ORGANISATION_NOUNS (lexicon) before a name, in lower case or capitalised by the sentence's start. */
const isOrganisationNounBefore = (token: Token | undefined) =>
  token !== undefined && token.kind === 'word' && (LOWER_CASE_WORD.test(token.text) || token.sentenceStart) && isOrganisationNoun(token.text);

/** Whether a company's legal form (and its period) stands right before token `k`. */
function afterLegalForm(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text === '.' ? tokens[k - 2] : tokens[k - 1];
  return before !== undefined && isCompanySuffix(before.text);
}

/** "and" after a company's legal form joins two names: "First Bank System Inc. and Norwest Corp.". */
const afterCompany = (tokens: Token[], k: number): boolean => tokens[k].text === 'and' && afterLegalForm(tokens, k);

/** A known first name right after a company's legal form: "Apple Inc. Steve Jobs". */
const personAfterCompany = (tokens: Token[], k: number): boolean => tokens[k].capitalized && isFirstName(tokens[k].text) && afterLegalForm(tokens, k);

/** The tag of a name the tagger ran on into after `preposition`. */
function typeAfter(preposition: string, tokens: Token[]): string | undefined {
  const known = knownType(textOf(tokens));
  return known ? TAG_OF[known] : PLACE_BREAKS.has(preposition) ? 'LOC' : undefined;
}

// A verb in the singular after a name makes the name something that acts: "Airbus has", "Boeing says".
const ACTING_VERBS = new Set([
  'has', 'had', 'is', 'was', 'says', 'said', 'announced', 'announces', 'will', 'would', 'plans', 'planned', 'told', 'reported', 'expects', 'expected', 'wants',
  'wins', 'won', 'signed', 'signs', 'agreed', 'agrees', 'delivered', 'delivers', 'offers', 'offered', 'sold', 'sells', 'bought', 'buys', 'unveiled',
  'unveils', 'launched', 'launches', 'received', 'receives', 'confirmed', 'confirms', 'denied', 'denies', 'declined', 'hopes', 'employs', 'cut', 'cuts',
  'posted', 'posts', 'raised', 'raises', 'lost', 'loses', 'faces', 'faced', 'built', 'builds', 'ordered', 'orders',
]);

/**
 * One-word names the tagger calls miscellaneous (products, events, nationalities) that the article makes the
 * subject of a verb in the singular: companies, which the training data often labels by their products
 * ("Airbus" planes). Every mention of such a word in the article is then an organisation.
 */
function actingMiscWords(sentences: readonly Sentence[], labelled: ReadonlyArray<readonly string[]>): Set<string> {
  const actors = new Set<string>();
  sentences.forEach((sentence, k) => {
    const labels = labelled[k];
    for (let i = 0; i + 1 < labels.length; i++) {
      if (labels[i] !== 'B-MISC' || labels[i + 1] === 'I-MISC') continue;
      const word = sentence.tokens[i].text;
      if (ACTING_VERBS.has(sentence.tokens[i + 1].text) && !isDemonym(word) && !knownType(word)) actors.add(word);
    }
  });
  return actors;
}

/** A common word of English, or one the article itself writes in lower case; org and place heads excepted. */
function isPlainWord(word: string, evidence: DocumentEvidence): boolean {
  if (isOrgHead(word) || isPlaceHead(word) || /^\p{Lu}{2,}$/u.test(word) || /\d/.test(word)) return false;
  return isCommonWord(word) || evidence.lowercase.has(word.toLowerCase());
}

const FLIGHT = /^Flight$/i;
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;
const EVENT_NOUNS = /^(summit|summits|conflict|ceasefire|war|crisis|talks|agreement|deal|visit|meeting|relations|ties|dispute|policy|elections?|referendum|accord|treaty|initiative|agenda|cooperation|partnership|strategy|invasion|offensive|sanctions)$/i;

/** A line whose words are nearly all capitalised but not in capitals throughout: a headline or a title. */
function isTitleCase(tokens: Token[]): boolean {
  let words = 0;
  let capitalized = 0;
  let allCaps = true;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    words++;
    if (t.capitalized) capitalized++;
    if (!t.allCaps && t.text.length !== 1) allCaps = false;
  }
  return words >= 2 && !allCaps && capitalized / words >= 0.6;
}

/** For each token, whether it stands inside a quotation: titles of talks and books are capitalised prose. */
function insideQuotes(tokens: Token[], text: string): boolean[] {
  let open = false;
  return tokens.map((t) => {
    const before = open;
    if (t.text === '“' || t.text === '‘' || t.text === '«') open = true;
    else if (t.text === '”' || t.text === '»') open = false;
    else if (t.text === '’' && !/\p{L}/u.test(text.charAt(t.end))) open = false;
    else if (t.text === '"') open = !open;
    return before && open;
  });
}

const LIST_CONJUNCTIONS = new Set(['and', 'or', 'nor']);

/**
 * A name followed by a comma and the state or country it lies in is a place: "Lockerbie, Scotland", "Troy,
 * Tennessee", "Markham, Ontario-based" (not "Smith, Britain's envoy"; not a name ending in an organisation
 * word: "Michigan National Bank, Detroit"): 'likely'. 'certain' where the place is a country or a region and
 * the name a town of the lists or after a preposition of place ("flown to Toulouse, France", "in Everett,
 * Washington"): then the sentence may go on with a function word ("… at noon"), and even a town that names
 * its team is the place. Not before "and", as a list of teams goes on ("rivals Essex, Derbyshire and Surrey").
 */
function inPlaceOf(tokens: Token[], from: number, to: number, name: string): 'certain' | 'likely' | undefined {
  if (tokens[to]?.text !== ',') return undefined;
  const townOrAfterPreposition = placeKind(name) === 'city' || isPlacePreposition(tokens[from - 1]);
  for (let words = 2; words >= 1; words--) {
    const place = tokens.slice(to + 1, to + 1 + words);
    if (place.length < words || place.some((t) => t.kind !== 'word' || !t.capitalized)) continue;
    const placeName = textOf(place);
    if (knownType(placeName) !== 'place') continue;
    const kind = placeKind(placeName);
    const certain = (kind === 'country' || kind === 'region') && townOrAfterPreposition;
    const after = tokens[to + 1 + words];
    // The sentence's end or a punctuation mark that is no possessive.
    if (!after || (after.kind === 'punct' && after.text !== "'" && after.text !== '’')) return certain ? 'certain' : 'likely';
    if (certain && after.kind === 'word' && !after.capitalized && isFunctionWord(after.text) && !LIST_CONJUNCTIONS.has(after.text)) return 'certain';
  }
  return undefined;
}

/** A line of two names and their scores, nothing else: "Wigan 42 Bradford Bulls 36". */
function isTeamResult(tokens: Token[]): boolean {
  if (tokens.length < 4 || tokens[tokens.length - 1].kind !== 'number') return false;
  let i = 0;
  for (let side = 0; side < 2; side++) {
    const start = i;
    while (i < tokens.length && tokens[i].kind !== 'number') i++;
    if (i === start || !tokens[start].capitalized || i === tokens.length) return false;
    i++; // the score
  }
  return i === tokens.length;
}

/**
 * A title word right before a name that begins a company's name with it ("General Motors", "General
 * Electric Co."): the name the lists know, or one that ends in a company's word or legal form.
 */
function titleBeginsCompany(tokens: Token[], from: number, to: number): boolean {
  const title = tokens[from - 1];
  if (!title || title.kind !== 'word' || !title.capitalized || !tokens[from].spaceBefore || !isTitleHead(title.text)) return false;
  const words = tokens.slice(from - 1, to).filter((t) => t.kind === 'word');
  return knownType(textOf(words)) === 'organization' || isOrganisationWord(words[words.length - 1].text);
}

/** `teams`: the span stands in a team result line (isTeamResult), where every name is a team's. */
function emitSpan(text: string, tokens: Token[], from: number, to: number, tag: string, names: RecognizedName[], evidence: DocumentEvidence, headline: boolean, quoted: boolean[], teams = false) {
  // A score between two names of a result line ("Lotte 5 Haitai 2 Samsung 0", a score beside the span too)
  // parts them ("Channel 4 News said" stays one).
  const beside = tokens[from - 1]?.kind === 'number' || tokens[to]?.kind === 'number';
  const score = beside ? tokens.slice(from + 1, to - 1).findIndex((t, k) => t.kind === 'number' && tokens[from + k].kind === 'word' && tokens[from + k + 2].kind === 'word') : -1;
  if (score >= 0) {
    emitSpan(text, tokens, from, from + 1 + score, tag, names, evidence, headline, quoted, teams);
    emitSpan(text, tokens, from + 2 + score, to, tag, names, evidence, headline, quoted, teams);
    return;
  }
  // A name ends in no punctuation, so a bracket at its end is no part of it: "Mladost (BJ)" (a club and its
  // town) is Mladost (not so inside: "Companion Marble (Holdings) Ltd"). What a bracket left open begins is a
  // name of its own when capitalised ("Hizbollah (Party of God", "E.F. (Fritz"), not otherwise ("the Duma
  // (parliament").
  let opened = to - 1;
  while (opened > from && tokens[opened].text !== '(') opened--;
  opened -= from;
  if (opened > 0) {
    const closed = tokens.slice(from + opened, to).some((t) => t.text === ')');
    if (!closed && tokens[from + opened + 1]?.capitalized) emitSpan(text, tokens, from + opened + 1, to, tag, names, evidence, headline, quoted, teams);
    if (!closed || tokens[to - 1].text === ')') to = from + opened;
  }
  // After a title's head and its "of", the title's domain, then the person: the tagger reads "Secretary of
  // [State Condoleezza Rice]", "Chief of [Staff Rahm Emanuel]" as an organisation.
  const domainEnd = titleDomainEnd(tokens, from, to);
  if (domainEnd !== undefined) {
    from = domainEnd;
    tag = 'PER';
    // The tagger may leave the surname out ("Foreign Affairs Sergey" then "Lavrov").
    while (to - from < 3 && tokens[to]?.kind === 'word' && tokens[to].capitalized && tokens[to].spaceBefore && !tokens[to].sentenceStart && !isFunctionWord(tokens[to].text)) to++;
  }
  // A storm's name is no person's: "Hurricane Milton", "Typhoon Haiyan" (CoNLL-2003: MISC).
  if (STORM.test(tokens[from].text) || (STORM.test(tokens[from - 1]?.text ?? '') && tokens[from - 1].capitalized)) return;
  // A person's name ends in no number ("T.O'Gorman 109" in a scorecard).
  while (tag === 'PER' && to > from + 1 && tokens[to - 1].kind === 'number') to--;
  // A hyphenated given name is whole: "Kim In-so", "Li Song-ho".
  if (tag === 'PER') {
    const attached = (t: Token | undefined) => t !== undefined && t.kind === 'word' && !t.spaceBefore && LOWER_CASE_WORD.test(t.text);
    if (tokens[to - 1].text === '-' && attached(tokens[to])) to++;
    while (tokens[to]?.text === '-' && !tokens[to].spaceBefore && attached(tokens[to + 1])) to += 2;
  }
  // No trailing punctuation, possessive or lower-case word in a name ("the Fed's", "the Xinhua news
  // agency"); an initial keeps its period ("S. Jaishankar").
  for (;;) {
    const last = tokens[to - 1];
    if (to > from + 1 && last.text === 's' && !last.spaceBefore && (tokens[to - 2].text === "'" || tokens[to - 2].text === '’')) to -= 2;
    else if (to > from + 1 && last.kind === 'word' && last.spaceBefore && LOWER_CASE_WORD.test(last.text)) {
      // "the Trump administration": the name before it is the leader's.
      if (BODIES_OF_LEADERS.has(last.text)) tag = 'PER';
      to--;
    }
    else if (to > from && last.kind === 'punct' && !(last.text === '.' && to - 1 > from && tokens[to - 2].text.length === 1)) to--;
    else break;
  }
  while (from < to && tokens[from].kind === 'punct') from++;
  // A miscellaneous name before "era" is an age's ("the Soviet era"), not a leader's.
  const term = tokens[to]?.text;
  if ((tag === 'LOC' || tag === 'ORG' || (tag === 'MISC' && term !== 'era')) && to - from <= 2 && TERMS_OF_LEADERS.has(term)) {
    const leader = textOf(tokens.slice(from, to));
    if (!knownType(leader) && !isDemonym(leader)) tag = 'PER';
  }
  // The kind of body, capitalised only because it starts the sentence, is not the name: "Insurer American
  // International Group"; but a body's name that begins with it ("Bank of America").
  if (to - from > 1 && isOrganisationNounBefore(tokens[from]) && !FORMAL_JOINS.has(tokens[from + 1].text)) from++;
  // Nor an ordinary word before a body's acronym or a known organisation: "Rival DNB reports on May 8".
  else if (to - from > 1 && commonWordBeforeBody(text, tokens, from, to)) from++;
  // Nor is a function word capitalised by the sentence's start: "As Russia and India continue …" ("AS Roma",
  // in capitals, keeps its "AS").
  if (to - from > 1 && tokens[from].sentenceStart && isFunctionWord(tokens[from].text) && TITLE_CASE.test(tokens[from].text) && !isNameParticle(tokens[from].text)) from++;
  // A leading "The" is no part of the name, capitalised as it may be ("said The Times"), but in a name the
  // lists know with it ("The Hague").
  if (to - from > 1 && /^the$/i.test(tokens[from].text) && !knownType(text.slice(tokens[from].start, tokens[to - 1].end))) from++;
  if (from >= to) return;
  if (titleBeginsCompany(tokens, from, to)) {
    from--;
    tag = 'ORG';
  }
  let span = tokens.slice(from, to);
  // A flight is its airline's: "Adam Air Flight 574" names the airline Adam Air.
  const flight = span.length > 1 && FLIGHT.test(span[span.length - 1].text) && tokens[from + span.length]?.kind === 'number';
  if (flight) {
    span = span.slice(0, -1);
    tag = 'ORG';
  }
  const type = TYPE_OF[tag];
  // The span's phrase is asked for several times over: made once per span.
  let phrased: Token[] | undefined;
  let phrasedText = '';
  const phrase = (ts: Token[]) => (ts === phrased ? phrasedText : ((phrased = ts), (phrasedText = textOf(ts))));
  // Words for events after a name are not part of it: "Ukraine Conflict", "Russia-India Summit". What is
  // left must be names the lists know: "Strategic Partnership" names no "Strategic".
  if (type !== 'person') {
    const whole = span.length;
    while (span.length > 1 && EVENT_NOUNS.test(span[span.length - 1].text) && !knownType(phrase(span))) span = span.slice(0, -1);
    while (span.length > 0 && span[span.length - 1].kind === 'punct') span = span.slice(0, -1);
    if (span.length < whole && span.length > 0 && !splitAtHyphens(span).every((part) => knownType(textOf(part)))) return;
  }
  // In a title-case headline every word is capitalised: there, ordinary words ("Expanding Economic and
  // Strategic Cooperation", "Gratitude") name nothing. All-capitals lines are left to the tagger, which
  // learnt them.
  if (span.length === 0) return;
  // A lone letter names nothing; a letter before a known place is noise ("B Norway").
  if (span.length === 1 && span[0].text.length === 1) return;
  if (span[0].text.length === 1 && span[1]?.text !== '.' && knownType(phrase(span.slice(1)))) span = span.slice(1);
  // "External Affairs" before "Minister" is part of a title, not an organisation.
  const next = tokens[to];
  if (next && isTitleHead(next.text) && span.every((t) => (isTitleModifier(t.text) || isTitleHead(t.text)) && !knownType(t.text) && !isDemonym(t.text))) return;
  if (span.every((t) => t.kind !== 'word' || isPlainWord(t.text, evidence)) && !knownType(phrase(span)) && (headline || quoted[from])) return;
  // An ordinary word that starts a sentence before a lower-case one, and that the article never capitalises
  // elsewhere, is the start of a noun phrase: "Marathon talks", "Practice times".
  if (span.length === 1 && span[0].sentenceStart && tokens[to]?.kind === 'word' && LOWER_CASE_WORD.test(tokens[to].text) && isPlainWord(span[0].text, evidence) && !evidence.capitalizedInside.has(span[0].text.toLowerCase()) && !knownType(span[0].text)) return;
  // A title-case headline quoted in prose ("… 'Agree' on Immediate Ceasefire in Energy and Infrastructure"):
  // an organisation there needs a word that makes one (a head such as "Council", an acronym, a known name).
  if (headline && type === 'organization' && span.length > 2 && !knownType(phrase(span)) && !isBodyName(span) && !span.some((t) => isOrgHead(t.text) || t.allCaps || knownType(t.text))) return;
  // Hyphenated places are separate names: "India-Russia" is India and Russia, whatever the tag said.
  const parts = splitAtHyphens(span);
  if (parts.length > 1 && parts.every((p) => knownType(textOf(p)) === 'place')) {
    for (const p of parts) names.push(nameOf(text, p, 'place'));
    return;
  }
  // Two names the lists know, joined by "and", are two ("Toyota and Honda"), unless the whole is known
  // ("Trinidad and Tobago"); an acronym counts as known there, as an organisation's ("USAF and Boeing").
  const joined = splitAt(span, (t) => t.text === 'and');
  const typeOfPart = (part: Token[]) => knownType(textOf(part)) ?? (part.length === 1 && part[0].allCaps ? 'organization' : undefined);
  if (joined.length > 1 && !knownType(phrase(span)) && joined.every((p) => typeOfPart(p))) {
    for (const p of joined) names.push(nameOf(text, p, typeOfPart(p)!));
    return;
  }
  // A team or a company of a country is two names: "Olympiakos of Greece", "Benetton of Italy" (not "Bank
  // of England", whose first part is a body's name of its own kind).
  const of = span.findIndex((t) => t.text === 'of');
  // So is a person "of" a country or a town: "King Hussein of Jordan", "Iva Majoli of Croatia".
  if (type === 'person' && of > 0) {
    const place = span.slice(of + (/^the$/i.test(span[of + 1]?.text ?? '') ? 2 : 1));
    if (place.length > 0 && knownType(textOf(place)) === 'place') {
      // Each part read as a name of its own, so that the person keeps the title before them.
      emitSpan(text, tokens, from, tokens.indexOf(span[of]), tag, names, evidence, headline, quoted, teams);
      emitSpan(text, tokens, tokens.indexOf(place[0]), tokens.indexOf(place[place.length - 1]) + 1, 'LOC', names, evidence, headline, quoted, teams);
      return;
    }
  }
  if (type === 'organization' && of > 0 && !knownType(phrase(span)) && !isOrganisationWord(span[of - 1].text) && !isPlaceHead(span[of - 1].text) && !STATES_AND_TITLES.has(span[of - 1].text.toLowerCase()) && knownType(textOf(span.slice(of + 1))) === 'place') {
    names.push(nameOf(text, span.slice(0, of), 'organization'), nameOf(text, span.slice(of + 1), 'place'));
    return;
  }
  // The word lists outrank the tagger when it calls a known place or organisation a person ("Latin
  // America"); not otherwise, since places name teams and companies ("Somerset beat Kent").
  const unhyphenated = phrase(span.filter((t) => t.text !== '-'));
  const known = knownType(unhyphenated);
  // Only the lexicon's names outrank a person: a country of the geography list is a surname too often
  // ("Neil Jordan", then "Jordan said").
  const listed = known && listedType(unhyphenated);
  // A title before a name makes it a person's, whatever the tagger said ("Minister S. Jaishankar").
  const first = from + (span[0].start > tokens[from].start ? tokens.slice(from, to).indexOf(span[0]) : 0);
  const title = known ? undefined : titleBefore(text, tokens, first);
  // Our own lists are certain enough to overrule the tagger's type.
  const curated = curatedType(phrase(span)) ?? (isRuleOrganisation(phrase(span)) ? 'organization' : undefined);
  const lastWord = span[span.length - 1].text;
  // A known first name and a surname are a person even where the tagger hesitated ("Jón Einarsson").
  const words = span.filter((t) => t.kind === 'word');
  const personShaped = !known && words.length >= 2 && words.length <= 3 && isFirstName(words[0].text) && !isCommonWord(words[0].text) && !isOrganisationWord(lastWord) && !isPlaceHead(lastWord);
  // A score beside the name: a team in a result or a table line ("Montrose 2 Ross County 1"), whatever
  // place it is named after.
  const inResultLine = tokens[to]?.kind === 'number' || tokens[from - 1]?.kind === 'number';
  // A company's legal form ends no person's name, whatever the tagger read ("Pirelli SpA").
  // So does a word that ends an organisation's name ("Muslim Commercial Bank"), but for a few that are surnames too.
  const company = type === 'person' && span.length > 1 && isOrganisationWord(lastWord) && !SURNAME_HEADS.has(lastWord.toLowerCase());
  const described = tag !== 'MISC' && !personShaped && (isOrganisationNounBefore(tokens[from - 1]) || isOrganisationNounAfter(tokens, to) || (known !== 'place' && workplaceAt(tokens, from)));
  // A lower-case noun of places right after the name: "the Salang tunnel", "the Nagorno-Karabakh region".
  const placeNounAfter = !known && !personShaped && isPlaceNounAfter(tokens[to]) && !span.some((t) => isDemonym(t.text));
  // A town or a region that plays is its team: "Norwich striker Keith O'Neill", "Seattle beat Boston"; a
  // country that plays stays a place, as national teams are written.
  const placeOf = inPlaceOf(tokens, first, to, phrase(span));
  const playingTeam = curated === undefined && (type === 'place' || known === 'place') && playsAsTeam(tokens, from, to) && !isCountry(phrase(span));
  // A place the lists know, which the tagger took for a team or a company, is the place outside sports
  // reports ("offices at Barcelona, Bilbao and Madrid", "the Montreal stock exchange"); in prose only, as
  // a table's line or a line in capitals lists teams as often.
  const placeOutsideSport = type === 'organization' && known === 'place' && !reportsSport(evidence) && !inResultLine && !span.every((t) => t.allCaps || t.kind !== 'word');
  // Names only: "in the region of US$ 140bn" is an amount.
  const placeBefore = !known && span.every((t) => t.kind === 'word' || t.text === '.' || t.text === '-') && placeByWordsBefore(tokens, from, to);
  const finalType =
    curated ??
    (placeBefore ? 'place' : undefined) ??
    (company || (teams && tag !== 'MISC') || described || playingTeam || flight || (tag === 'MISC' && isBodyName(span)) ? 'organization' : undefined) ??
    (placeNounAfter || placeOutsideSport ? 'place' : undefined) ??
    (placeOf && type !== undefined && !isOrgHead(lastWord) && (!known || (known === 'place' && placeOf === 'certain' && !inResultLine)) ? 'place' : undefined) ??
    ((title || personShaped) && type ? 'person' : type === 'person' && listed ? listed : type === 'organization' && (isPlaceHead(lastWord) || (of === 1 && isPlaceHead(span[0].text))) && span.length > 1 && !inResultLine ? 'place' : type === 'place' && !known && span.length > 1 && endsBodyName(lastWord) ? 'organization' : type ?? (tag === 'MISC' ? undefined : known));
  if (!finalType) return;
  // "Apple Inc. Steve Jobs", "U.S. Jobs": a company or a place the tagger ran into a person's name.
  if (finalType === 'person' && span.length > 1) {
    const firstName = span.findIndex((t, k) => k > 0 && t.kind === 'word' && isFirstName(t.text));
    // The lexicon's names only: a country of the geography list is a given name too ("Chad Ogea").
    if (firstName > 0 && span.slice(0, firstName).some((t) => t.kind === 'word' && (listedType(t.text) || isOrgHead(t.text.replace(/\.$/, '')) || /^(inc|corp|co|ltd)\.?$/i.test(t.text)))) span = span.slice(firstName);
    else if (span[0].kind === 'word' && listedType(span[0].text) && span.length > 1 && !knownType(phrase(span))) span = span.slice(1).filter((t, k) => k > 0 || t.kind === 'word');
  }
  // "Mayor Andris Kalnins": a title the tagger took into the name goes back to the title.
  let leadingTitle: string | undefined;
  let nameType: EntityType = finalType;
  if (finalType === 'person') {
    const words = span.filter((t) => t.kind === 'word').map((t) => t.text);
    const n = titleLength(words);
    if (n > 0 && n < words.length) {
      const cut = span.indexOf(span.filter((t) => t.kind === 'word')[n]);
      leadingTitle = text.slice(span[0].start, span[cut - 1].end);
      span = span.slice(cut);
    }
  }
  if (!leadingTitle && (finalType === 'person' || finalType === 'organization')) {
    // "Federal Air Traffic Control Administration Director Branko Bilbija", "Chicago Cardinal Joseph
    // Bernardin": a title after where the person works or serves, which is a name of its own.
    const head = lastIndexWhere(span, (t, k) => k > 0 && k < span.length - 1 && t.kind === 'word' && t.capitalized && isTitleHead(t.text));
    const personAfter = head > 0 && (finalType === 'person' || isFirstName(span[head + 1].text));
    if (personAfter) {
      const before = span.slice(0, head);
      const beforeType = knownType(phrase(before)) ?? (finalType === 'organization' || isOrgHead(before[before.length - 1].text) ? 'organization' : undefined);
      if (beforeType) {
        names.push(nameOf(text, before, beforeType));
        leadingTitle = text.slice(span[0].start, span[head].end);
        span = span.slice(head + 1);
        nameType = 'person';
      }
    }
  }
  const name = nameOf(text, span, nameType);
  if (nameType === 'person' && (title || leadingTitle)) name.title = leadingTitle ?? title;
  // "Toulouse, France" says what the town Toulouse is as surely as "carrier Aeroflot" says what Aeroflot is
  // (an unknown name is left to the article's votes: "at Jayark, New York" is a company's address).
  if ((described && nameType === 'organization') || (placeOf === 'certain' && nameType === 'place' && known === 'place')) name.described = true;
  names.push(name);
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T, index: number) => boolean): number {
  for (let k = items.length - 1; k >= 0; k--) if (test(items[k], k)) return k;
  return -1;
}

function nameOf(text: string, span: Token[], type: EntityType): RecognizedName {
  const start = span[0].start;
  const end = span[span.length - 1].end;
  return { start, end, text: text.slice(start, end), type, words: span.filter((t) => t.kind !== 'punct').map((t) => t.text) };
}

/** The parts of a span between the tokens that `separates` (the separators left out). */
function splitAt(span: Token[], separates: (token: Token) => boolean): Token[][] {
  const parts: Token[][] = [[]];
  for (const t of span) {
    if (separates(t)) parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts.filter((p) => p.length > 0);
}

const splitAtHyphens = (span: Token[]) => splitAt(span, (t) => t.text === '-' && !t.spaceBefore);

/** "Russian Foreign Minister" before "Sergey Lavrov", "Kremlin aide" before "Yury Ushakov". */
function titleBefore(text: string, tokens: Token[], index: number): string | undefined {
  let end = index;
  // Skip an acronym of the title in parentheses: "External Affairs Minister (EAM) S. Jaishankar".
  if (tokens[end - 1]?.text === ')' && tokens[end - 3]?.text === '(') end -= 3;
  // "Dr." and "Mr." end in their period.
  if (tokens[end - 1]?.text === '.' && tokens[end - 2] && tokens[end - 2].end === tokens[end - 1].start) end -= 1;
  // A head's "of" and what it holds: "Secretary of State", "Minister of Foreign Affairs", "Chief of Staff".
  const of = ofTitleEnd(tokens, end);
  const last = tokens[of ?? end - 1];
  if (!last || last.kind !== 'word' || !(isTitleHead(last.text) || isLowerTitleHead(last.text))) return undefined;
  // Before a title in lower case, capitalised words name where the person works ("White House spokesman",
  // "Kremlin aide"); not before a capitalised one ("But Palestinian President" is no title of a "But").
  const workplaceBefore = isLowerTitleHead(last.text) && /^\p{Ll}/u.test(last.text);
  const headAt = of ?? end - 1;
  let start = headAt;
  while (start > 0 && headAt - start < 5) {
    const t = tokens[start - 1];
    if (t.line !== last.line) break;
    // A hyphen inside a word of the title: "Secretary-General".
    if (t.text === '-' && !t.spaceBefore && !tokens[start].spaceBefore && tokens[start - 2]?.kind === 'word') {
      start--;
      continue;
    }
    if (t.kind !== 'word') break;
    const fits = isTitleHead(t.text) || isTitleModifier(t.text) || (key(t.text) === 'of' && start < end - 1) || (workplaceBefore && t.capitalized && !/^(the|a|an)$/i.test(t.text) && !isFunctionWord(t.text) && !/ing$/.test(t.text));
    if (!fits) break;
    start--;
  }
  // An "of" joins words of a title ("Minister of Defence"), it does not begin one; nor does a hyphen whose
  // word before is none of the title's ("ex-General").
  while (start < end - 1 && (key(tokens[start].text) === 'of' || tokens[start].text === '-')) start++;
  const titleEnd = of !== undefined ? tokens[end - 1].end : tokens[index - 1]?.text === '.' && index - 1 === end ? tokens[end].end : last.end;
  return text.slice(tokens[start].start, titleEnd);
}

/**
 * Where a title ending in its head's "of" and a capitalised domain stands right before `end` ("Secretary of
 * State", "Minister of Foreign Affairs", "Chief of the General Staff"): the index of the head; else undefined.
 */
function ofTitleEnd(tokens: readonly Token[], end: number): number | undefined {
  let k = end - 1;
  while (k > end - 4 && k >= 0 && tokens[k].capitalized && isDomainWord(tokens[k])) k--;
  if (k === end - 1 || k < 1) return undefined;
  if (key(tokens[k].text) === 'the') k--;
  if (key(tokens[k]?.text ?? '') !== 'of') return undefined;
  return isCapitalisedHead(tokens[k - 1]) && tokens[k - 1].line === tokens[end - 1].line ? k - 1 : undefined;
}

const isDomainWord = (t: Token) => t.kind === 'word' && (DOMAIN_WORDS.test(t.text) || (isTitleModifier(t.text) && !knownType(t.text)));
const isCapitalisedHead = (t: Token | undefined) => t !== undefined && t.kind === 'word' && t.capitalized && (isTitleHead(t.text) || isLowerTitleHead(t.text));

/** An acronym in parentheses right after a name abbreviates it: "Shanghai Cooperation Organisation (SCO)". */
function linkAcronyms(tokens: Token[], names: RecognizedName[]): Array<[RecognizedName, RecognizedName]> {
  // Made when the first "(" + word + ")" comes: most articles have none.
  let byEnd: Map<number, RecognizedName> | undefined;
  const links: Array<[RecognizedName, RecognizedName]> = [];
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].text !== '(' || tokens[i + 2].text !== ')') continue;
    const acronym = tokens[i + 1];
    if (acronym.kind !== 'word' || !/^\p{Lu}[\p{Lu}\p{N}&.]{1,9}$/u.test(acronym.text)) continue;
    byEnd ??= new Map(names.map((n) => [n.end, n]));
    // An abbreviation's period may stand outside the name: "General Motors Corp. (GM)".
    const target = byEnd.get(tokens[i - 1].end) ?? (tokens[i - 1].text === '.' && tokens[i - 1].start === tokens[i - 2]?.end ? byEnd.get(tokens[i - 2].end) : undefined);
    if (!target || !acronymFits(acronym.text, target.words)) continue;
    let name = names.find((n) => n.start === acronym.start && n.end === acronym.end);
    if (name) name.type = target.type;
    else names.push((name = { start: acronym.start, end: acronym.end, text: acronym.text, type: target.type, words: [acronym.text] }));
    links.push([name, target]);
  }
  return links;
}

/**
 * In a sports report, a club named with its town is one name: "Dynamo Moscow", "Spartak Moscow", where the
 * tagger, knowing the town, ended the club before it. One or two words of a club, one space, a town the
 * lists know, and no capitalised word after it.
 */
export function joinClubsAndTowns(names: RecognizedName[], text: string): RecognizedName[] {
  const joinedAway = new Set<RecognizedName>();
  for (let i = names.length - 2; i >= 0; i--) {
    const [club, town] = [names[i], names[i + 1]];
    if (joinedAway.has(town) || club.type !== 'organization' || club.words.length > 2 || town.type !== 'place' || town.words.length !== 1) continue;
    if (text.slice(club.end, town.start) !== ' ' || knownType(town.text) !== 'place' || knownType(club.text) === 'place') continue;
    if (/^\s+\p{Lu}/u.test(text.slice(town.end, town.end + 3))) continue;
    moveName(club, text, club.start, town.end);
    joinedAway.add(town);
  }
  return joinedAway.size === 0 ? names : keepNames(names, (n) => !joinedAway.has(n));
}

// A body's name may hold a possessive: "Pakistan People's Party", "All Fishermen's Association", "St.
// Mary's Hospital". What follows the "'s": capitalised words (with "of", "for" between), the last a body's
// head.
const POSSESSIVE_BODY = /^['’]s((?:\s+(?:\p{Lu}[\p{L}.-]*|of|for))+)/u;
const PEOPLE_NOUN = /^(?:\p{Lu}\p{Ll}*(?:men|women|ren|ers|ists|ians|ans)|People|Women|Men)$/u;

/** A name followed by "'s" and a body's name is one organisation with it; names inside that tail go. */
export function joinPossessiveBodies(names: RecognizedName[], text: string): RecognizedName[] {
  const joinedAway = new Set<RecognizedName>();
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (joinedAway.has(n) || !possessiveAt(text, n.end)) continue;
    // The owner in a body's name is a people ("People's", "Fishermen's", "Children's") or a saint ("St.
    // Mary's"); another's "'s" is an owner's: "Britain's Labour Party", "Apple's Board".
    const owner = n.words[n.words.length - 1];
    if (!(PEOPLE_NOUN.test(owner) || /^(?:St\.?|Saint)$/.test(n.words[0])) || knownType(owner) !== undefined) continue;
    const tail = POSSESSIVE_BODY.exec(text.slice(n.end, n.end + 80));
    if (!tail) continue;
    // A sentence's period after the head is the sentence's ("… at St. Peter's Basilica.").
    const words = tail[1].trim().replace(/\.$/, '').split(/\s+/);
    while (words.length > 0 && /^(?:of|for)$/.test(words[words.length - 1])) words.pop();
    const last = words[words.length - 1];
    // A building or a square of the saint's is a place: "St. Peter's Basilica", "St. Mark's Square".
    const place = !!last && !isOrgHead(last) && isPlaceHead(last);
    if (!last || !(isOrgHead(last) || place) || words.some((w) => isFunctionWord(w) && !/^(?:of|for)$/.test(w))) continue;
    const end = n.end + 2 + tail[1].lastIndexOf(last) + last.length;
    for (let k = i + 1; k < names.length && names[k].start < end; k++) joinedAway.add(names[k]);
    moveName(n, text, n.start, end);
    n.type = place ? 'place' : 'organization';
    n.title = undefined;
  }
  return joinedAway.size === 0 ? names : keepNames(names, (n) => !joinedAway.has(n));
}

// A maker's name before a model's designation names the product, as both corpora write it ("Airbus A380",
// "Boeing 737-800s", "Porsche 911": CoNLL-2003 and MEANTIME type the whole a product, no organisation):
// letters with digits ("A380", "F-16", "MD-11") anywhere; three digits ("737") only outside sports reports,
// where a club's or a make's score follows its name ("Yamaha 176"), nor after a place's name or before the
// rest of a cricket score ("Derbyshire 471 (J. Adams 123", "Kent 280 and 120-3").
const LETTERED_MODEL = /^\s\p{Lu}{1,3}-?\d{2,4}\p{Lu}?(?:-\d{2,4})?s?(?![\p{L}\p{N}]|[.,-][\p{L}\p{N}]|\s+\d)/u;
// Things numbered after a body's name that are no product: "U.N. Resolution 425", "Air France Flight 447".
const NUMBERED_THING = /^(?:Resolutions?|Flights?|Routes?|Highway|Chapter|Article|Section|Rule|Amendment|Proposition|Bill|Act|Terminal|Gate|Room|Building|Channel|Platform|Pier|Precinct|District|Ward|Division|Group|Class|Local)$/;
const NUMBERED_MODEL = /^\s\d{3}(?:-\d{2,4})?s?(?![\p{L}\p{N}]|[.,-][\p{L}\p{N}]|\s+\d|\s*\(|\s+(?:and|for)\s+\d|\s+(?:all out|declared)\b)/u;

// A market index is named after who compiles it, a product too ("the Dow Jones industrial average", "the
// Nasdaq composite index", "the Nikkei average": CoNLL-2003 types them MISC); a body's own index is the
// body's ("the American Stock Exchange index").
const INDEX_AFTER = /^\s+(?:(?:industrial|composite|stock|share|all-share|blue-chip|benchmark)\s+)?(?:index|indices|average|composite)\b/i;

/**
 * The names less the makers before a model's designation and the compilers before an index's; an operator
 * run together with the maker keeps its name ("the Vnukovo Airlines Tupolev 154": "Vnukovo Airlines").
 */
export function dropProductMakers(names: RecognizedName[], text: string, sport: boolean): RecognizedName[] {
  const isMaker = (n: RecognizedName) => {
    const last = n.words[n.words.length - 1];
    if (n.type !== 'organization' || NUMBERED_THING.test(last)) return false;
    const after = text.slice(n.end, n.end + 24);
    if (INDEX_AFTER.test(after)) return !isOrgHead(last) && !/^Exchange$/i.test(last);
    return LETTERED_MODEL.test(after) || (!sport && knownType(n.text) !== 'place' && NUMBERED_MODEL.test(after));
  };
  const makers = new Set(names.filter(isMaker));
  if (makers.size === 0) return names;
  for (const n of makers) {
    if (n.words.length > 1 && isOrgHead(n.words[n.words.length - 2])) {
      moveName(n, text, n.start, n.start + n.text.lastIndexOf(' '));
      makers.delete(n);
    }
  }
  return keepNames(names, (n) => !makers.has(n));
}

// Arabic names write the article joined to the word with a hyphen ("al-Aqsa", "Hassan el-Turabi", "Jebel
// al-Akhdar"), and some an inner apostrophe before a small letter ("al-Gama'a", "Ba'ath", "Sana'a"): the
// tokens part them from the word, and the tagger, which saw few, leaves them out.
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:[aA]l|[eE]l|ad|an|ar|as|ash|at|az|ed|en|er|es|ul)-$/u;
const INNER_APOSTROPHE = /^['’](?!(?:s|t|d|m|re|ve|ll)(?![\p{L}]))\p{Ll}+/u;

/**
 * A name takes the article joined to it and the letters after an inner apostrophe; a name followed by one
 * that opens with an article is one name with it ("Jebel al-Akhdar"), a person's where the first is a
 * person named by a given name, else an organisation's or a place's if either is one.
 */
export function joinArabicArticles(names: RecognizedName[], text: string): RecognizedName[] {
  let changed = false;
  for (const n of names) {
    const article = ARTICLE_BEFORE.exec(text.slice(Math.max(0, n.start - 5), n.start));
    const apostrophe = INNER_APOSTROPHE.exec(text.slice(n.end, n.end + 20));
    if (!article && !apostrophe) continue;
    const start = article ? n.start - article[0].length + (/^[^\p{L}]/u.test(article[0]) ? 1 : 0) : n.start;
    moveName(n, text, start, n.end + (apostrophe?.[0].length ?? 0));
    changed = true;
  }
  if (!changed) return names;
  const joinedAway = new Set<RecognizedName>();
  for (let i = names.length - 2; i >= 0; i--) {
    const [first, second] = [names[i], names[i + 1]];
    if (joinedAway.has(first) || text.slice(first.end, second.start) !== ' ' || !ARTICLE_BEFORE.test(text.slice(second.start, second.start + 4).replace(/\p{L}+$/u, ''))) continue;
    const types = [first.type, second.type];
    first.type = first.type === 'person' && isFirstName(first.words[0]) ? 'person' : types.includes('organization') ? 'organization' : types.includes('place') ? 'place' : first.type;
    moveName(first, text, first.start, second.end);
    joinedAway.add(second);
  }
  return keepNames(names, (n) => !joinedAway.has(n));
}

/**
 * A person's given name, a middle initial and a name after it are one person: the tagger, which saw few
 * initials inside names, may part "James A. Baker III" into "James" and an organisation "Baker III".
 */
function joinMiddleInitials(text: string, names: RecognizedName[]): void {
  for (let k = 0; k + 1 < names.length; k++) {
    const person = names[k];
    const next = names[k + 1];
    if (person.type !== 'person' || person.words.length !== 1 || next.words.length > 2 || !MIDDLE_INITIAL.test(text.slice(person.end, next.start))) continue;
    moveName(person, text, person.start, next.end);
    names.splice(k + 1, 1);
  }
}
const MIDDLE_INITIAL = /^ \p{Lu}\. $/u;

/**
 * An abbreviation's period may end a sentence: "… a mobile browser in the U.S. Jobs also noted …" names the
 * U.S. and then Jobs, a person the article names in full. A name that begins with a place's or a body's
 * abbreviation and goes on with a person's full name or surname is split there.
 */
function splitAbbreviationBeforePerson(text: string, names: RecognizedName[]): void {
  const people = new Set<string>();
  for (const n of peopleNamedInFull(names)) people.add(n.words[n.words.length - 1]).add(n.words.join(' '));
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    if (n.words.length < 2 || !/^(?:\p{Lu}\.){2,}$/u.test(n.words[0])) continue;
    const rest = n.words.slice(1);
    if (!people.has(rest.join(' ')) && !(rest.length === 1 && people.has(rest[0]))) continue;
    const abbreviation = n.words[0];
    // A place's or a body's abbreviation, not a person's initials ("Justice K.T. Thomas").
    const abbreviated = knownType(abbreviation);
    if (!abbreviated || abbreviated === 'person') continue;
    const restStart = text.indexOf(rest[0], n.start + n.words[0].length);
    names.splice(k, 1,
      { start: n.start, end: n.start + abbreviation.length, text: abbreviation, type: abbreviated, words: [abbreviation] },
      { start: restStart, end: n.end, text: text.slice(restStart, n.end), type: 'person', words: rest },
    );
    k++;
  }
}

/**
 * A person named in full is then named by surname alone: where the tagger passed over such a surname
 * ('" Lebed said' after "Alexander Lebed"), it is added. Not a word the article also writes in lower case
 * ("Green", "Given"), nor one run into other names.
 */
function addSurnamesAlone(tokens: readonly Token[], names: RecognizedName[], evidence: DocumentEvidence): void {
  const surnames = new Set(peopleNamedInFull(names).map((n) => n.words[n.words.length - 1]));
  if (surnames.size === 0) return;
  // In capitals too, as a headline writes them ("LENTINI MOVES TO ATALANTA"), where every word is capitalised.
  const inCapitals = new Set([...surnames].map((s) => s.toUpperCase()));
  let next = 0;
  const added: RecognizedName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.capitalized || t.kind !== 'word' || !(surnames.has(t.text) || (t.allCaps && inCapitals.has(t.text)))) continue;
    while (next < names.length && names[next].end <= t.start) next++;
    if (next < names.length && names[next].start < t.end) continue;
    if (evidence.lowercase.has(t.text.toLowerCase())) continue;
    const runsOn = (u: Token | undefined) => u !== undefined && u.kind === 'word' && u.capitalized && u.line === t.line && !(t.allCaps && u.allCaps);
    if (runsOn(tokens[i - 1]) || runsOn(tokens[i + 1])) continue;
    added.push({ start: t.start, end: t.end, text: t.text, type: 'person', words: [t.text] });
  }
  if (added.length === 0) return;
  names.push(...added);
  names.sort((a, b) => a.start - b.start);
}

const peopleNamedInFull = (names: readonly RecognizedName[]) => names.filter((n) => n.type === 'person' && n.words.length >= 2);

/** Whether "'s" (either apostrophe) stands at `at`, as a word's end. */
function possessiveAt(text: string, at: number): boolean {
  const apostrophe = text.charCodeAt(at);
  return (apostrophe === 39 || apostrophe === 0x2019) && text.charCodeAt(at + 1) === 115 && !/\w/.test(text.charAt(at + 2));
}
// After a possessive comes what is owned; after these the "'s" cannot be one: "Moody's said", "Lloyd's of
// London", "the plum was Boatmen's.".
const NO_POSSESSIVE_AFTER = /^['’]s(?:\s*(?:[.,;:)!?]|$)|\s+(?:of|said|says|was|is|has|had|will|would|also)\b)/;
// Nor, after these, a person's "is" or "has" ("Lloyd's is willing", "Lloyd's of London were"), where "Smith's
// said" may be "Smith has said" and "the car was Smith's." a person's.
const NEITHER_POSSESSIVE_NOR_VERB_AFTER = /^['’]s\s+(?:of\s+\p{Lu}|is|was|were|will|would)\b/u;

/**
 * A company or a place whose "'s" is its name's: "Lloyd's", "Moody's", "Lord's". Its last word is never
 * written without the "'s" in the article, and once at least stands where no possessive can ("Moody's
 * said"): every name ending in that word takes the "'s". Not a name the word lists know bare. A name the
 * tagger took for a person's ("Lloyd", "Sotheby") needs stronger evidence, as the "'s" may be "is" or "has"
 * after a person, and is then a company.
 */
function keepNamesPossessive(text: string, names: RecognizedName[]): void {
  const lastWords = new Map<string, { evidence: boolean; person: boolean }>();
  const namedPeople = new Set<string>();
  for (const n of names) {
    if (!n.type || !possessiveAt(text, n.end)) continue;
    const word = n.words[n.words.length - 1];
    if (word === undefined || !n.text.endsWith(word)) continue;
    const person = n.type === 'person';
    // A given name before it makes a person of it, whatever follows: "Ben Kowalski's was the best record".
    if (person && n.words.length > 1 && isFirstName(n.words[n.words.length - 2])) namedPeople.add(word);
    const seen = lastWords.get(word) ?? { evidence: false, person: false };
    const after = text.slice(n.end, n.end + 14);
    lastWords.set(word, { evidence: seen.evidence || (person ? NEITHER_POSSESSIVE_NOR_VERB_AFTER : NO_POSSESSIVE_AFTER).test(after), person: seen.person || person });
  }
  for (const [word, { evidence, person }] of lastWords) {
    if (!evidence || namedPeople.has(word) || knownType(word) || !everyOccurrencePossessive(text, word)) continue;
    for (const n of names) {
      if (!n.type || n.words[n.words.length - 1] !== word || !n.text.endsWith(word) || !possessiveAt(text, n.end)) continue;
      n.end += 2;
      n.text = text.slice(n.start, n.end);
      n.words = [...n.words.slice(0, -1), `${word}${text.slice(n.end - 2, n.end)}`];
      if (person && n.type === 'person') n.type = 'organization';
    }
  }
}

/** Whether every time the text writes `word` as a word of its own, "'s" follows. */
function everyOccurrencePossessive(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if ((at > 0 && /[\p{L}\p{N}]/u.test(text[at - 1])) || /[\p{L}\p{N}]/u.test(text[at + word.length] ?? '')) continue;
    if (!possessiveAt(text, at + word.length)) return false;
  }
  return true;
}

/**
 * One name, one type within an article: where the tagger typed "Jaishankar" a person three times and a
 * place once, the majority wins (names the word lists know keep their type). A name the article describes
 * ("carrier Aeroflot", "Toulouse, France") has that type wherever it stands alone, whatever the votes.
 */
function agreeOnTypes(names: RecognizedName[]) {
  const votes = new Map<string, Map<EntityType, number>>();
  const keyOf = (n: RecognizedName) => n.words[n.words.length - 1]?.toLowerCase() ?? '';
  const described = new Map<string, EntityType>();
  for (const n of names) if (n.described && n.type) described.set(keyOf(n), n.type);
  for (const n of names) {
    if (!n.type) continue;
    const listed = listedType(n.text);
    const describedType = described.get(keyOf(n));
    // A described type overrules the lists only where they agree with it: "Toulouse, France" makes a city
    // of the article's other "Toulouse", which the tagger read as the team.
    if (describedType && (!listed || listed === describedType) && !(n.type === 'person' && n.words.length > 1)) {
      n.type = describedType;
      continue;
    }
    if (listed) continue;
    const v = votes.get(keyOf(n)) ?? new Map<EntityType, number>();
    v.set(n.type, (v.get(n.type) ?? 0) + (n.type === 'person' && n.words.length > 1 ? 2 : 1));
    votes.set(keyOf(n), v);
  }
  for (const n of names) {
    if (!n.type || listedType(n.text)) continue;
    const v = votes.get(keyOf(n));
    if (!v || v.size < 2) continue;
    n.type = [...v.entries()].sort((a, b) => b[1] - a[1])[0][0];
  }
}

/**
 * The tagger's names, completed by the rule-based reader's: a rule name the tagger missed is added, and a
 * rule name that covers a tagger name and ends in an organisation or place word, or is a name the word
 * lists know, replaces it ("Shanghai Cooperation Organisation", not "Shanghai").
 */
export function mergeNames(text: string, tagged: RecognizedName[], ruled: RecognizedName[], events: readonly Span[] = []): RecognizedName[] {
  const targetOf = new Map<RecognizedName, RecognizedName>();
  for (const list of [tagged, ruled]) for (const n of list) if (n.abbreviates !== undefined) targetOf.set(n, list[n.abbreviates]);
  const abbreviatedByRule = new Set([...ruled].filter((a) => a.abbreviates !== undefined).map((a) => ruled[a.abbreviates!]));
  // Tagged names do not overlap one another: sorted by start, they are sorted by end too.
  const sorted = [...tagged].sort((a, b) => a.start - b.start);
  const removed = new Set<RecognizedName>();
  const added: RecognizedName[] = [];
  let taggedTexts: Set<string> | undefined;
  const firstEndingAfter = (offset: number) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const r of ruled) {
    if (!r.type) continue;
    const overlapping: RecognizedName[] = [];
    for (let k = firstEndingAfter(r.start); k < sorted.length && sorted[k].start < r.end; k++) if (!removed.has(sorted[k])) overlapping.push(sorted[k]);
    const lastWord = r.words[r.words.length - 1] ?? '';
    if (overlapping.length === 0) {
      // Only names the word lists know, acronyms defined in the text and organisation names are added.
      // A place inside an event's name is the event's ("U.S. Open"); a whole country the tagger took for one
      // is the country ("the Democratic Republic of Congo").
      if (r.type === 'place' && events.some((e) => e.start < r.end && r.start < e.end) && !(isCountry(r.text) && events.some((e) => e.start >= r.start && e.end <= r.end))) continue;
      if (knownType(r.text) || r.abbreviates !== undefined || abbreviatedByRule.has(r) || r.affiliation || r.described || (r.words.length > 1 && isOrgHead(lastWord))) added.push(r);
      continue;
    }
    // What an apposition says the name is outranks the tagger's guess ("Vardholm, the oil company,").
    if (r.described && overlapping.length === 1 && overlapping[0].start === r.start && overlapping[0].end === r.end) {
      overlapping[0].type = r.type;
      overlapping[0].described = true;
      continue;
    }
    const covers = overlapping.every((t) => r.start <= t.start && t.end <= r.end) && overlapping.some((t) => t.end - t.start < r.end - r.start);
    // …but not a sentence's opening words run into the name ("Shares of Apple Inc"), unless the tagger
    // names it so elsewhere in the article ("Government Accountability Office" opening a headline), nor a
    // person and where they work ("Keith O'Neill of Norwich City").
    const personOf = overlapping.some((t) => t.type === 'person' && t.words.length >= 2 && /^\s+of\s/i.test(text.slice(t.end, r.end)));
    // A body named "head of place" holds the place ("Council of Europe", "Party of Regions").
    const headFirst = r.type === 'organization' && r.words.length >= 3 && r.words[1] === 'of' && isOrgHead(r.words[0]);
    const headed = headFirst || ((isOrgHead(lastWord) || isPlaceHead(lastWord)) && (!isCommonWord(r.words[0]) || (taggedTexts ??= new Set(tagged.map((t) => t.text))).has(r.text)));
    if (covers && !personOf && (knownType(r.text) || headed)) {
      for (const t of overlapping) removed.add(t);
      added.push(r);
    }
  }
  // "US$ 40 billion", "HK$": a currency, no mention of the place.
  const out = [...sorted.filter((t) => !removed.has(t)), ...added].filter((n) => text.charAt(n.end) !== '$');
  out.sort((a, b) => a.start - b.start);
  for (const n of out) {
    const target = targetOf.get(n);
    const index = target ? out.indexOf(target) : -1;
    if (index >= 0) n.abbreviates = index;
    else delete n.abbreviates;
  }
  // An acronym in parentheses right after a name abbreviates it, whichever reader found the two.
  out.forEach((n, i) => {
    if (n.abbreviates !== undefined || i === 0 || !/^\p{Lu}[\p{Lu}\p{N}&.]{1,9}$/u.test(n.text)) return;
    const before = out[i - 1];
    if (!/^\s*\($/.test(text.slice(before.end, n.start)) || text.charAt(n.end) !== ')') return;
    if (!acronymFits(n.text, before.words)) return;
    n.abbreviates = i - 1;
    n.type = before.type;
  });
  for (const n of out) keepAbbreviationPeriod(text, n);
  return out;
}

// Abbreviations that end names: "NationsBank Corp.", "Salomon Bros.", "Martin Luther King Jr.", and the
// abbreviated names of American states ("San Jose, Calif.").
const NAME_ABBREVIATIONS =
  /(?:^|\s)(?:Corp|Inc|Co|Cos|Ltd|Bros|Jr|Sr|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/;

/**
 * The period of an abbreviation that ends a name is the name's where the sentence goes on ("NationsBank
 * Corp. could spark", "IRVINE, Calif. 1996-08-29"); where it ends the sentence it is the sentence's.
 */
function keepAbbreviationPeriod(text: string, name: RecognizedName): void {
  if (text.charCodeAt(name.end) !== 46 || !NAME_ABBREVIATIONS.test(name.text)) return;
  if (!/^(?:\s+[\p{Ll}\d]|\s*[,;)])/u.test(text.slice(name.end + 1, name.end + 4))) return;
  name.end++;
  name.text = text.slice(name.start, name.end);
}
