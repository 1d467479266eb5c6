// The engine's test tables. Adding a case is adding one line: a name, an input text written for these
// tests, and the expected rendering (see check.ts for the formats).

// ── Entities ─────────────────────────────────────────────────────────────────────────────────────────────
// `expect` lists every mention in text order as `type:text`, with ` [title]` when a title precedes the name.
// When any expectation carries ` #n`, every one must: mentions sharing a label are one article entity,
// labels numbered by first mention. `entities`, when given, lists the article's entities (check.ts).

export interface EntityCase {
  name: string;
  input: string;
  expect: string[];
  entities?: string[];
}

export const ENTITY_CASES: EntityCase[] = [
  { name: 'title before a name is kept as a title, not in the span', input: 'Russian Foreign Minister Sergey Lavrov flew to New Delhi on Monday.', expect: ['person:Sergey Lavrov [Russian Foreign Minister]', 'place:New Delhi'], entities: ['person:Sergey Lavrov [Russian Foreign Minister]', 'place:New Delhi'] },
  { name: 'lowercase title before a name', input: "Russia's foreign minister Sergey Lavrov said little.", expect: ['place:Russia', 'person:Sergey Lavrov [foreign minister]'] },
  { name: 'single-word title', input: 'President Vladimir Putin will travel abroad soon.', expect: ['person:Vladimir Putin [President]'] },
  { name: 'title with a demonym', input: 'German Chancellor Friedrich Merz visited Paris.', expect: ['person:Friedrich Merz [German Chancellor]', 'place:Paris'] },
  { name: 'surname-only later mention is the same person', input: 'Sergey Lavrov met reporters in Moscow. Later, Lavrov declined to take questions.', expect: ['person:Sergey Lavrov #1', 'place:Moscow #2', 'person:Lavrov #1'], entities: ['person:Sergey Lavrov', 'place:Moscow'] },
  { name: 'surname before the full name is the same person', input: 'Lavrov spoke first. Then Sergey Lavrov left the hall.', expect: ['person:Lavrov #1', 'person:Sergey Lavrov #1'] },
  { name: 'surname after a titled full name', input: 'Prime Minister Narendra Modi greeted the guests. Modi later thanked them.', expect: ['person:Narendra Modi [Prime Minister] #1', 'person:Modi #1'] },
  { name: 'accented names and their surnames', input: 'Jón Einarsson arrived late. Einarsson said little.', expect: ['person:Jón Einarsson #1', 'person:Einarsson #1'] },
  { name: 'two people sharing a surname stay two entities', input: 'Erik Hansen met Maria Hansen at the harbour.', expect: ['person:Erik Hansen #1', 'person:Maria Hansen #2'] },
  { name: 'acronym in parentheses is linked, and so is its later use', input: 'The Shanghai Cooperation Organisation (SCO) gathered in Tianjin. Officials said the SCO would grow.', expect: ['organization:Shanghai Cooperation Organisation #1', 'organization:SCO #1', 'place:Tianjin #2', 'organization:SCO #1'], entities: ['organization:Shanghai Cooperation Organisation (SCO)', 'place:Tianjin'] },
  { name: 'acronym of a known organisation', input: 'The World Health Organization (WHO) issued a warning.', expect: ['organization:World Health Organization #1', 'organization:WHO #1'], entities: ['organization:World Health Organization (WHO)'] },
  { name: 'every name of a line of two teams and their scores is a team', input: 'Results of semifinal matches played on Saturday:\nWigan 42 Bradford Bulls 36\nKendal 20 Morgan Rovers 22', expect: ['organization:Wigan', 'organization:Bradford Bulls', 'organization:Kendal', 'organization:Morgan Rovers'] },
  { name: 'the place in the name of an event is no mention of the place', input: 'Lena Berg, 19, upset the top seed at the U.S. Open on Thursday.', expect: ['person:Lena Berg'] },
  { name: 'a team named after a place is an organisation in a result line', input: 'SOCCER - SCOTTISH LEAGUE RESULTS.\nGLASGOW 1996-08-31\nResults of Scottish league matches on Saturday:\nMontrose 2 Ross County 1\nStranraer 0 Harbour City 3', expect: ['place:GLASGOW', 'organization:Montrose', 'organization:Ross County', 'organization:Stranraer', 'organization:Harbour City'] },
  { name: 'a preposition ends a name the tagger ran on, and what follows is typed on its own', input: 'The sale of Nordvik Shipping Inc. in Bergen was approved on Friday. Economist Ines Falk of Baltic Union bank in Riga said spending rose.', expect: ['organization:Nordvik Shipping Inc.', 'place:Bergen', 'person:Ines Falk [Economist]', 'organization:Baltic Union', 'place:Riga'] },
  { name: 'a name before a person\'s lower-case title is where they work', input: 'The contract covers products, services and training, Ericsson spokesman Per Holm said.', expect: ['organization:Ericsson', 'person:Per Holm [Ericsson spokesman]'] },
  { name: 'a surname the tagger passed over is its person named in full', input: 'Alexander Lebed met the rebels. " We will sort out our relations, " Lebed said after the signing.', expect: ['person:Alexander Lebed #1', 'person:Lebed #1'] },
  { name: 'a surname the article also writes in lower case is not added alone', input: 'Ken Green played well. The course was green, " Green said.', expect: ['person:Ken Green'] },
  { name: 'the period of "Corp." is the name\'s where the sentence goes on, the sentence\'s where it ends', input: 'The purchase of Norrland Paper Corp. could spark more deals, analysts said. The buyer was Vasa Holdings Inc.', expect: ['organization:Norrland Paper Corp.', 'organization:Vasa Holdings Inc'] },
  { name: 'a formal name joined with "for" and "and" keeps its "in"', input: 'The Organisation for Security and Cooperation in Europe (OSCE) postponed the vote.', expect: ['organization:Organisation for Security and Cooperation in Europe #1', 'organization:OSCE #1'] },
  { name: 'the names a dateline gives before its date are places', input: 'Cardinals win again.\nST. LOUIS 1996-08-30\nThe Cardinals beat Colorado on Friday.', expect: ['organization:Cardinals', 'place:ST. LOUIS', 'organization:Cardinals', 'organization:Colorado'] },
  { name: 'a name ends before a possessive or a lower-case word the tagger ran into', input: "Six people died, the Xinhua news agency said on Friday. Traders said the Fed's decision was expected.", expect: ['organization:Xinhua', 'organization:Fed'] },
  { name: '"and" after a company\'s legal form joins two companies', input: 'The likely buyers are Oslo-based Fjord Bank System Inc. and Vestland Corp., analysts said.', expect: ['place:Oslo', 'organization:Fjord Bank System Inc.', 'organization:Vestland Corp.'] },
  { name: 'a lower-case noun before a name that says it is a company makes it one ("engine maker Kessling")', input: 'The engine maker Kessling is late with its parts, and the newspaper Dagposten said so on Friday.', expect: ['organization:Kessling', 'organization:Dagposten'] },
  { name: 'a name the article describes as a company is one wherever it stands alone, whatever the tagger read there', input: 'The regional carrier Torvald will lease six aircraft. Torvald said the first would arrive in May. Torvald has struggled since 2019.', expect: ['organization:Torvald', 'organization:Torvald', 'organization:Torvald'] },
  { name: 'two names the lists know joined by "and" are two names', input: 'Shares of Toyota and Honda rose on Monday.', expect: ['organization:Toyota', 'organization:Honda'] },
  { name: 'a company every business reader knows is one, though named like a person', input: 'Analysts at Merrill Lynch expect Lockheed Martin to win the contract.', expect: ['organization:Merrill Lynch', 'organization:Lockheed Martin'] },
  { name: "a word that ends an organisation's name ends no person's, though the name begins with a first name", input: 'The Anders Holm Foundation gave money to the school.', expect: ['organization:Anders Holm Foundation'] },
  { name: 'a lower-case noun after a name that says it is an organisation makes it one ("Dagvolk newspaper said")', input: 'The talks failed, the official Dagvolk newspaper said on Thursday.', expect: ['organization:Dagvolk'] },
  { name: "a name that begins with a place and ends in a word no place's name ends in is an organisation's", input: 'He told the Oslo Herald on Monday.', expect: ['organization:Oslo Herald'] },
  { name: 'an acronym the article defines after lower-case words is a term, not a name, wherever it stands', input: "The plant's crude distillation unit (CDU) will shut. The CDU makes 60,000 barrels a day for the Shanghai Cooperation Organisation (SCO).", expect: ['organization:Shanghai Cooperation Organisation', 'organization:SCO'] },
  { name: 'an ordinary word that starts a sentence before a lower-case one names nothing', input: 'Imagine a city without cars. Certain streets would be quiet.', expect: [] },
  { name: 'a team or a company "of" a country is two names, a republic or a duke "of" a place one', input: "Orvik of Norway beat Benetton of Italy 78-70 on Friday, with the People's Republic of China watching.", expect: ['organization:Orvik', 'place:Norway', 'organization:Benetton', 'place:Italy', "organization:People's Republic of China"] },
  { name: 'a lower-case noun of places after a name makes it a place, and "news agency" an organisation', input: 'Peace in the disputed Nagorno-Karabakh region is near, the official Kantor news agency said.', expect: ['place:Nagorno-Karabakh', 'organization:Kantor'] },
  { name: 'the kind of body that starts a sentence before the name is no part of it ("Insurer …")', input: 'Insurer Norvik Mutual Group asked the government for a loan on Monday.', expect: ['organization:Norvik Mutual Group'] },
  { name: 'an acronym and a known name joined by "and" are two names', input: 'Talks between the RAF and Boeing were suspended.', expect: ['organization:RAF', 'organization:Boeing'] },
  { name: 'the name before "administration" is its leader\'s, where the tagger ended the name before the word', input: 'The Halvorsen administration will decide by March 31.', expect: ['person:Halvorsen'] },
  { name: 'a town that plays is its team, a country that plays stays a place', input: 'Norwich striker Keith Olsen scored twice. Seattle beat Boston 5-3 on Sunday, and England beat Pakistan.', expect: ['organization:Norwich', 'person:Keith Olsen [Norwich striker]', 'organization:Seattle', 'organization:Boston', 'place:England', 'place:Pakistan'] },
  { name: 'the surname of a person the article names in full is theirs in a headline in capitals', input: 'GOLF - VESTERLUND TAKES ONE-SHOT LEAD .\nMUNICH 1996-08-30\nAnders Vesterlund shot a 64 on Friday.', expect: ['person:VESTERLUND', 'place:MUNICH', 'person:Anders Vesterlund'] },
  { name: "a title word that begins a company's name is the name's", input: 'Shares of General Motors fell on Monday, and General Electric Co. rose.', expect: ['organization:General Motors', 'organization:General Electric Co.'] },
  { name: 'a company named with and without its legal form is one entity, its acronym after "Corp." too', input: 'Norrland Paper Corp. (NP) cut jobs on Monday. Norrland Paper said more cuts would come. NP shares fell.', expect: ['organization:Norrland Paper Corp #1', 'organization:NP #1', 'organization:Norrland Paper #1', 'organization:NP #1'] },
  { name: "a person's initials stay with the surname the article repeats", input: 'Foreign Minister I.K. Gujral met the envoy on Monday. Gujral said the talks went well, and Judge P.W. Mahlangu agreed.', expect: ['person:I.K. Gujral [Foreign Minister] #1', 'person:Gujral #1', 'person:P.W. Mahlangu [Judge] #2'] },
  { name: "an abbreviation's period that ends a sentence ends the name before a person the article names", input: 'Steve Jobs spoke in San Francisco. Half of the phones were sold in the U.S. Jobs also said sales rose.', expect: ['person:Steve Jobs #1', 'place:San Francisco #2', 'place:U.S. #3', 'person:Jobs #1'] },
  { name: "a person named right after a company's legal form is a name of their own", input: 'The former chief executive of Apple Inc. Steve Jobs died on Wednesday.', expect: ['organization:Apple Inc', 'person:Steve Jobs'] },
  { name: 'an acronym may hold a letter its name does not show', input: 'The minister praised Singapore Airlines (SIA) on Monday. SIA flies the largest jets.', expect: ['organization:Singapore Airlines #1', 'organization:SIA #1', 'organization:SIA #1'] },
  { name: 'a hyphenated given name is whole', input: 'Officials said Kim In-so should go home, Chen Chun-yeh told the court.', expect: ['person:Kim In-so', 'person:Chen Chun-yeh'] },
  { name: 'a title after where a person serves splits the two names', input: 'Chicago Cardinal Joseph Bernardin, head of the diocese, spoke on Friday.', expect: ['place:Chicago', 'person:Joseph Bernardin [Chicago Cardinal]'] },
  { name: 'a function word capitalised by the sentence\'s start is no part of a name', input: 'As Norway and Chile deepen their trade ties, officials expect more flights. AS Roma beat Lazio.', expect: ['place:Norway', 'place:Chile', 'organization:AS Roma', 'organization:Lazio'] },
  { name: 'every country is a place to the rules, not to a person named after one', input: 'Partizan and Red Star of Yugoslavia reached the final. Chad parliamentary election set for November 24. Neil Jordan said the film was done. Jordan said he was tired. Chad Ogea pitched.', expect: ['organization:Partizan', 'organization:Red Star', 'place:Yugoslavia', 'place:Chad', 'person:Neil Jordan', 'person:Jordan', 'person:Chad Ogea'] },
  { name: 'a line\'s number ends no sentence: the tagger reads a results line whole', input: 'Results of the fourth stage:\n1. Sten Aalborg (Denmark) Rabobank 4 hours 12 minutes\n2. Joris den Hoedt (Netherlands) TVM 1 minute 26 seconds', expect: ['person:Sten Aalborg', 'place:Denmark', 'organization:Rabobank', 'person:Joris den Hoedt', 'place:Netherlands', 'organization:TVM'] },
  { name: 'a flight is its airline\'s, and an industry ends a company\'s name', input: 'Nordlys Air Flight 311 landed safely in Tromso on Sunday. Investigators said Kestrel Aircraft had built the plane.', expect: ['organization:Nordlys Air', 'place:Tromso', 'organization:Kestrel Aircraft'] },
  { name: 'a leader\'s name before "administration" is the leader\'s, and "US-imposed" names the US', input: 'Officials in New Delhi criticised the US-imposed tariffs, and the Trump administration said little.', expect: ['place:New Delhi', 'place:US', 'person:Trump'] },
  { name: 'a name followed by the state or country it lies in is a place', input: 'He spoke at a campaign stop in Troy, Tennessee. The plane was bombed over Lockerbie, Scotland. Smith, Britain\'s envoy, agreed. Funds are held at Michigan National Bank, Ohio.', expect: ['place:Troy', 'place:Tennessee', 'place:Lockerbie', 'place:Scotland', 'person:Smith', 'place:Britain', 'organization:Michigan National Bank', 'place:Ohio'] },
  { name: 'a town the lists know, followed by its country, is the place wherever the article names it, the sentence going on after the country', input: 'The new airliner was flown to Toulouse, France for its unveiling. Thousands watched from Toulouse as it climbed.', expect: ['place:Toulouse', 'place:France', 'place:Toulouse'] },
  { name: 'after a preposition of place, an unknown name and its state are a place', input: 'The jet took off on Tuesday in Everett, Washington at noon.', expect: ['place:Everett', 'place:Washington'] },
  { name: 'a list of counties that play is no town and its region', input: 'Kent lead the county championship table after an innings victory, but title rivals Essex, Derbyshire and Surrey all closed in. Essex reached 372 for six.', expect: ['organization:Kent', 'organization:Essex', 'organization:Derbyshire', 'organization:Surrey', 'organization:Essex'] },
  { name: 'a body of water named as "Bay of …" is a place', input: 'The ship circled the Bay of Biscay before it sailed through the Strait of Gibraltar.', expect: ['place:Bay of Biscay', 'place:Strait of Gibraltar'] },
  { name: 'a score between two teams of a result line parts them', input: 'Korean pro-baseball results on Friday:\nLotte 5 Haitai 2 Samsung 0 Samsung 10 Haitai 3 Hanwha 1', expect: ['organization:Lotte', 'organization:Haitai', 'organization:Samsung', 'organization:Samsung', 'organization:Haitai', 'organization:Hanwha'] },
  { name: 'a number inside a name away from a result line stays in it', input: 'The interview aired on Channel 4 News on Friday.', expect: ['organization:Channel 4 News'] },
  { name: 'a bracket is no part of a name; a capitalised name it opens on is one of its own', input: 'Second division results:\nSloboda 4 Mladost (BJ) 0\nHizbollah (Party of God) gunmen have fought Israeli troops for years. The Russian Duma (parliament) met on Friday.', expect: ['organization:Sloboda', 'organization:Mladost', 'organization:Hizbollah', 'organization:Party of God', 'organization:Duma'] },
  { name: "a name's own \"'s\" stays: never written without it, and once where no possessive can stand", input: "Trading at Lloyd's of London resumed. Lloyd's said its members had lost money. Play at Lord's was halted by rain.", expect: ["organization:Lloyd's #1", 'place:London #2', "organization:Lloyd's #1", "place:Lord's #3"] },
  { name: "a name the tagger took for a person's is a company's where its \"'s\" is followed by what neither an owner's nor a person's \"is\" can be", input: "Investors sued Harrington's on Monday. Harrington's is the oldest auction house in Milan, and its chairman Paolo Verdi said Harrington's would appeal.", expect: ["organization:Harrington's #1", "organization:Harrington's #1", 'place:Milan #2', 'person:Paolo Verdi [chairman] #3', "organization:Harrington's #1"] },
  { name: "a person named with a given name keeps a possessive that stands for an owner's thing", input: "Coach Ben Kowalski's side won the final. Kowalski's was the best record of the season.", expect: ['person:Ben Kowalski [Coach] #1', 'person:Kowalski #1'] },
  { name: 'a press review names each paper on a line of its own in capitals, before its stories', input: "PRESS DIGEST - Malta - Oct 4.\nThese are the leading stories in the Maltese press.\nTHE TIMES\n- Visitors complain about harbour fees.\nKORRISPONDENZA TA' MALTA\n- Port charges will rise next year.\n- - - -\nDAWN\nA new ferry line opens on Monday.", expect: ['place:Malta', 'organization:TIMES', "organization:KORRISPONDENZA TA' MALTA", 'organization:DAWN'] },
  { name: 'a press review that groups its stories by country or by page keeps those headings for what they are', input: "Leading stories in Friday's regional newspapers:\n- - - -\nIRAQ\nInspectors left the capital on Thursday.\n- - - -\nFRONT PAGE\n- Talks on the border resumed.", expect: ['place:IRAQ'] },
  { name: "a scoreboard line's ground, before its colon and in brackets, is a place; a label is none", input: 'Close of play scores in the four-day county championship matches on Thursday:\nKettlewick: Yorkshire 301 (D. Byas 88) v Kent\nBramford (The Paddock): Essex 240 (N. Hussain 71), Surrey 55-1.\nAt Chester-le-Street: Durham 199 and 8-0, Glamorgan 114 (S. Watkin 4-28)\nResult: Sussex 250 v Hampshire', expect: ['place:Kettlewick', 'organization:Yorkshire', 'person:D. Byas', 'organization:Kent', 'place:Bramford', 'place:Paddock', 'organization:Essex', 'person:N. Hussain', 'organization:Surrey', 'place:Chester-le-Street', 'organization:Durham', 'organization:Glamorgan', 'person:S. Watkin', 'organization:Sussex', 'organization:Hampshire'] },
  { name: 'a capitalised "The" before a name is no part of it, and "and The" joins two names', input: 'Cover prices rose at The Sun and The Times last year, and advertising at The Times grew 20 percent.', expect: ['organization:Sun #1', 'organization:Times #2', 'organization:Times #2'] },
  { name: 'an Arabic article joined by a hyphen and the letters after an inner apostrophe are part of the name', input: "Rebels withdrew to the mountains of Jebel al-Akhdar on Monday, and Sudan's Hassan el-Turabi spoke in Sana'a. Members of al-Gama'a al-Islamiya were arrested.", expect: ['place:Jebel al-Akhdar', 'place:Sudan', 'person:Hassan el-Turabi', "place:Sana'a", "organization:al-Gama'a al-Islamiya"] },
  { name: 'a name that opens with a particle of another language keeps it at the start of a line or sentence', input: 'Scorers:\nEl Salvador - Luis Lazo (61st)\nDe Kock, a former police colonel, was convicted on Monday.', expect: ['place:El Salvador', 'person:Luis Lazo', 'person:De Kock'] },
  { name: 'in a sports report a club named with its town is one name', input: 'Fans threw bottles at Dynamo Moscow players during a 1-0 home defeat in the league on Saturday.', expect: ['organization:Dynamo Moscow'] },
  { name: '"-based" and "-born" part the place from the company or the person they describe', input: "The deal will expand Markham, Ontario-based Magna's seating business, while German-born Hans Weber will lead the Salt Lake City-based First Security.", expect: ['place:Markham', 'place:Ontario', 'organization:Magna', 'person:Hans Weber', 'place:Salt Lake City', 'organization:First Security'] },
  { name: 'a name that runs into a time expression ends before it', input: 'Crude saw thin buying ahead of the U.S. Labor Day weekend, traders said.', expect: ['place:U.S.'] },
  { name: "a body's name may hold a people's or a saint's \"'s\"; a place's stays an owner's", input: "Leaders of the Pakistan People's Party met doctors at St. Mary's Hospital on Friday. Britain's Labour Party said nothing.", expect: ["organization:Pakistan People's Party", "organization:St. Mary's Hospital", 'place:Britain', 'organization:Labour Party'] },
  { name: 'a lower-case word of English inside what the tagger read as one name parts it', input: 'The award went to Northrop Grumman and Airbus parent company European Aeronautic Defence and Space Company on Friday, while Aer Lingus rival Ryanair kept its bid.', expect: ['organization:Northrop Grumman', 'organization:Airbus', 'organization:European Aeronautic Defence and Space Company', 'organization:Aer Lingus', 'organization:Ryanair'] },
  { name: "an organisation, a title and a person the tagger read as one name are two names and a title", input: 'On Monday, Microsoft Chairman Bill Gates said the company would grow, and Alabama Governor Bob Riley welcomed the plant. Apple Computer CEO and co-founder Steve Jobs spoke later.', expect: ['organization:Microsoft', 'person:Bill Gates [Microsoft Chairman]', 'place:Alabama', 'person:Bob Riley [Alabama Governor]', 'organization:Apple Computer', 'person:Steve Jobs [co-founder]'] },
  { name: "a possessive stays out of a name the article only writes as an owner", input: "Shares of Varnock's unit rose. Varnock's chief spoke on Monday.", expect: ['organization:Varnock #1', 'organization:Varnock #1'] },
  { name: 'a name the tagger calls miscellaneous is an organisation where it ends as a body does', input: 'The Democratic Front for Peace called a rally on Sunday in the capital.\nOfficials said the banned Algerian Islamic Salvation Front and the Oromo Liberation Front are among those.', expect: ['organization:Democratic Front for Peace #1', 'organization:Islamic Salvation Front #2', 'organization:Oromo Liberation Front #3'] },
  { name: 'a name after "the town of", "the village of" or "south of" is a place, whatever the tagger guessed', input: 'A guard in the Belgian town of Chatelet said the thieves used a van. Fire destroyed a church in the village of Karin Gornji on Sunday. The gunman was last seen south of Maryborough on Tuesday.', expect: ['place:Chatelet', 'place:Karin Gornji', 'place:Maryborough'] },
  { name: 'a list after "the provinces of" is of places, up to its "and"; a name after a listed place and a comma is not in the list', input: 'Aid will reach the provinces of Maniema, Shaba and Bandundu first. The attack took place south of Algiers, Liberte newspaper said.', expect: ['place:Maniema', 'place:Shaba', 'place:Bandundu', 'place:Algiers', 'organization:Liberte'] },
  { name: 'a place the lists know is the place outside sports reports, whatever team the tagger saw in it', input: 'Eyewitnesses told Boston television stations they saw smoke. A report to the Bucharest stock exchange showed profits fell.', expect: ['place:Boston', 'place:Bucharest'] },
  { name: 'in a report of fixtures the towns are teams', input: 'Postponed: Birmingham v Barnsley, Norwich v Ipswich. Marseille and Monaco meet on Sunday.', expect: ['organization:Birmingham', 'organization:Barnsley', 'organization:Norwich', 'organization:Ipswich', 'organization:Marseille', 'organization:Monaco'] },
  { name: "an American state's abbreviation keeps its period where the sentence goes on", input: 'The Waltham, Mass., maker of instruments said sales rose. It will build a plant in Woodridge, Ill. next year.', expect: ['place:Waltham', 'place:Mass.', 'place:Woodridge', 'place:Ill.'] },
  { name: "a batsman's score is not part of his name", input: "Close of play: Derbyshire 471 (J. Adams 123, T.O'Gorman 109 not out, K. Barnett 87).", expect: ['organization:Derbyshire', 'person:J. Adams', "person:T.O'Gorman", 'person:K. Barnett'] },
  { name: 'a currency is no mention of its country', input: 'The deal is worth US$ 40 billion (about HK$ 300 billion) to the US firm.', expect: ['place:US'] },
  { name: 'a name inside a time expression is the time\'s, and an acronym still points at its name', input: 'Profits rose after strong Christmas sales, the Nordic Paper Group (NPG) said. NPG shares gained.', expect: ['organization:Nordic Paper Group #1', 'organization:NPG #1', 'organization:NPG #1'] },
  { name: 'what an event word leaves must be a name: "Strategic Partnership" names no "Strategic"', input: 'The ties were elevated to a "Special and Privileged Strategic Partnership" in 2010. The Russia-India Summit and the Ukraine Conflict were discussed.', expect: ['place:Russia', 'place:India', 'place:Ukraine'] },
  { name: 'a person and the organisation they work for are two names', input: '"Demand stays weak," said Tomas Lindqvist of Nordvik Shipping Group.', expect: ['person:Tomas Lindqvist', 'organization:Nordvik Shipping Group'] },
  { name: 'the first words of a company named after a person are the company', input: 'Daniels Marine Holdings said on Tuesday that profits rose. Daniels Marine expects more orders next year, and Daniels shares gained.', expect: ['organization:Daniels Marine Holdings', 'organization:Daniels Marine', 'organization:Daniels'] },
  { name: "a company's legal form ends no person's name, and its other forms are the company", input: 'Tessaro SpA said on Friday that sales rose. Tessaro Cables has global sales of over $3 billion, and Tessaro is linking with a Chinese group.', expect: ['organization:Tessaro SpA', 'organization:Tessaro Cables', 'organization:Tessaro'] },
  { name: 'the surname of a person the article names stays theirs beside a company named after them', input: 'Ruth Daniels founded Daniels Marine Holdings in 1990. Daniels said on Tuesday that profits rose.', expect: ['person:Ruth Daniels', 'organization:Daniels Marine Holdings', 'person:Daniels'] },
  { name: 'a company named like its products acts with more verbs than "has" and "said"', input: 'Airbus wins a large order from an Asian carrier. Officials said the dispute between Airbus and Boeing would go on.', expect: ['organization:Airbus #1', 'organization:Airbus #1', 'organization:Boeing #2'] },
  { name: 'a company named like its products is an organisation where the article makes it act', input: 'The tanker contract went to Airbus. Airbus has delivered thirty jets this year, and Airbus planes fly widely.', expect: ['organization:Airbus #1', 'organization:Airbus #1', 'organization:Airbus #1'] },
  { name: 'nationalities in the plural acting are no organisation', input: 'Libyans have protested for days. Israelis have voted.', expect: [] },
  { name: 'hyphenated places are two places', input: 'India-Russia trade has grown quickly.', expect: ['place:India #1', 'place:Russia #2'] },
  { name: 'hyphenated places before a common noun', input: 'The Russia-Ukraine conflict began in February 2022.', expect: ['place:Russia', 'place:Ukraine'] },
  { name: "possessive 's is not part of the name", input: "Putin's motorcade left early.", expect: ['person:Putin'] },
  { name: 'possessive with a curly apostrophe', input: 'Putin’s motorcade left early.', expect: ['person:Putin'] },
  { name: 'possessive of a surname after the full name', input: "Prime Minister Narendra Modi spoke. Modi's office confirmed it.", expect: ['person:Narendra Modi [Prime Minister] #1', 'person:Modi #1'] },
  { name: 'possessive place', input: "The talks, held in Moscow's Red Square, ended.", expect: ['place:Moscow', 'place:Red Square'] },
  { name: 'no leading "the" (sentence start)', input: 'The Kremlin declined to comment.', expect: ['organization:Kremlin'] },
  { name: 'no leading "the" (mid-sentence)', input: 'Officials at the White House declined to comment.', expect: ['organization:White House'] },
  { name: 'no leading "the" before a multi-word organisation', input: 'Delegates from the United Nations and the European Union met in Geneva.', expect: ['organization:United Nations', 'organization:European Union', 'place:Geneva'] },
  { name: 'connector inside an organisation name', input: 'The Bank of England raised rates.', expect: ['organization:Bank of England'] },
  { name: 'boilerplate line: advertisement', input: 'Advertisement · Scroll to continue', expect: [] },
  { name: 'boilerplate line: also read', input: 'ALSO READ: Somebody Says Something', expect: [] },
  { name: 'boilerplate lines between article lines', input: 'Ministers met in Oslo.\nAdvertisement · Scroll to continue\nALSO READ: Lavrov Visits Paris\nThe talks in Bergen ended.', expect: ['place:Oslo', 'place:Bergen'] },
  { name: 'sentence-initial common words are not entities', input: 'Moreover, the ministers agreed. During the visit, nothing was signed.', expect: [] },
  { name: 'sentence-initial connective before a place', input: 'However, Beijing objected. Meanwhile Washington stayed quiet.', expect: ['place:Beijing', 'place:Washington'] },
  { name: 'initial with a period', input: 'S. Jaishankar spoke with reporters.', expect: ['person:S. Jaishankar'] },
  { name: 'initial after a long title, then the surname', input: 'Indian External Affairs Minister S. Jaishankar spoke. Jaishankar later met the press.', expect: ['person:S. Jaishankar [Indian External Affairs Minister] #1', 'person:Jaishankar #1'] },
  { name: 'a name in an appositive', input: "Sergey Lavrov, Russia's top diplomat, spoke.", expect: ['person:Sergey Lavrov', 'place:Russia'] },
  { name: 'places joined by "and"', input: 'Norway and Iceland signed a deal in Reykjavik.', expect: ['place:Norway', 'place:Iceland', 'place:Reykjavik'] },
  { name: 'an all-capitals organisation', input: 'The European Union and NATO met.', expect: ['organization:European Union', 'organization:NATO'] },
  { name: 'an all-capitals acronym that is also a word', input: 'The World Health Organization (WHO) warned. WHO officials later said more.', expect: ['organization:World Health Organization #1', 'organization:WHO #1', 'organization:WHO #1'] },
  { name: 'an all-capitals country before a hyphen', input: 'US-imposed sanctions hurt exports.', expect: ['place:US'] },
  { name: 'a first name and a surname that is also a word', input: 'Anna Berg and Tomas Berg both spoke.', expect: ['person:Anna Berg #1', 'person:Tomas Berg #2'] },
  { name: 'abbreviated titles keep their period', input: 'Dr. Maria Santos met Mr. Lavrov.', expect: ['person:Maria Santos [Dr.]', 'person:Lavrov [Mr.]'] },
  { name: 'a name typed once is typed everywhere in the article', input: 'The summit in Kazan ended. Kazan will host again.', expect: ['place:Kazan #1', 'place:Kazan #1'] },
  { name: 'a hyphenated compound is not a person', input: 'The Indo-Pacific strategy was discussed.', expect: [] },
  { name: 'a name in a quotation attribution', input: '“We are ready,” said Jón Einarsson.', expect: ['person:Jón Einarsson'] },
  { name: 'a long English word in "-ure" names nothing in a title-case headline; a short name in "-ure" stays', input: '‘Very Productive’: Donald Trump and Vladimir Putin ‘Agree’ on Immediate Ceasefire in Energy and Infrastructure Amid Russia-Ukraine Conflict.\nAmadou Toure met the ministers in Bamako on Friday.', expect: ['person:Donald Trump', 'person:Vladimir Putin', 'place:Russia', 'place:Ukraine', 'person:Amadou Toure', 'place:Bamako'] },
  { name: 'a sovereign called by title and name is nobody\'s surname or given name but their own; a person "of" a country is two names', input: 'Iraqi President Saddam Hussein sent a message. King Hussein of Jordan met the envoy. Queen Elizabeth opened parliament, and Elizabeth Smith watched.', expect: ['person:Saddam Hussein [Iraqi President] #1', 'person:Hussein [King] #2', 'place:Jordan #3', 'person:Elizabeth [Queen] #4', 'person:Elizabeth Smith #5'] },
  { name: 'a title begins at its first word of office: not at a sentence\'s "But" or an "of" before it; a workplace before a title in lower case stays', input: 'But Palestinian President Yasser Arafat said no. The visit of Jordanian Prime Minister Abdul-Karim al-Kabariti ended. White House spokesman Mike McCurry said so.', expect: ['person:Yasser Arafat [Palestinian President]', 'person:Abdul-Karim al-Kabariti [Jordanian Prime Minister]', 'organization:White House', 'person:Mike McCurry [White House spokesman]'] },
  { name: 'a form of address for the other sex is not the person named in full ("Mrs Yeltsin" beside Boris Yeltsin)', input: 'President Boris Yeltsin was in hospital. Mrs Yeltsin visited him, and Mr. Yeltsin smiled.', expect: ['person:Boris Yeltsin [President] #1', 'person:Yeltsin [Mrs] #2', 'person:Yeltsin [Mr.] #1'] },
  { name: 'an abbreviation\'s period can end the sentence: no name runs on into the next "The"', input: 'The chain runs 160 restaurants throughout the U.S. The company listed its shares this month. It also sells in the U.K. The Dallas concern said so.', expect: ['place:U.S.', 'place:U.K.', 'place:Dallas'] },
  { name: 'a prefix bound to its word by a hyphen is no name ("Co" is a company\'s abbreviation in the lists)', input: 'Co-ordinated raids hit two villages on Monday. Co-Chairmen Ana Ruiz and Lev Orlov met later.', expect: ['person:Ana Ruiz', 'person:Lev Orlov'] },
  { name: 'a title with its head\'s "of" and domain before the name; the tagger\'s organisation of domain and person is the person', input: 'Secretary of State Hanna Berg flew to Oslo. Chief of Staff Tomas Vik stayed home.', expect: ['person:Hanna Berg [Secretary of State]', 'place:Oslo', 'person:Tomas Vik [Chief of Staff]'] },
  { name: 'a hyphenated title is whole; a lower-case domain before a lower-case head is the title\'s', input: 'U.N. Secretary-General Ines Duarte spoke. EU foreign policy chief Marek Nowak agreed.', expect: ['organization:U.N.', 'person:Ines Duarte [U.N. Secretary-General]', 'organization:EU', 'person:Marek Nowak [EU foreign policy chief]'] },
  { name: 'a middle initial between a given name and a surname keeps one person', input: 'He succeeds Arne A. Solberg, who stepped down.', expect: ['person:Arne A. Solberg'] },
  { name: 'an ordinary word opening a sentence before an acronym or a known organisation is no part of its name', input: 'Nordbank reported a rise in profit on Thursday. Rival DNB reports on May 8. Actual Airbus figures come later. General Motors said nothing.', expect: ['organization:Nordbank', 'organization:DNB', 'organization:Airbus', 'organization:General Motors'] },
  { name: 'a player\'s position is a title; a people before a lower-case title is no employer, a club is', input: 'Striker Marco Vitali scored twice. Later, Montenegrin midfielder Dragan Kovac was sent off, and Ascoli coach Pino Ferri complained.', expect: ['person:Marco Vitali [Striker]', 'person:Dragan Kovac [Montenegrin midfielder]', 'organization:Ascoli', 'person:Pino Ferri [Ascoli coach]'] },
  { name: 'a place in capitals opening the article before a dash is a dateline\'s, with or without a date', input: 'date 2010-06-08\n\nPhone maker shows new model\n\nSAN FRANCISCO - Orchard Labs showed a new phone on Monday.\n\nMIAMI (AP) -- Sales rose.', expect: ['place:SAN FRANCISCO', 'organization:Orchard Labs', 'place:MIAMI'] },
  { name: 'a storm\'s name is no person\'s; a saint\'s basilica at a sentence\'s end is one place', input: 'Hurricane Milton hit Florida on Wednesday. Pilgrims prayed at St. Peter\'s Basilica.', expect: ['place:Florida', "place:St. Peter's Basilica"] },
  { name: 'a body named "head of place" holds the place; a country\'s long name is the country', input: 'The Council of Europe criticised the vote. Troops entered the Democratic Republic of Congo.', expect: ['organization:Council of Europe', 'place:Democratic Republic of Congo'] },
  { name: 'where staff work "at" is a body, not a place', input: 'Analysts at Vantor Research expect growth, said Ann Lee, a strategist at Brennan Lambert.', expect: ['organization:Vantor Research', 'person:Ann Lee', 'organization:Brennan Lambert'] },
  { name: 'a quotation mark opening a paragraph opens its sentence: what follows the closing one is outside the quote', input: 'Lars Holm, the energy minister, said the plan would go ahead.\n\n"We will not back down," Holm told the Storting.', expect: ['person:Lars Holm', 'person:Holm', 'organization:Storting'] },
  { name: 'a name no list knows that an apposition calls a company is an organisation', input: 'Vardholm, the state-controlled oil company, declined to comment.', expect: ['organization:Vardholm'] },
  { name: 'armed movements are organisations, whatever the tagger read', input: 'The Taliban rejected the plan. Hezbollah denied any role, and Al-Qaeda said nothing.', expect: ['organization:Taliban', 'organization:Hezbollah', 'organization:Al-Qaeda'] },
  { name: 'a club of nations named by its number is an organisation', input: 'The finance ministers of the Group of Seven met in Lisbon.', expect: ['organization:Group of Seven', 'place:Lisbon'] },
  { name: 'a company, its "Chief Executive" and the person the tagger read as one organisation are three', input: 'Nordvik Chief Executive Anders Lund met the union in Bergen.', expect: ['organization:Nordvik', 'person:Anders Lund [Chief Executive]', 'place:Bergen'] },
  { name: 'a common word opening a headline stays in a name the article writes in full elsewhere', input: 'Government Accountability Office faults the tender for new ferries\n\nThe Government Accountability Office said on Tuesday that the tender broke the rules.', expect: ['organization:Government Accountability Office', 'organization:Government Accountability Office'] },
  { name: 'a maker before a model designation names a product, not the company; the company alone is one', input: 'Nordic Airways ordered six Airbus A321 jets and two Boeing 787s. Airbus said the deal was signed in Oslo.', expect: ['organization:Nordic Airways', 'organization:Airbus', 'place:Oslo'] },
  { name: 'a market index named after its compiler is no mention of the company; a body\'s own index is the body', input: 'Stocks slid on Friday. The Dow Jones industrial average lost 80 points and the Nasdaq composite index fell too. Dow Jones & Co reported higher profits.\n\nThe American Stock Exchange index rose 2 points on Friday.', expect: ['organization:Dow Jones & Co', 'organization:American Stock Exchange'] },
  { name: 'an operator run together with the maker keeps its own name', input: 'Two people were hurt when the Polar Airlines Tupolev 154 left the runway.', expect: ['organization:Polar Airlines'] },
  { name: 'a county side before its cricket score is no maker of a model', input: 'Close of play: Middlesex 312 (R. Jenkins 88, P. Moore 41).', expect: ['organization:Middlesex', 'person:R. Jenkins', 'person:P. Moore'] },
  { name: 'a sign-off before its telephone number is no maker of a model', input: 'Shares rose on Friday.\n-- Chicago Newsdesk 312 408 8787', expect: ['organization:Chicago Newsdesk'] },
  { name: 'a newsroom in a sign-off is an organisation, not a person', input: 'Prices fell on Friday, dealers said.\n-- Sofia Newsroom, 359-2-84561', expect: ['organization:Sofia Newsroom'] },
];

// ── Publication dates ────────────────────────────────────────────────────────────────────────────────────
// `expect` is `source date [year-inferred] "text read"`, or `unknown` when the article gives no date.

export interface PublicationCase {
  name: string;
  input: string;
  expect: string;
}

export const PUBLICATION_CASES: PublicationCase[] = [
  { name: 'header line', input: 'date 2025-10-01\nMinisters meet in Moscow\nThe talks began on Monday.', expect: 'header 2025-10-01 "date 2025-10-01"' },
  { name: 'header line with a leading space', input: ' date 2025-10-01\nThe talks began on Monday.', expect: 'header 2025-10-01 "date 2025-10-01"' },
  { name: 'header line with body text on the same line', input: ' date 2025-10-01 Russia and India signed a pact in Moscow.', expect: 'header 2025-10-01 "date 2025-10-01"' },
  { name: 'header keyword in capitals', input: 'DATE 2024-02-29\nA leap-day report.', expect: 'header 2024-02-29 "DATE 2024-02-29"' },
  { name: 'dateline without a year takes it from the dated references', input: 'Moscow, November 27: The summit planned for early December 2025 will go ahead, officials said.', expect: 'dateline 2025-11-27 year-inferred "November 27"' },
  { name: 'dateline year from the latest dated reference', input: 'Oslo, March 5: Catches fell in 2023 and again in 2024, the ministry said.', expect: 'dateline 2024-03-05 year-inferred "March 5"' },
  { name: 'dateline under a title', input: 'Lavrov in Moscow\nMoscow, November 27: Ministers met again, a year after the 2024 talks.', expect: 'dateline 2024-11-27 year-inferred "November 27"' },
  { name: 'dateline with its year written', input: 'New Delhi, Nov. 27, 2025 (Agency) - The delegation arrived late.', expect: 'dateline 2025-11-27 "Nov. 27, 2025"' },
  { name: 'date line under the title', input: 'Summit plans take shape\nMarch 06, 2008\nOfficials met in Paris.', expect: 'dateLine 2008-03-06 "March 06, 2008"' },
  { name: 'date line, day first', input: 'Summit plans take shape\n6 March 2008\nOfficials met in Paris.', expect: 'dateLine 2008-03-06 "6 March 2008"' },
  { name: 'date line in ISO form', input: 'Summit plans take shape\n2008-03-06\nOfficials met in Paris.', expect: 'dateLine 2008-03-06 "2008-03-06"' },
  { name: 'ISO dateline', input: 'LONDON 1996-08-30\nShares fell sharply in early trading.', expect: 'dateline 1996-08-30 "1996-08-30"' },
  { name: 'ISO dateline with the country', input: 'NICE, France 1996-08-30\nThe club named a new coach.', expect: 'dateline 1996-08-30 "1996-08-30"' },
  { name: 'no date anywhere', input: 'Ministers meet in Moscow\nThe talks began on Monday and ended on Tuesday.', expect: 'unknown' },
  { name: 'a date in the body is not a publication date', input: 'Ministers meet in Moscow\nOfficials met in Paris on December 5, 2024 to plan.', expect: 'unknown' },
  { name: 'empty text', input: '', expect: 'unknown' },
  { name: 'impossible header date', input: 'date 2025-02-30\nOfficials met on Friday.', expect: 'unknown (header) "date 2025-02-30"' },
  { name: 'impossible header month', input: 'date 2025-13-01\nOfficials met on Friday.', expect: 'unknown (header) "date 2025-13-01"' },
];

// ── Time expressions ─────────────────────────────────────────────────────────────────────────────────────
// `anchor` is the publication date relative expressions resolve against (null: none). `expect` lists every
// time expression in text order as `TYPE:text=value [MOD] [start..end]`.

export interface TimeCase {
  name: string;
  anchor: string | null;
  input: string;
  expect: string[];
}

export const TIME_CASES: TimeCase[] = [
  { name: 'part of a month with its year', anchor: null, input: 'The visit is planned for early December 2025.', expect: ['DATE:early December 2025=2025-12 START 2025-12-01..2025-12-10'] },
  { name: 'mid and late parts of a month', anchor: null, input: 'Talks run from mid-January 2026 to late February 2026.', expect: ['DATE:mid-January 2026=2026-01 MID 2026-01-11..2026-01-20', 'DATE:late February 2026=2026-02 END 2026-02-21..2026-02-28'] },
  { name: 'the beginning of a month', anchor: null, input: 'It opened at the beginning of March 2020.', expect: ['DATE:the beginning of March 2020=2020-03 START 2020-03-01..2020-03-10'] },
  { name: 'parts of a year', anchor: null, input: 'Prices rose in late 2024 and mid-2025.', expect: ['DATE:late 2024=2024 END 2024-09-01..2024-12-31', 'DATE:mid-2025=2025 MID 2025-05-01..2025-08-31'] },
  { name: 'day range without a year, anchored', anchor: '2025-10-01', input: 'The summit will be held on December 5-6.', expect: ['DATE:December 5-6=2025-12-05 2025-12-05..2025-12-06'] },
  { name: 'a month alone after "in", future', anchor: '2025-10-01', input: 'It will happen in May.', expect: ['DATE:May=2026-05 2026-05-01..2026-05-31'] },
  { name: 'a month alone after "in", past', anchor: '2025-10-01', input: 'We agreed in March.', expect: ['DATE:March=2025-03 2025-03-01..2025-03-31'] },
  { name: 'an irregular past verb dates the day backwards', anchor: '2025-10-01', input: 'They met on December 5.', expect: ['DATE:December 5=2024-12-05 2024-12-05..2024-12-05'] },
  { name: 'an impossible day is no date', anchor: null, input: 'Nothing happened on February 30.', expect: [] },
  { name: 'day range, day first', anchor: '2025-10-01', input: 'The summit will be held on 5-6 December.', expect: ['DATE:5-6 December=2025-12-05 2025-12-05..2025-12-06'] },
  { name: 'day range with a year', anchor: null, input: 'The summit is set for April 14-15, 2026.', expect: ['DATE:April 14-15, 2026=2026-04-14 2026-04-14..2026-04-15'] },
  { name: 'full date, day first', anchor: null, input: 'On 5 December 2025 they met.', expect: ['DATE:5 December 2025=2025-12-05 2025-12-05..2025-12-05'] },
  { name: 'ISO date', anchor: null, input: 'The filing is dated 2025-12-05 in the register.', expect: ['DATE:2025-12-05=2025-12-05 2025-12-05..2025-12-05'] },
  { name: 'abbreviated month keeps its period out of the span at a sentence end', anchor: '2025-10-01', input: 'Talks resume on Dec. 5.', expect: ['DATE:Dec. 5=2025-12-05 2025-12-05..2025-12-05'] },
  { name: 'month and year', anchor: null, input: 'The conflict began in February 2022.', expect: ['DATE:February 2022=2022-02 2022-02-01..2022-02-28'] },
  { name: 'part of a month without a year, future', anchor: '2025-10-01', input: 'They will meet in mid-January.', expect: ['DATE:mid-January=2026-01 MID 2026-01-11..2026-01-20'] },
  { name: 'last year', anchor: '2025-11-27', input: 'Trade grew sharply last year.', expect: ['DATE:last year=2024 2024-01-01..2024-12-31'] },
  { name: 'next year', anchor: '2025-11-27', input: 'Trade will grow again next year.', expect: ['DATE:next year=2026 2026-01-01..2026-12-31'] },
  { name: 'this month', anchor: '2025-10-01', input: 'Prices rose this month.', expect: ['DATE:this month=2025-10 2025-10-01..2025-10-31'] },
  { name: 'next week is an ISO week', anchor: '2025-10-01', input: 'The envoy arrives next week.', expect: ['DATE:next week=2025-W41 2025-10-06..2025-10-12'] },
  { name: 'yesterday and tomorrow', anchor: '2025-10-01', input: 'It happened yesterday and will continue tomorrow.', expect: ['DATE:yesterday=2025-09-30 2025-09-30..2025-09-30', 'DATE:tomorrow=2025-10-02 2025-10-02..2025-10-02'] },
  { name: 'later this year', anchor: '2025-10-01', input: 'Talks will happen later this year.', expect: ['DATE:later this year=2025 AFTER 2025-10-01..2025-12-31'] },
  { name: 'weekday in the past', anchor: '2025-10-01', input: 'The talks ended on Monday.', expect: ['DATE:Monday=2025-09-29 2025-09-29..2025-09-29'] },
  { name: 'weekday in the future', anchor: '2025-10-01', input: 'The talks will resume on Monday.', expect: ['DATE:Monday=2025-10-06 2025-10-06..2025-10-06'] },
  { name: 'years ago', anchor: '2025-10-01', input: 'The deal was signed 10 years ago.', expect: ['DATE:10 years ago=2015 2015-01-01..2015-12-31'] },
  { name: 'bare year', anchor: null, input: 'Exports rose 12 per cent in 2024.', expect: ['DATE:2024=2024 2024-01-01..2024-12-31'] },
  { name: 'a quantity is not a year', anchor: null, input: 'The plant produced 2024 tonnes of steel.', expect: [] },
  { name: 'a decade', anchor: null, input: 'The 1990s were hard years for the fleet.', expect: ['DATE:The 1990s=199X 1990-01-01..1999-12-31'] },
  { name: 'once a year is a SET', anchor: null, input: 'The leaders meet once a year.', expect: ['SET:once a year=P1Y'] },
  { name: 'twice a month and every week are SETs', anchor: null, input: 'They call twice a month and write every week.', expect: ['SET:twice a month=P1M', 'SET:every week=P1W'] },
  { name: 'a number of years is a DURATION', anchor: null, input: 'The treaty has lasted 33 years.', expect: ['DURATION:33 years=P33Y'] },
  { name: 'durations in words and hyphenated', anchor: null, input: 'After two weeks of talks, a 10-day visit followed.', expect: ['DURATION:two weeks=P2W', 'DURATION:10-day=P10D'] },
  { name: 'the past year is a duration', anchor: '2025-10-01', input: 'Over the past year, prices doubled.', expect: ['DURATION:the past year=P1Y'] },
  { name: 'no anchor: a day keeps its unknown year', anchor: null, input: 'The summit will be held on December 5.', expect: ['DATE:December 5=XXXX-12-05'] },
  { name: 'no anchor: a day range keeps its unknown year', anchor: null, input: 'The summit will be held on December 5-6.', expect: ['DATE:December 5-6=XXXX-12-05'] },
  { name: 'no anchor: part of a month keeps its unknown year', anchor: null, input: 'They will meet in early December.', expect: ['DATE:early December=XXXX-12 START'] },
  { name: 'no anchor: a month keeps its unknown year', anchor: null, input: 'It was agreed in October.', expect: ['DATE:October=XXXX-10'] },
  { name: 'no anchor: relative years are references, not years', anchor: null, input: 'Trade grew last year and will grow next year.', expect: ['DATE:last year=PAST_REF', 'DATE:next year=FUTURE_REF'] },
  { name: 'no anchor: today is the present, not the clock', anchor: null, input: 'They met yesterday and meet again today.', expect: ['DATE:yesterday=PAST_REF', 'DATE:today=PRESENT_REF'] },
  { name: 'no anchor: a weekday has no week', anchor: null, input: 'The talks will resume on Monday.', expect: ['DATE:Monday=XXXX-WXX-1'] },
  { name: 'no anchor: years ago is in the past', anchor: null, input: 'It failed 10 years ago.', expect: ['DATE:10 years ago=PAST_REF'] },
];

// ── Corpus ───────────────────────────────────────────────────────────────────────────────────────────────
// Articles are given by id; `expect` lists every corpus entity as
// `Ei type:name (alias, alias) ×mentionCount in article,article`.

export interface CorpusCase {
  name: string;
  articles: Record<string, string>;
  expect: string[];
  /** When given: every mention of every article, `article:type:text`, its type as the corpus gives it (typeOfMention). */
  types?: string[];
}

export const CORPUS_CASES: CorpusCase[] = [
  {
    name: 'an acronym its article spells out counts as defined there; an acronym is spelt, not folded',
    articles: {
      a: 'Leaders of the Commonwealth of Independent States met in Moscow. CIS members agreed on a budget.',
      b: 'Half of those asked backed talks, the survey by the state-controlled Centre for Sociological Studies (CIS) found.',
      c: 'Bund futures fell on LIFFE on Monday.',
      d: 'Shares of Life rose in Atlanta after the insurer\'s report.',
    },
    expect: ['E1 organization:Commonwealth of Independent States (CIS) ×2 in a', 'E2 place:Moscow ×1 in a', 'E3 organization:Centre for Sociological Studies (CIS) ×2 in b', 'E4 organization:LIFFE ×1 in c', 'E5 organization:Life ×1 in d', 'E6 place:Atlanta ×1 in d'],
  },
  {
    name: 'the Group of Seven and the G7 are one organisation',
    articles: { a: 'The finance ministers of the Group of Seven met in Lisbon on Friday.', b: 'G7 ministers said on Saturday that they would act together.' },
    expect: ['E1 organization:Group of Seven (G7) ×2 in a,b', 'E2 place:Lisbon ×1 in a'],
  },
  {
    name: 'a newsroom is not the organisation or the town it begins with',
    articles: { a: 'Profits at the group rose.\n-- Sydney Newsroom +61 2 9373 1800', b: 'Rugby results on Saturday:\nSydney 24 Canberra 10' },
    expect: ['E1 organization:Sydney Newsroom ×1 in a', 'E2 organization:Sydney ×1 in b', 'E3 organization:Canberra ×1 in b'],
  },
  {
    name: 'a town and the team named after it are two entities; a country and its national side one',
    articles: {
      a: 'Tourists came back to Boston on Saturday. England toured Australia.',
      b: 'Baseball results on Saturday:\nBoston 5 Seattle 3\nEngland 250 Australia 180',
      c: 'Snow fell in Boston and Seattle on Friday.',
    },
    expect: ['E1 place:Boston ×2 in a,c', 'E2 place:England ×2 in a,b', 'E3 place:Australia ×2 in a,b', 'E4 organization:Boston ×1 in b', 'E5 organization:Seattle ×1 in b', 'E6 place:Seattle ×1 in c'],
  },
  {
    name: 'an entity is named as prose writes it, not as datelines in capitals do',
    articles: { a: 'SAN FRANCISCO 1996-08-22\nFog closed the airport.', b: 'SAN FRANCISCO 1996-08-23\nThe fog lifted.', c: 'Tourists came back to San Francisco on Saturday.' },
    expect: ['E1 place:San Francisco (SAN FRANCISCO) ×3 in a,b,c'],
  },
  {
    name: 'a woman addressed as such is not the man of that surname named in another article',
    articles: { a: 'President Boris Yeltsin left hospital on Friday.', b: 'Mrs Yeltsin thanked the doctors.' },
    expect: ['E1 person:Boris Yeltsin ×1 in a', 'E2 person:Yeltsin ×1 in b'],
  },
  {
    name: 'a first word that begins the names of several bodies stands alone for the one the articles that write it alone name',
    articles: {
      a: 'Inter Milan beat Lazio on Sunday. Inter scored twice.',
      b: 'Inter Bratislava lost at home to Kosice.',
      c: 'Inter drew 1-1 with Parma.',
    },
    expect: ['E1 organization:Inter Milan (Inter) ×3 in a,c', 'E2 organization:Lazio ×1 in a', 'E3 organization:Inter Bratislava ×1 in b', 'E4 place:Kosice ×1 in b', 'E5 organization:Parma ×1 in c'],
  },
  {
    name: 'two names spelt out alike meet only through the acronym-led name, and an acronym no short form',
    articles: {
      a: 'Shares of Magna fell on the Toronto Stock Exchange on Monday.',
      b: 'Sony rose on the Tokyo Stock Exchange on Tuesday.',
      c: 'The AP reported the vote. The Associated Press (AP) said so.',
      d: 'Apple opened the App Store in July.',
    },
    expect: ['E1 organization:Magna ×1 in a', 'E2 organization:Toronto Stock Exchange ×1 in a', 'E3 organization:Sony ×1 in b', 'E4 organization:Tokyo Stock Exchange ×1 in b', 'E5 organization:Associated Press (AP) ×3 in c', 'E6 organization:Apple ×1 in d', 'E7 organization:App Store ×1 in d'],
  },
  {
    name: 'a sovereign is not the person who shares the name, nor a crown prince the king of that name',
    articles: { a: 'Iraqi President Saddam Hussein defied the embargo.', b: 'King Hussein flew to Washington. King Hassan met him there.', c: 'Crown Prince Hassan stood in for the king.' },
    expect: ['E1 person:Saddam Hussein ×1 in a', 'E2 person:Hussein ×1 in b', 'E3 place:Washington ×1 in b', 'E4 person:Hassan ×1 in b', 'E5 person:Hassan ×1 in c'],
  },
  {
    name: 'a name no list knows, alone, is the one person it is the given name of; a known given name is not',
    articles: {
      a: 'Six-year-old Tavio Ramirez was pulled from the sea off Florida on Thursday.',
      b: 'Relatives of Tavio said they would fight the order. Tavio stayed with a great-uncle in Miami.',
      c: 'Diana Ortiz met reporters in Lima.',
      d: 'Diana waved at the crowd in London.',
    },
    expect: ['E1 person:Tavio Ramirez (Tavio) ×3 in a,b', 'E2 place:Florida ×1 in a', 'E3 place:Miami ×1 in b', 'E4 person:Diana Ortiz ×1 in c', 'E5 place:Lima ×1 in c', 'E6 person:Diana ×1 in d', 'E7 place:London ×1 in d'],
  },
  {
    name: 'two transliterations of one name are one entity',
    articles: { a: 'Sergey Lavrov arrived in Delhi on Monday.', b: 'Sergei Lavrov left Delhi on Tuesday. Lavrov said little.' },
    expect: ['E1 person:Sergey Lavrov (Sergei Lavrov, Lavrov) ×3 in a,b', 'E2 place:Delhi ×2 in a,b'],
  },
  {
    name: 'people sharing a surname are not merged',
    articles: { a: 'Erik Hansen runs the port in Bergen.', b: 'Maria Hansen chairs the fisheries board.' },
    expect: ['E1 person:Erik Hansen ×1 in a', 'E2 place:Bergen ×1 in a', 'E3 person:Maria Hansen ×1 in b'],
  },
  {
    name: 'a surname alone that fits two people joins neither',
    articles: { a: 'Erik Hansen runs the port.', b: 'Maria Hansen chairs the board.', c: 'Hansen said nothing.' },
    expect: ['E1 person:Erik Hansen ×1 in a', 'E2 person:Maria Hansen ×1 in b', 'E3 person:Hansen ×1 in c'],
  },
  {
    name: 'an initial joins the full name it fits, not another with the same surname',
    articles: { a: 'Erik Hansen spoke.', b: 'E. Hansen listened.', c: 'M. Hansen left.' },
    expect: ['E1 person:Erik Hansen (E. Hansen) ×2 in a,b', 'E2 person:M. Hansen ×1 in c'],
  },
  {
    name: 'an initial joins the full name written in another article',
    articles: { a: 'S. Jaishankar spoke.', b: 'Subrahmanyam Jaishankar listened.' },
    expect: ['E1 person:Subrahmanyam Jaishankar (S. Jaishankar) ×2 in a,b'],
  },
  {
    name: 'surnames differing in a vowel, and accents, are one person',
    articles: { a: 'Ingrid Halvorsen met Jón Einarsson.', b: 'Ingrid Halvorson and Jon Einarsson signed.' },
    expect: ['E1 person:Ingrid Halvorsen (Ingrid Halvorson) ×2 in a,b', 'E2 person:Jón Einarsson (Jon Einarsson) ×2 in a,b'],
  },
  {
    name: 'a surname alone joins the one full name it fits',
    articles: { a: 'Ingrid Halvorsen opened the session.', b: 'Halvorsen closed the session.' },
    expect: ['E1 person:Ingrid Halvorsen (Halvorsen) ×2 in a,b'],
  },
  {
    name: 'an acronym alone joins the organisation that defined it',
    articles: { a: 'The Shanghai Cooperation Organisation (SCO) met in Tianjin.', b: 'The SCO will meet again next year.' },
    expect: ['E1 organization:Shanghai Cooperation Organisation (SCO) ×3 in a,b', 'E2 place:Tianjin ×1 in a'],
  },
  {
    name: 'regional spellings of an organisation are one entity',
    articles: { a: 'The Shanghai Cooperation Organisation met.', b: 'The Shanghai Cooperation Organization met again.' },
    expect: ['E1 organization:Shanghai Cooperation Organisation (Shanghai Cooperation Organization) ×2 in a,b'],
  },
  {
    name: 'ids follow first appearance, articles in id order',
    articles: { b: 'Norway and Iceland met.', a: 'Iceland hosted the talks in Reykjavik.' },
    expect: ['E1 place:Iceland ×2 in a,b', 'E2 place:Reykjavik ×1 in a', 'E3 place:Norway ×1 in b'],
  },
  {
    name: "a company's name with and without its legal form is one entity",
    articles: { a: 'Norrland Paper Corp. said it would cut jobs.', b: 'Norrland Paper Corporation denied the report.', c: 'Norrland Paper said the cuts were needed.' },
    expect: ['E1 organization:Norrland Paper Corp. (Norrland Paper Corporation, Norrland Paper) ×3 in a,b,c'],
  },
  {
    name: 'an acronym its article does not define joins the one name of the article whose initials it spells',
    articles: { a: 'The United Auto Workers union voted to strike on Monday.', b: 'The UAW said the vote was close. The United Auto Workers union has 400,000 members.' },
    expect: ['E1 organization:United Auto Workers (UAW) ×3 in a,b'],
  },
  {
    name: 'an acronym with an ampersand or periods spells the name too',
    articles: { a: "The Standard & Poor's 500 index lost 2 percent on Monday. Traders said the S&P would recover.", b: 'The Nordic Investment Bank lent more. The N.I.B. said so on Friday.' },
    expect: ['E1 organization:Standard & Poor (S&P) ×2 in a', 'E2 organization:Nordic Investment Bank (N.I.B.) ×2 in b'],
  },
  {
    name: 'an acronym two names of its article spell joins neither',
    articles: { a: 'The UAW said the vote was close. The United Auto Workers union and the Union of Atlantic Whalers met in Bergen.' },
    expect: ['E1 organization:UAW ×1 in a', 'E2 organization:United Auto Workers ×1 in a', 'E3 organization:Union of Atlantic Whalers ×1 in a', 'E4 place:Bergen ×1 in a'],
  },
  {
    name: 'an acronym does not join a name it spells in another article only',
    articles: { a: 'The United Auto Workers union voted to strike on Monday.', b: 'The UAW said the vote was close.' },
    expect: ['E1 organization:United Auto Workers ×1 in a', 'E2 organization:UAW ×1 in b'],
  },
  {
    name: 'a name that begins with an acronym is the name spelling it out, and a body of an organisation is not the organisation',
    articles: { a: 'The UN Security Council met on Monday.', b: 'The United Nations Security Council adopted a resolution.', c: 'The United Nations sent envoys to Tunis. The UN said the talks would go on.' },
    expect: ['E1 organization:United Nations Security Council (UN Security Council) ×2 in a,b', 'E2 organization:United Nations (UN) ×2 in c', 'E3 place:Tunis ×1 in c'],
  },
  {
    name: 'a word two organisations of one article begin with is the short form of neither there',
    articles: { a: 'Apple Corps sued Apple Computer in London on Monday. Apple said little.', b: 'Apple Inc. settled its dispute with Apple Corps on Friday.' },
    expect: ['E1 organization:Apple Corps ×2 in a,b', 'E2 organization:Apple Computer ×1 in a', 'E3 place:London ×1 in a', 'E4 organization:Apple Inc. (Apple) ×2 in a,b'],
  },
  {
    name: "an organisation's well-known short form is the organisation, across articles",
    articles: { a: 'The Federal Reserve raised its rates on Monday.', b: 'Traders said the Fed had little choice.' },
    expect: ['E1 organization:Federal Reserve (Fed) ×2 in a,b'],
  },
  {
    name: 'a one-word place no list knows that is the surname of one person named in full is theirs, and typed as it',
    articles: { a: 'President Evariste Ndayishimiye opened the session on Monday.', b: 'Critics of Ndayishimiye rallied in the capital.' },
    expect: ['E1 person:Evariste Ndayishimiye (Ndayishimiye) ×2 in a,b'],
    types: ['a:person:Evariste Ndayishimiye', 'b:person:Ndayishimiye'],
  },
  {
    name: 'a one-word place that two people named in full bear as a surname joins neither',
    articles: { a: 'President Evariste Ndayishimiye opened the session on Monday.', b: 'Minister Agathe Ndayishimiye chaired the panel.', c: 'Critics of Ndayishimiye rallied in the capital.' },
    expect: ['E1 person:Evariste Ndayishimiye ×1 in a', 'E2 person:Agathe Ndayishimiye ×1 in b', 'E3 place:Ndayishimiye ×1 in c'],
  },
  {
    name: 'a bare surname that names two companies joins neither',
    articles: { a: 'Halvorsen Marine Inc. reported losses on Monday.', b: 'Halvorsen Foods Ltd. hired 40 people.', c: 'Halvorsen said on Tuesday that it would cut 300 jobs. Halvorsen gave no reason.' },
    expect: ['E1 organization:Halvorsen Marine Inc. ×1 in a', 'E2 organization:Halvorsen Foods Ltd. ×1 in b', 'E3 person:Halvorsen ×2 in c'],
  },
  {
    name: 'a one-word place that a country, a capital or a company bears is not a surname',
    articles: { a: 'Queen Noor Jordan spoke on Monday.', b: 'Critics of Jordan rallied in Amman.', c: 'Anna Ericsson opened the plant.', d: 'Critics of Ericsson rallied in the capital.', e: 'Ericsson AB said it would cut jobs.' },
    expect: ['E1 person:Noor Jordan ×1 in a', 'E2 place:Jordan ×1 in b', 'E3 place:Amman ×1 in b', 'E4 person:Anna Ericsson ×1 in c', 'E5 organization:Ericsson AB (Ericsson) ×2 in d,e'],
  },
  {
    name: 'a bare surname no person bears is the company named by that word, and typed as it however often written',
    articles: { a: 'Halvorsen Marine Inc. reported losses on Monday.', b: 'Halvorsen said on Tuesday that it would cut 300 jobs. Halvorsen gave no reason.' },
    expect: ['E1 organization:Halvorsen Marine Inc. (Halvorsen) ×3 in a,b'],
    types: ['a:organization:Halvorsen Marine Inc.', 'b:organization:Halvorsen', 'b:organization:Halvorsen'],
  },
  {
    name: 'a bare surname a person bears stays theirs beside a company of that name',
    articles: { a: 'Halvorsen Marine Inc. reported losses on Monday.', b: 'Halvorsen said on Tuesday that it would cut 300 jobs.', c: 'Erik Halvorsen founded the yard in 1921.' },
    expect: ['E1 organization:Halvorsen Marine Inc. ×1 in a', 'E2 person:Erik Halvorsen (Halvorsen) ×2 in b,c'],
    types: ['a:organization:Halvorsen Marine Inc.', 'b:person:Halvorsen', 'c:person:Erik Halvorsen'],
  },
];
