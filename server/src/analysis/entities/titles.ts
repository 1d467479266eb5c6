import { givenNameGender, isDemonym, key, knownType } from './lexicon';
import { remembered } from '../memo';

// Titles written before a name: "Russian Foreign Minister", "Prime Minister", "Kremlin aide".
// A title is a run of modifiers ending in a head word.

const TITLE_HEADS = new Set(
  (
    'president minister secretary chancellor premier governor mayor senator ambassador chairman chairwoman ' +
    'chairperson chair director ceo spokesman spokeswoman spokesperson king queen prince princess pope emperor ' +
    'sheikh emir sultan general gen colonel col lieutenant lt captain capt commander admiral marshal judge ' +
    'justice attorney commissioner speaker leader envoy aide adviser advisor officer coach manager mr mrs ms ' +
    'miss dr prof professor sir dame lord lady rev reverend bishop archbishop cardinal pm eam mp sen rep gov ' +
    'pres vice-president secretary-general chief-executive deputy head founder economist analyst correspondent'
  ).split(' '),
);

const TITLE_MODIFIERS = new Set(
  (
    'foreign external affairs defence defense finance trade commerce interior home health fisheries education ' +
    'energy economy economic justice labour labor agriculture transport culture environment industry ' +
    'deputy vice prime first chief executive senior former acting assistant associate general crown state ' +
    'national federal regional grand supreme high top opposition party union managing public security ' +
    'information communications presidential ministerial special policy intelligence military police army'
  ).split(' '),
);

// Heads that are also ordinary capitalised words; they make a title only with a modifier ("Chief Justice").
const WEAK_HEADS = new Set(['general', 'justice', 'head', 'leader', 'state', 'chair', 'deputy', 'executive']);

/** Remembered per word, like the word lists' answers: recognition asks about every capitalised word. */
/** A title's head as the tagger's features read it (a change to TITLE_HEADS means retraining). */
export const isTaggerTitleHead = remembered((word: string): boolean => TITLE_HEADS.has(key(word).replace(/\.$/, '')));

// Heads only the rules read: "Chief Executive" is a title of its own ("GM Chief Executive Rick Wagoner"); a
// player's position opens a sentence as a title would ("Striker Marco Rossi scored twice").
const PLAYER_POSITIONS = ['striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'playmaker'];
const RULE_TITLE_HEADS = new Set(['executive', ...PLAYER_POSITIONS]);
/** A title's head, for the rules that find titles before names. */
export const isTitleHead = (word: string): boolean => isTaggerTitleHead(word) || RULE_TITLE_HEADS.has(key(word));

/** Titles written in lower case before a name: "foreign minister Sergey Lavrov", "Ericsson spokesman Per Holm". */
const LOWER_TITLE_HEADS = new RegExp(`^(aide|adviser|advisor|spokesman|spokeswoman|spokesperson|minister|president|leader|chief|envoy|ambassador|secretary|official|chairman|chairwoman|director|coach|premier|governor|mayor|senator|chancellor|${PLAYER_POSITIONS.join('|')})$`, 'i');
export const isLowerTitleHead = (word: string): boolean => LOWER_TITLE_HEADS.test(word);

export const isTitleModifier = remembered((word: string): boolean => TITLE_MODIFIERS.has(key(word)) || isDemonym(word) || knownType(word) !== undefined);

/**
 * How many leading words of `words` form a title ("Russian Foreign Minister Sergey Lavrov" → 3), or 0.
 * The words after the title must remain for a name.
 */
export function titleLength(words: readonly string[]): number {
  let lastHead = -1;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i];
    if (isTitleHead(w) && !(WEAK_HEADS.has(key(w)) && i === 0)) lastHead = i;
    else if (!isTitleModifier(w) && !(key(w) === 'of' && lastHead === i - 1)) break;
  }
  return lastHead + 1;
}

/** True when every word is part of a title: "Russian Foreign Minister", "Prime Minister". */
export function isTitleOnly(words: readonly string[]): boolean {
  if (words.length === 0 || !isTitleHead(words[words.length - 1])) return false;
  return words.slice(0, -1).every((w) => isTitleHead(w) || isTitleModifier(w));
}

// A sovereign is called by title and given or regnal name ("King Hussein", "Queen Elizabeth", "Crown Prince
// Hassan"): the name after the title is no surname, and is nobody's given name but theirs.
const SOVEREIGN_HEADS = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'empress', 'emir', 'sultan', 'shah', 'tsar', 'czar']);
/** A sovereign's title by its last word ("Crown Prince" → "prince"), or undefined for any other title. */
export function sovereignOf(title: string | undefined): string | undefined {
  if (!title) return undefined;
  const words = title.split(/\s+/);
  const head = key(words[words.length - 1]);
  return SOVEREIGN_HEADS.has(head) ? head : undefined;
}

// Forms of address say whether a man or a woman is meant: "Mrs Yeltsin" is not Boris Yeltsin.
const FEMALE_ADDRESS = new Set(['mrs', 'ms', 'miss', 'mme', 'madame', 'lady', 'dame', 'frau', 'senora', 'señora']);
const MALE_ADDRESS = new Set(['mr', 'monsieur', 'sir', 'lord', 'herr', 'senor', 'señor']);

const NEITHER_ADDRESS = new Set(['dr', 'prof']);

/** Whether a word is a form of address ("Mr.", "Mrs", "Dr."): it names no office. */
export const isFormOfAddress = (word: string): boolean => {
  const k = key(word.replace(/\.$/, ''));
  return FEMALE_ADDRESS.has(k) || MALE_ADDRESS.has(k) || NEITHER_ADDRESS.has(k);
};

/** Whether a title that is a form of address names the other sex than a known given name ("Mrs" and "Boris"). */
export function addressClashes(title: string | undefined, givenName: string): boolean {
  if (!title) return false;
  const address = key(title.split(/\s+/).pop()!.replace(/\.$/, ''));
  const sex = FEMALE_ADDRESS.has(address) ? 'female' : MALE_ADDRESS.has(address) ? 'male' : undefined;
  const named = sex && givenNameGender(givenName);
  return named !== undefined && named !== sex;
}
