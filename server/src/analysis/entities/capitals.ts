// Capitals of the world's countries: enough geography to know that a visit to Moscow is a visit to Russia
// and not to India. Lower-case names; common alternative spellings included.

const CAPITALS: Record<string, string[]> = {
  afghanistan: ['kabul'], albania: ['tirana'], algeria: ['algiers'], angola: ['luanda'], argentina: ['buenos aires'],
  armenia: ['yerevan'], australia: ['canberra'], austria: ['vienna'], azerbaijan: ['baku'], bahrain: ['manama'],
  bangladesh: ['dhaka'], belarus: ['minsk'], belgium: ['brussels'], bolivia: ['la paz', 'sucre'], bosnia: ['sarajevo'],
  brazil: ['brasilia', 'brasília'], bulgaria: ['sofia'], cambodia: ['phnom penh'], cameroon: ['yaounde'], canada: ['ottawa'],
  chile: ['santiago'], china: ['beijing'], colombia: ['bogota', 'bogotá'], croatia: ['zagreb'], cuba: ['havana'],
  cyprus: ['nicosia'], 'czech republic': ['prague'], denmark: ['copenhagen'], ecuador: ['quito'], egypt: ['cairo'],
  estonia: ['tallinn'], ethiopia: ['addis ababa'], finland: ['helsinki'], france: ['paris'], georgia: ['tbilisi'],
  germany: ['berlin'], ghana: ['accra'], greece: ['athens'], hungary: ['budapest'], iceland: ['reykjavik', 'reykjavík'],
  india: ['new delhi', 'delhi'], indonesia: ['jakarta'], iran: ['tehran'], iraq: ['baghdad'], ireland: ['dublin'],
  israel: ['jerusalem'], italy: ['rome'], japan: ['tokyo'], jordan: ['amman'], kazakhstan: ['astana'], kenya: ['nairobi'],
  kuwait: ['kuwait city'], latvia: ['riga'], lebanon: ['beirut'], libya: ['tripoli'], lithuania: ['vilnius'],
  malaysia: ['kuala lumpur'], mexico: ['mexico city'], morocco: ['rabat'], myanmar: ['naypyidaw', 'yangon'], nepal: ['kathmandu'],
  netherlands: ['amsterdam', 'the hague'], 'new zealand': ['wellington'], nigeria: ['abuja'], 'north korea': ['pyongyang'],
  norway: ['oslo'], oman: ['muscat'], pakistan: ['islamabad'], peru: ['lima'], philippines: ['manila'], poland: ['warsaw'],
  portugal: ['lisbon'], qatar: ['doha'], romania: ['bucharest'], russia: ['moscow'], 'saudi arabia': ['riyadh'],
  serbia: ['belgrade'], singapore: ['singapore'], slovakia: ['bratislava'], slovenia: ['ljubljana'], 'south africa': ['pretoria', 'cape town'],
  'south korea': ['seoul'], spain: ['madrid'], 'sri lanka': ['colombo'], sudan: ['khartoum'], sweden: ['stockholm'],
  switzerland: ['bern', 'berne'], syria: ['damascus'], taiwan: ['taipei'], tanzania: ['dodoma', 'dar es salaam'], thailand: ['bangkok'],
  tunisia: ['tunis'], turkey: ['ankara'], uganda: ['kampala'], ukraine: ['kyiv', 'kiev'], 'united arab emirates': ['abu dhabi'],
  uae: ['abu dhabi'], 'united kingdom': ['london'], uk: ['london'], britain: ['london'], 'united states': ['washington'],
  us: ['washington'], usa: ['washington'], uzbekistan: ['tashkent'], venezuela: ['caracas'], vietnam: ['hanoi'], yemen: ['sanaa'],
  zimbabwe: ['harare'],
  // The rest of the world's countries, and the names of the 1990s that news archives still hold. Capitals
  // that are also ordinary words or other places' names (Malé, Victoria, Kingston, San José, Georgetown)
  // are left out: a capital here ties a mention to its country.
  andorra: ['andorra la vella'], bahamas: ['nassau'], barbados: ['bridgetown'], belize: ['belmopan'], benin: ['porto-novo', 'cotonou'],
  bhutan: ['thimphu'], botswana: ['gaborone'], brunei: ['bandar seri begawan'], 'burkina faso': ['ouagadougou'], burma: ['rangoon'],
  burundi: ['bujumbura', 'gitega'], 'cape verde': ['praia'], 'central african republic': ['bangui'], chad: ["n'djamena", 'ndjamena'],
  comoros: ['moroni'], congo: ['brazzaville', 'kinshasa'], 'democratic republic of congo': ['kinshasa'],
  'democratic republic of the congo': ['kinshasa'], 'republic of congo': ['brazzaville'], 'republic of the congo': ['brazzaville'], 'costa rica': [], czechoslovakia: [], djibouti: ['djibouti'],
  'dominican republic': ['santo domingo'], 'east timor': ['dili'], 'timor-leste': ['dili'], 'el salvador': ['san salvador'], 'equatorial guinea': ['malabo'],
  eritrea: ['asmara'], eswatini: ['mbabane'], swaziland: ['mbabane'], fiji: ['suva'], gabon: ['libreville'], gambia: ['banjul'],
  grenada: ["st. george's"], guatemala: ['guatemala city'], guinea: ['conakry'], 'guinea-bissau': ['bissau'], guyana: [],
  haiti: ['port-au-prince'], honduras: ['tegucigalpa'], 'ivory coast': ['yamoussoukro', 'abidjan'], jamaica: [], kosovo: ['pristina'],
  kyrgyzstan: ['bishkek'], laos: ['vientiane'], lesotho: ['maseru'], liberia: ['monrovia'], liechtenstein: ['vaduz'],
  luxembourg: ['luxembourg'], macedonia: ['skopje'], 'north macedonia': ['skopje'], madagascar: ['antananarivo'], malawi: ['lilongwe'],
  maldives: [], mali: ['bamako'], malta: ['valletta'], mauritania: ['nouakchott'], mauritius: ['port louis'], moldova: ['chisinau'],
  monaco: ['monaco'], mongolia: ['ulaanbaatar', 'ulan bator'], montenegro: ['podgorica'], mozambique: ['maputo'], namibia: ['windhoek'],
  nicaragua: ['managua'], niger: ['niamey'], panama: ['panama city'], 'papua new guinea': ['port moresby'], paraguay: ['asuncion', 'asunción'],
  rwanda: ['kigali'], 'sierra leone': ['freetown'], senegal: ['dakar'], seychelles: [], somalia: ['mogadishu'], 'south sudan': ['juba'],
  suriname: ['paramaribo'], tajikistan: ['dushanbe'], togo: ['lome', 'lomé'], 'trinidad and tobago': ['port of spain'],
  turkmenistan: ['ashgabat', 'ashkhabad'], uruguay: ['montevideo'], 'soviet union': [], yugoslavia: [], zaire: ['kinshasa'], zambia: ['lusaka'],
};

const COUNTRY_OF_CAPITAL = new Map<string, string>();
for (const [country, cities] of Object.entries(CAPITALS)) for (const city of cities) if (!COUNTRY_OF_CAPITAL.has(city)) COUNTRY_OF_CAPITAL.set(city, country);

const ALIASES: Record<string, string> = {
  'u.s.': 'united states', us: 'united states', usa: 'united states', 'u.s.a.': 'united states', 'united states of america': 'united states', america: 'united states',
  uk: 'united kingdom', 'u.k.': 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom', uae: 'united arab emirates',
};

/** The country a capital city belongs to, or undefined. */
export function countryOfCapital(city: string): string | undefined {
  return COUNTRY_OF_CAPITAL.get(city.toLowerCase());
}

/** Whether a name is a country's or a capital's (in any of the spellings known here). */
export function isCountryOrCapital(name: string): boolean {
  const k = canonicalCountry(name);
  return k in CAPITALS || COUNTRY_OF_CAPITAL.has(k);
}

/** Whether a name is a country's, in any of the spellings known here ("U.S.", "UAE"). */
export function isCountryName(name: string): boolean {
  return canonicalCountry(name) in CAPITALS;
}

/** A country's name in one spelling ("U.S." and "United States" are one). */
export function canonicalCountry(name: string): string {
  const k = name.toLowerCase();
  return ALIASES[k] ?? k;
}
