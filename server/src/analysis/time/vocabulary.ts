// The words of time expressions, as regular-expression sources and lookups.

export const MONTH = '(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sept?(?:ember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)';
export const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
export const YEAR = "(?:1[5-9]\\d\\d|20\\d\\d|'\\d\\d)";
export const WEEKDAY = '(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)';
export const SEASON = '(?:spring|summer|fall|autumn|winter)';
export const PART_OF_DAY = '(?:morning|afternoon|evening|night|overnight)';
export const UNIT = '(?:year|month|week|day|decade|century|hour|minute|second|quarter|fortnight)';
/** Quantifiers the TimeML corpora keep inside a duration's span ("more than four decades"); others stay out. */
export const APPROX = '(?:nearly|more than|less than|fewer than|at least|at most|no more than|no less than|up to|well over|just over|just under)';

const UNITS_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const SIMPLE_NUMBER = `(?:${[...Object.keys(TENS_WORDS)].join('|')})(?:[- ](?:${Object.keys(UNITS_WORDS).slice(1, 10).join('|')}))?|${Object.keys(UNITS_WORDS).join('|')}|hundred|a hundred|a couple of|a few|several|a dozen|dozens of|many|a|an`;
/** A count written in digits or words: "3", "2.5", "5 1/2", "twenty four", "a couple of". */
export const NUMBER = `(?:\\d+(?:[.,]\\d+)?(?:\\s+1/2)?|(?:${SIMPLE_NUMBER})(?:\\s+and\\s+a\\s+half)?)`;

/** The value of a count phrase; NaN for vague ones ("several", "a few", "many"). */
export function numberValue(text: string): number {
  const t = text.toLowerCase().trim().replace(/\s+and\s+a\s+half$/, '.5');
  if (/^\d/.test(t)) {
    const half = /\s+1\/2$/.test(t) ? 0.5 : 0;
    return parseFloat(t.replace(/\s+1\/2$/, '').replace(/,/g, '')) + half;
  }
  if (t.endsWith('.5')) return numberValue(t.slice(0, -2)) + 0.5;
  if (t === 'a' || t === 'an') return 1;
  if (t === 'a couple of') return 2;
  if (t === 'a dozen') return 12;
  if (t === 'hundred' || t === 'a hundred') return 100;
  if (t in UNITS_WORDS) return UNITS_WORDS[t];
  const parts = t.split(/[- ]/);
  if (parts[0] in TENS_WORDS) return TENS_WORDS[parts[0]] + (parts[1] ? UNITS_WORDS[parts[1]] ?? NaN : 0);
  return NaN;
}

export const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

export const SEASON_CODES: Record<string, string> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
export const PART_OF_DAY_CODES: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI' };

/** TIMEX3 duration codes of units, and their place (date or time part of the value). */
export const UNIT_CODES: Record<string, { code: string; time: boolean }> = {
  year: { code: 'Y', time: false }, month: { code: 'M', time: false }, week: { code: 'W', time: false },
  day: { code: 'D', time: false }, decade: { code: 'DE', time: false }, century: { code: 'CE', time: false },
  quarter: { code: 'Q', time: false }, fortnight: { code: 'W', time: false },
  hour: { code: 'H', time: true }, minute: { code: 'M', time: true }, second: { code: 'S', time: true },
};

/** Spelled-out years of broadcast transcripts: "nineteen ninety-six" → 1996, "two thousand" → 2000. */
export const SPELLED_YEAR = '(?:nineteen|twenty)[- ](?:(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)|two thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))?';

export function spelledYearValue(text: string): number {
  const t = text.toLowerCase().replace(/-/g, ' ');
  if (t.startsWith('two thousand')) {
    const rest = t.replace(/^two thousand( and)?/, '').trim();
    return 2000 + (rest ? numberValue(rest) : 0);
  }
  const [century, ...rest] = t.split(' ');
  return numberValue(century) * 100 + numberValue(rest.join(' '));
}

/** Fixed-date holidays: month and day. */
export const FIXED_HOLIDAYS: Record<string, [number, number]> = {
  'christmas day': [12, 25], christmas: [12, 25], 'christmas eve': [12, 24], "new year's day": [1, 1], "new year's eve": [12, 31],
  'independence day': [7, 4], 'valentine\'s day': [2, 14], halloween: [10, 31], 'veterans day': [11, 11], 'boxing day': [12, 26],
};

/**
 * Words and characters of which every time expression holds at least one: a sentence without any of them
 * holds none, and the rules skip it. A word here may begin a longer one ("second" in "secondary"); that
 * costs a sentence read for nothing, never a miss.
 */
export const TIME_CUE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|past|now|current|present|recent|lately|moment|future|coming|annual|semiannual|daily|half|spring|summer|fall|autumn|winter|nineteen|twenty|thousand|thanksgiving|christmas|easter|valentine|halloween|noon|midnight|midday|morning|afternoon|evening|tomorrow|period|fiscal|q[1-4])|year|month|week|day|decade|centur|hour|minute|second|quarter|fortnight|night/gi;
