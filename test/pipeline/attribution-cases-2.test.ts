import { attribute } from '../../src/pipeline';
import type { Quote } from '../../src/schemas/attribution';

/**
 * Round 2 of the news attribution challenge: registers and shapes round 1 (attribution-cases.test.ts)
 * does not cover — sport, courts, business filings and calls, science, culture, war reporting, local
 * news, live blogs, opinion columns, datelines, captions, headlines with a colon credit, longer
 * passages with several speakers, descriptions that refer back ("the 23-year-old", "the former
 * minister"), and quoted material nobody says (titles, nicknames, terms, signs).
 *
 * Names are invented. Matching follows the golden eval and round 1: a predicted quote matches an
 * expected one when the spans overlap by at least half of the longer span; a speaker is right when
 * the expected surname (or role word) appears as whole words in `speaker.name`, case-insensitive; a
 * `null` expectation requires `speaker === null`. A quote the engine finds that is not expected is
 * an error only when it was given a speaker (a stray quote with no speaker does no harm to the
 * attribution scores).
 */
interface ExpectedQuote {
  /** The quoted words as they appear in the text (marks excluded). */
  readonly quote: string;
  readonly speaker: string | null;
  /** Which occurrence of `quote` in the text, when it occurs more than once (0-based). */
  readonly nth?: number;
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly quotes: readonly ExpectedQuote[];
}

const CASES: readonly Case[] = [
  // --- Sport ----------------------------------------------------------------------------------------
  {
    name: 'sport: “…,” the Dutchman told Sky Sports — nationality description refers back',
    text:
      'Rovers manager Pieter Van der Berg was furious with the officials after the 2-1 defeat at Ashford. “It was never a penalty,” the Dutchman told Sky Sports. “I have watched it ten times and he dives.”',
    quotes: [
      { quote: 'It was never a penalty,', speaker: 'Berg' },
      { quote: 'I have watched it ten times and he dives.', speaker: 'Berg' },
    ],
  },
  {
    name: 'sport: “…,” said the 23-year-old, who … — age description refers back',
    text:
      'Kenyan runner Faith Chebet broke the course record by 40 seconds on Sunday. “I felt strong from the first kilometre,” said the 23-year-old, who only took up the marathon last year.',
    quotes: [{ quote: 'I felt strong from the first kilometre,', speaker: 'Chebet' }],
  },
  {
    name: 'sport: “the 31-year-old” picks the player of that age, not the nearest name',
    text:
      'Rodrigo Alves, 24, scored twice as Vila Nova won 3-0, but captain Lucas Ferreira, 31, limped off after ten minutes. “I felt my hamstring go on the first sprint,” the 31-year-old said.',
    quotes: [{ quote: 'I felt my hamstring go on the first sprint,', speaker: 'Ferreira' }],
  },
  {
    name: 'sport: “…,” the midfielder said — role noun refers back to the signing',
    text:
      'Tomasz Wiśniewski has signed a new four-year contract with the club. “This is my home now,” the midfielder said. “My family is settled and I want to win trophies here.”',
    quotes: [
      { quote: 'This is my home now,', speaker: 'Wiśniewski' },
      { quote: 'My family is settled and I want to win trophies here.', speaker: 'Wiśniewski' },
    ],
  },
  {
    name: 'sport: “…,” X said of Y — the person spoken of is not the speaker',
    text:
      '“He was the finest player I ever coached,” Arne Haaland said of Sammy Doyle, who died on Saturday aged 78.',
    quotes: [{ quote: 'He was the finest player I ever coached,', speaker: 'Haaland' }],
  },
  {
    name: 'sport: When asked about X, Name replied: “…”',
    text:
      'When asked about his future at the club, Vusi Dlamini replied: “I have a contract until 2027 and I intend to honour it.”',
    quotes: [{ quote: 'I have a contract until 2027 and I intend to honour it.', speaker: 'Dlamini' }],
  },
  {
    name: 'sport: Speaking after the game, the manager told BBC Radio 5 Live: “…”',
    text:
      'Castleford Town manager Declan Rourke saw his side lose for the fifth game running. Speaking after the game, the manager told BBC Radio 5 Live: “I take full responsibility. The players gave everything.”',
    quotes: [{ quote: 'I take full responsibility. The players gave everything.', speaker: 'Rourke' }],
  },
  // --- Courts ----------------------------------------------------------------------------------------------
  {
    name: 'court: “…,” the judge told him — the addressee is the defendant',
    text:
      'Judge Miriam Okafor jailed Dean Carver for nine years at Leeds Crown Court on Friday. “You showed no remorse whatsoever,” the judge told him. “Your victim will live with this for the rest of her life.”',
    quotes: [
      { quote: 'You showed no remorse whatsoever,', speaker: 'Okafor' },
      { quote: 'Your victim will live with this for the rest of her life.', speaker: 'Okafor' },
    ],
  },
  {
    name: 'court: Name KC told the jury: “…” — post-nominal letters after the name',
    text:
      'Opening the case for the prosecution, Rachel Dunmore KC told the jury at the Old Bailey: “The defendant lied to his wife, lied to the police and lied to his employer.”',
    quotes: [
      { quote: 'The defendant lied to his wife, lied to the police and lied to his employer.', speaker: 'Dunmore' },
    ],
  },
  {
    name: 'court: prosecutor told the jury that … “…”, then “…,” he said',
    text:
      'Prosecutor Alan Whitcombe told the jury that the defendant had “planned every detail” of the robbery. “This was not a moment of madness,” he said. “It was a calculated act of greed.”',
    quotes: [
      { quote: 'planned every detail', speaker: 'Whitcombe' },
      { quote: 'This was not a moment of madness,', speaker: 'Whitcombe' },
      { quote: 'It was a calculated act of greed.', speaker: 'Whitcombe' },
    ],
  },
  {
    name: 'court: in a statement read outside court by her solicitor, X said — the reader is not the speaker',
    text:
      'In a statement read outside court by her solicitor, the victim’s mother, Angela Pryor, said: “No sentence will ever bring our son back.”',
    quotes: [{ quote: 'No sentence will ever bring our son back.', speaker: 'Pryor' }],
  },
  {
    name: 'court: Giving evidence, Mr X said he had “…” — defendant introduced with address',
    text:
      'Kieran Voss, 38, of Hove Road, Brighton, denies all charges. Giving evidence on Tuesday, Mr Voss said he had “panicked” when he saw the police car.',
    quotes: [{ quote: 'panicked', speaker: 'Voss' }],
  },
  {
    name: 'court: a man in the public gallery shouted: “…”',
    text: 'As the verdict was read, a man in the public gallery shouted: “You’re all liars!”',
    quotes: [{ quote: 'You’re all liars!', speaker: 'man' }],
  },
  // --- Business ----------------------------------------------------------------------------------------------
  {
    name: 'business: Company said in a filing with the SEC that it expected “…”',
    text:
      'Northbridge Pharmaceuticals said in a filing with the Securities and Exchange Commission that it faced “material uncertainty” over its ability to keep trading.',
    quotes: [{ quote: 'material uncertainty', speaker: 'Northbridge' }],
  },
  {
    name: 'business: chief executive X told analysts on a call that … “…”, then she added',
    text:
      'Chief executive Ingrid Solberg told analysts on a call that demand in China had been “softer than we expected”. “We are not going to chase volume at any price,” she added.',
    quotes: [
      { quote: 'softer than we expected', speaker: 'Solberg' },
      { quote: 'We are not going to chase volume at any price,', speaker: 'Solberg' },
    ],
  },
  {
    name: 'business: “…,” the retailer said, adding that … — sector noun as speaker',
    text:
      'Shares in Pellow & Grant fell 6% on Thursday. “We remain confident in our full-year guidance,” the retailer said, adding that like-for-like sales rose 2.3%.',
    quotes: [{ quote: 'We remain confident in our full-year guidance,', speaker: 'Pellow' }],
  },
  {
    name: 'business: “…,” said X, an analyst at Y — then a sentence with no quote',
    text:
      '“The market clearly didn’t like what it heard,” said Priya Natarajan, an analyst at Halcyon Securities. Shares in the group fell 11% in early trading.',
    quotes: [{ quote: 'The market clearly didn’t like what it heard,', speaker: 'Natarajan' }],
  },
  {
    name: 'business: “…,” the statement said — the statement belongs to the company that issued it',
    text:
      'Halverson Rail issued a statement on Friday evening. “We apologise unreservedly to every passenger affected,” the statement said.',
    quotes: [{ quote: 'We apologise unreservedly to every passenger affected,', speaker: 'Halverson' }],
  },
  // --- Science and health ------------------------------------------------------------------------------------
  {
    name: 'science: said lead author Dr X of the University of Y',
    text:
      'The study, published in the Lancet, followed 12,000 adults for a decade. “The effect was far larger than we anticipated,” said lead author Dr Tobias Reinholt of the University of Göttingen.',
    quotes: [{ quote: 'The effect was far larger than we anticipated,', speaker: 'Reinholt' }],
  },
  {
    name: 'science: independent expert “who was not involved in the research” urged caution, then she said',
    text:
      'Dr Aisha Bello, who was not involved in the research, urged caution. “It is an observational study, so it cannot prove cause and effect,” she said.',
    quotes: [{ quote: 'It is an observational study, so it cannot prove cause and effect,', speaker: 'Bello' }],
  },
  {
    name: 'health: the World Health Organization described the outbreak as “…”',
    text: 'The World Health Organization described the outbreak as “a grave concern” on Wednesday.',
    quotes: [{ quote: 'a grave concern', speaker: 'World Health Organization' }],
  },
  // --- Culture and celebrity ------------------------------------------------------------------------------
  {
    name: 'culture: “…,” she wrote alongside a photo — Instagram post',
    text:
      'Singer Zara Okoro announced the birth of her daughter on Instagram. “Our hearts are so full,” she wrote alongside a photo of the baby.',
    quotes: [{ quote: 'Our hearts are so full,', speaker: 'Okoro' }],
  },
  {
    name: 'culture: a song title after a possessive is not speech; the interview quote is',
    text:
      'Felix Amberg’s new single, “Paper Moons”, entered the chart at number three. “I wrote it in my kitchen at 4am,” he told Rolling Stone.',
    quotes: [
      { quote: 'Paper Moons', speaker: null },
      { quote: 'I wrote it in my kitchen at 4am,', speaker: 'Amberg' },
    ],
  },
  {
    name: 'culture: a film title after a director’s possessive → no speaker',
    text: 'Director Hiroshi Tanabe’s latest film, “The Quiet Harbour”, opens in cinemas on Friday.',
    quotes: [{ quote: 'The Quiet Harbour', speaker: null }],
  },
  {
    name: 'culture: memoir title → no speaker; what she writes in it → the author',
    text:
      'In her memoir, “Salt and Iron”, published next month, Nadia Karimi writes that she “never once felt at home” in Westminster.',
    quotes: [
      { quote: 'Salt and Iron', speaker: null },
      { quote: 'never once felt at home', speaker: 'Karimi' },
    ],
  },
  {
    name: 'culture: the song she will open with → no speaker even though she “said”',
    text:
      'Speaking before the concert, Ellie Garnett said she would open with “Northern Lights”, the song that made her famous.',
    quotes: [{ quote: 'Northern Lights', speaker: null }],
  },
  {
    name: 'culture: a nickname inside a name → no speaker',
    text: 'Bolton-born boxer Tyrone “The Hammer” Blake retained his title in front of 20,000 fans.',
    quotes: [{ quote: 'The Hammer', speaker: null }],
  },
  // --- War reporting ---------------------------------------------------------------------------------
  {
    name: 'war: KYIV (Reuters) dateline; military spokesman X told national television',
    text:
      'KYIV (Reuters) - Ukrainian forces repelled 14 attacks near Vorontsivka overnight, the general staff said on Sunday. “The situation remains difficult but under control,” military spokesman Dmytro Lysenko told national television.',
    quotes: [{ quote: 'The situation remains difficult but under control,', speaker: 'Lysenko' }],
  },
  {
    name: 'war: a resident who gave only her first name',
    text:
      'A resident of the city, who gave only her first name, Olena, said the blasts shook her building. “The windows came in on top of the children,” she said.',
    quotes: [{ quote: 'The windows came in on top of the children,', speaker: 'Olena' }],
  },
  {
    name: 'war: the army said in a post on X that it had struck “…”',
    text: 'The army said in a post on X that it had struck “militant infrastructure” in the area overnight.',
    quotes: [{ quote: 'militant infrastructure', speaker: 'army' }],
  },
  {
    name: 'war: “…,” she was quoted as saying by the news agency',
    text:
      'Japan’s trade minister, Haruka Ishida, defended the sanctions on Tuesday. “We had no choice,” she was quoted as saying by the Kyodo news agency.',
    quotes: [{ quote: 'We had no choice,', speaker: 'Ishida' }],
  },
  // --- Local news ---------------------------------------------------------------------------------------------
  {
    name: 'local: chairman said … “…”; But resident X, 72, who …, said: “…”',
    text:
      'Parish council chairman Derek Rowntree said the speed bumps were “long overdue”. But resident Gillian Pocock, 72, who has lived on the lane for 40 years, said: “They are far too high. I have already had to replace my exhaust.”',
    quotes: [
      { quote: 'long overdue', speaker: 'Rowntree' },
      { quote: 'They are far too high. I have already had to replace my exhaust.', speaker: 'Pocock' },
    ],
  },
  {
    name: 'local: “…” according to a statement from the fire service',
    text: '“All residents were evacuated safely,” according to a statement from the fire service.',
    quotes: [{ quote: 'All residents were evacuated safely,', speaker: 'fire service' }],
  },
  {
    name: 'local: one woman in the audience, X, asked the minister: “…?”',
    text:
      'One woman in the audience, Deborah Stiles, asked the minister: “Why should my son wait two years for a wheelchair?”',
    quotes: [{ quote: 'Why should my son wait two years for a wheelchair?', speaker: 'Stiles' }],
  },
  {
    name: 'local: “…,” the officer told the protesters — addressee plural after the cue',
    text: '“Go home now or you will be arrested,” the officer told the protesters.',
    quotes: [{ quote: 'Go home now or you will be arrested,', speaker: 'officer' }],
  },
  // --- Live blogs -------------------------------------------------------------------------------------------------
  {
    name: 'live blog: two timestamped entries with a speaker each',
    text:
      '14:02 Health secretary Anjali Mehta has just told the Commons: “We will not let the waiting list grow any further.”\n\n14:10 Shadow health secretary Robert Kinsella replied: “She has said that every month for two years.”',
    quotes: [
      { quote: 'We will not let the waiting list grow any further.', speaker: 'Mehta' },
      { quote: 'She has said that every month for two years.', speaker: 'Kinsella' },
    ],
  },
  {
    name: 'live blog: “More from the mayor, who said …” refers back to the named mayor',
    text:
      '09:02 GMT – Mayor Luis Ortega has arrived at the flood barrier.\n\n09:15 GMT – More from the mayor, who said the clean-up would take “weeks, not days”.',
    quotes: [{ quote: 'weeks, not days', speaker: 'Ortega' }],
  },
  // --- Opinion columns ------------------------------------------------------------------------------------------
  {
    name: 'column: the writer’s anonymous source “as one did to me last week”',
    text:
      'I have covered Westminster for twenty years, and I have never heard a minister say, as one did to me last week, “We have no idea what we are doing.”',
    quotes: [{ quote: 'We have no idea what we are doing.', speaker: 'minister' }],
  },
  {
    name: 'column: the writer’s neighbour “told me” — me is the addressee',
    text:
      'I asked my neighbour, a nurse called Bernadette, what she thought of the offer. “Honestly? I’m thinking of leaving,” she told me.',
    quotes: [{ quote: 'Honestly? I’m thinking of leaving,', speaker: 'Bernadette' }],
  },
  {
    name: 'column: “As I told the committee” — I is the bylined writer',
    text:
      'By Miriam Fox, chief executive of the Patients’ Alliance\n\nAs I told the health select committee last week, “this policy is unworkable and everyone in the NHS knows it”.',
    quotes: [{ quote: 'this policy is unworkable and everyone in the NHS knows it', speaker: 'Fox' }],
  },
  {
    name: 'column: his doctor said: “…” — the writer’s father is not the speaker',
    text:
      'By Fiona Aldous\n\nWhen my father was told he had six months to live, his doctor said: “Go home and enjoy the time you have.”',
    quotes: [{ quote: 'Go home and enjoy the time you have.', speaker: 'doctor' }],
  },
  // --- Several speakers, pronouns, descriptions -------------------------------------------------------------
  {
    name: 'three speakers over five paragraphs, the first returning at the end',
    text:
      'The planning committee met for three hours on Wednesday night.\n\nCouncillor Mark Thwaite, who chairs the committee, said: “We have listened to every objection.”\n\nElaine Dorsey, who represents the residents’ group, disagreed. “They listened and then ignored us,” she said.\n\nThe developer’s agent, Colin Ferris, said the scheme would bring “much-needed family homes” to the area.\n\n“We will be back with a judicial review,” Ms Dorsey added.',
    quotes: [
      { quote: 'We have listened to every objection.', speaker: 'Thwaite' },
      { quote: 'They listened and then ignored us,', speaker: 'Dorsey' },
      { quote: 'much-needed family homes', speaker: 'Ferris' },
      { quote: 'We will be back with a judicial review,', speaker: 'Dorsey' },
    ],
  },
  {
    name: 'debate: he and she alternate; first names give the gender',
    text:
      'Anna Richter met her opponent, Jonas Weber, for a televised debate on Sunday. He accused her of “hiding from voters” for months. “She has not held a single public meeting,” he said. “That is simply untrue,” she replied.',
    quotes: [
      { quote: 'hiding from voters', speaker: 'Weber' },
      { quote: 'She has not held a single public meeting,', speaker: 'Weber' },
      { quote: 'That is simply untrue,', speaker: 'Richter' },
    ],
  },
  {
    name: 'pronoun skips the nearest name: she → Ms X, not Mr Y mentioned after her',
    text:
      'Ms Gallagher said she had warned Mr Fitzroy about the budget gap in March. “I told him the numbers did not add up,” she said.',
    quotes: [{ quote: 'I told him the numbers did not add up,', speaker: 'Gallagher' }],
  },
  {
    name: 'he → the man two sentences back, past a woman named in between',
    text:
      'Rajesh Kumar founded the company in 2009. Last year he hired Meera Shah as chief operating officer. “Hiring her was the best decision I ever made,” he said.',
    quotes: [{ quote: 'Hiring her was the best decision I ever made,', speaker: 'Kumar' }],
  },
  {
    name: '“…,” the former minister told Times Radio — description refers back',
    text:
      'Sir Geoffrey Halston, who served as defence secretary from 2010 to 2014, has criticised the cuts. “We are hollowing out the army,” the former minister told Times Radio.',
    quotes: [{ quote: 'We are hollowing out the army,', speaker: 'Halston' }],
  },
  {
    name: '“…,” the pair said in a joint statement → the pair, as a group',
    text:
      'Igor Petrenko and Viktor Sokol were both acquitted on Thursday. “We always said we were innocent,” the pair said in a joint statement.',
    quotes: [{ quote: 'We always said we were innocent,', speaker: 'pair' }],
  },
  {
    name: 'both men said they had been “…” → both men, as a group',
    text: 'Callum Reid and Jordan Esposito were released without charge. Both men said they had been “stitched up” by the police.',
    quotes: [{ quote: 'stitched up', speaker: 'Both men' }],
  },
  // --- Cue verbs and frames ---------------------------------------------------------------------------------
  {
    name: 'In a letter to …, seen by the BBC, Dr X wrote: “…”',
    text:
      'In a letter to the health secretary, seen by the BBC, Dr Rupert Anand wrote: “Staff are at breaking point. Some are sleeping in their cars between shifts.”',
    quotes: [{ quote: 'Staff are at breaking point. Some are sleeping in their cars between shifts.', speaker: 'Anand' }],
  },
  {
    name: 'Opposition leader X said in a post on X: “…”',
    text: 'Opposition leader Kemal Arslan said in a post on X: “Today democracy died in this country.”',
    quotes: [{ quote: 'Today democracy died in this country.', speaker: 'Arslan' }],
  },
  {
    name: '“…,” X told the Guardian in an interview last month',
    text: '“I was never going to be a politician,” Eleanor Vance told the Guardian in an interview last month.',
    quotes: [{ quote: 'I was never going to be a politician,', speaker: 'Vance' }],
  },
  {
    name: 'the club added in a statement — the name inside the quote is not the speaker',
    text:
      'The club confirmed the departure of head coach Mikel Zubiri on Monday. “Mikel leaves with our thanks and best wishes,” the club added in a statement.',
    quotes: [{ quote: 'Mikel leaves with our thanks and best wishes,', speaker: 'club' }],
  },
  {
    name: 'feature: “…,” she says. “…” — present tense, two quotes',
    text:
      'Ruth Okonkwo is 82 and still swims in the sea every morning. “The cold is the best medicine there is,” she says. “My doctor thinks I’m mad.”',
    quotes: [
      { quote: 'The cold is the best medicine there is,', speaker: 'Okonkwo' },
      { quote: 'My doctor thinks I’m mad.', speaker: 'Okonkwo' },
    ],
  },
  {
    name: 'Asked whether …, the chancellor replied: “…”',
    text:
      'Asked whether he would rule out a tax rise, the chancellor replied: “I am not going to write the budget on the radio.”',
    quotes: [{ quote: 'I am not going to write the budget on the radio.', speaker: 'chancellor' }],
  },
  {
    name: 'Asked whether …, she said: “…” — pronoun to the minister in the previous sentence',
    text:
      'Justice secretary Moira Kendrick visited the prison on Monday. Asked whether she still had confidence in the governor, she said: “Complete confidence.”',
    quotes: [{ quote: 'Complete confidence.', speaker: 'Kendrick' }],
  },
  {
    name: '“…,” Ms X told Mr Y — a titled addressee after the cue',
    text: '“You are a liar and everybody in this chamber knows it,” Ms Pryce told Mr Hale during a heated exchange.',
    quotes: [{ quote: 'You are a liar and everybody in this chamber knows it,', speaker: 'Pryce' }],
  },
  // --- Quote shapes -------------------------------------------------------------------------------------------
  {
    name: 'split mid-sentence: “We will,” she said, “fight on.”',
    text: 'Councillor Joy Mbeki lost her seat by 12 votes. “We will,” she said, “fight on.”',
    quotes: [
      { quote: 'We will,', speaker: 'Mbeki' },
      { quote: 'fight on.', speaker: 'Mbeki' },
    ],
  },
  {
    name: 'split with an inverted cue and an appositive in the middle',
    text: '“The vaccine is safe,” said Dr Kaito Mori, the agency’s chief medical officer, “and it works.”',
    quotes: [
      { quote: 'The vaccine is safe,', speaker: 'Mori' },
      { quote: 'and it works.', speaker: 'Mori' },
    ],
  },
  {
    name: 'quote across two paragraphs with the cue at the end (Pte rank)',
    text: '“The first month was hell.\n\n“After that you get used to it, I suppose,” said Pte Josh Harker, 19.',
    quotes: [
      { quote: 'The first month was hell.', speaker: 'Harker' },
      { quote: 'After that you get used to it, I suppose,', speaker: 'Harker' },
    ],
  },
  {
    name: 'nested quote inside a quote: one quote, the outer speaker',
    text: 'Lorna Baptiste’s husband walked out in 2019. “He looked me in the eye and said ‘never again’,” she said.',
    quotes: [{ quote: 'He looked me in the eye and said ‘never again’,', speaker: 'Baptiste' }],
  },
  {
    name: 'two quoted words in one reported sentence',
    text: 'Ms Ferrante said the proposals were “unworkable” and “frankly insulting” to teachers.',
    quotes: [
      { quote: 'unworkable', speaker: 'Ferrante' },
      { quote: 'frankly insulting', speaker: 'Ferrante' },
    ],
  },
  {
    name: 'partial, then “He said he had been …” in the next sentence',
    text: 'The minister, Peter Okello, said the report was “a whitewash”. He said he had been “deliberately misled” by officials.',
    quotes: [
      { quote: 'a whitewash', speaker: 'Okello' },
      { quote: 'deliberately misled', speaker: 'Okello' },
    ],
  },
  // --- Transcripts, datelines, captions, headlines, pull quotes -----------------------------------------------
  {
    name: 'Q&A with quoted answers after an introduction of the interviewee (Q is the interviewer, i.e. the author)',
    text:
      'Jens Haugland, Norway’s foreign minister, spoke to us in Oslo.\n\nQ: “Will Norway send more troops?”\nA: “We will do whatever our allies ask of us.”',
    quotes: [
      { quote: 'Will Norway send more troops?', speaker: 'author' },
      { quote: 'We will do whatever our allies ask of us.', speaker: 'Haugland' },
    ],
  },
  {
    name: 'WASHINGTON (AP) — dateline; Senate Majority Leader X said',
    text:
      'WASHINGTON (AP) — The Senate passed the bill 52-48 on Tuesday. “This is a historic day for American workers,” Senate Majority Leader Carl Brennan said.',
    quotes: [{ quote: 'This is a historic day for American workers,', speaker: 'Brennan' }],
  },
  {
    name: 'LONDON (Reuters) - dateline; “…,” the lender said',
    text:
      'LONDON (Reuters) - Aldgate Building Society, Britain’s biggest mortgage lender, raised rates on Thursday. “Funding costs have risen sharply,” the lender said.',
    quotes: [{ quote: 'Funding costs have risen sharply,', speaker: 'Aldgate' }],
  },
  {
    name: 'photo caption with a photographer credit, then a quote by a neighbour',
    text:
      'Firefighters at the scene on Tuesday. Photograph: Jan Kowalski/EPA\n\n“The whole street was on fire,” said neighbour Ahmed Karim.',
    quotes: [{ quote: 'The whole street was on fire,', speaker: 'Karim' }],
  },
  {
    name: 'caption: banner reading “…” → no speaker',
    text: 'Mourners hold a banner reading “Justice for Jordan” outside the court. Photograph: PA',
    quotes: [{ quote: 'Justice for Jordan', speaker: null }],
  },
  {
    name: 'headline with a colon credit: Surname: ‘…’, then the body names him',
    text:
      'Mensah: ‘I will not resign over this’\n\nThe embattled health minister Kojo Mensah has refused to step down after the report was published.',
    quotes: [{ quote: 'I will not resign over this', speaker: 'Mensah' }],
  },
  {
    name: 'pull quote repeating a line of the speaker',
    text:
      'Marta Nowicka, 41, was held at the border for 11 hours. “We were treated like criminals,” she said. “Nobody told us anything.”\n\n“We were treated like criminals”\n\nThe Home Office said it did not comment on individual cases.',
    quotes: [
      { quote: 'We were treated like criminals', speaker: 'Nowicka' },
      { quote: 'Nobody told us anything.', speaker: 'Nowicka' },
      { quote: 'We were treated like criminals', speaker: 'Nowicka', nth: 1 },
    ],
  },
  // --- Quoted material nobody says -----------------------------------------------------------------------------
  {
    name: 'the so-called ‘triple lock’ → null; “…” after saying → the chancellor',
    text:
      'The chancellor refused to commit to the so-called ‘triple lock’ on pensions, saying only that the government would “look at all options”.',
    quotes: [
      { quote: 'triple lock', speaker: null },
      { quote: 'look at all options', speaker: 'chancellor' },
    ],
  },
  {
    name: 'what economists call “stagflation” → no speaker',
    text: 'The country now faces what economists call “stagflation” – rising prices and a stagnant economy.',
    quotes: [{ quote: 'stagflation', speaker: null }],
  },
  {
    name: 'a sign on the door read “…” → no speaker',
    text: 'By lunchtime the branch had shut. A handwritten sign on the door read “Closed until further notice”.',
    quotes: [{ quote: 'Closed until further notice', speaker: null }],
  },
  {
    name: 'a charity’s campaign name → no speaker although its director said something',
    text: 'The charity’s “Warm Homes” campaign has raised £2m since January, its director, Paul Simms, said.',
    quotes: [{ quote: 'Warm Homes', speaker: null }],
  },
  {
    name: 'the so-called “Magnificent Seven” inside an analyst’s reported speech → no speaker',
    text: 'Analyst Rhys Morgan said the so-called “Magnificent Seven” tech stocks were still overvalued.',
    quotes: [{ quote: 'Magnificent Seven', speaker: null }],
  },
  {
    name: 'a term in quotes with a gloss → no speaker',
    text: 'The bill would ban “forever chemicals”, known as PFAS, from cosmetics sold in the state.',
    quotes: [{ quote: 'forever chemicals', speaker: null }],
  },
  // --- Name shapes -------------------------------------------------------------------------------------------
  {
    name: 'Spanish double surname: said María José García Márquez, the economy minister',
    text: '“Spain cannot afford another lost decade,” said María José García Márquez, the economy minister.',
    quotes: [{ quote: 'Spain cannot afford another lost decade,', speaker: 'Márquez' }],
  },
  {
    name: 'Dutch lower-case particle: said Willem van der Linden, the water board’s director',
    text: '“The dikes will hold,” said Willem van der Linden, the water board’s director.',
    quotes: [{ quote: 'The dikes will hold,', speaker: 'Linden' }],
  },
  {
    name: 'Korean name, sentence-initial, cue before',
    text: 'Park Ji-woo, a nurse in Seoul, said: “We have not had a day off since March.”',
    quotes: [{ quote: 'We have not had a day off since March.', speaker: 'Park' }],
  },
  {
    name: 'Arabic name with bin and Al, after the quote',
    text:
      '“The talks were constructive,” Sheikh Khalid bin Saeed Al Mansoori told reporters in Doha.',
    quotes: [{ quote: 'The talks were constructive,', speaker: 'Mansoori' }],
  },
  {
    name: 'Metropolitan Police’s deputy assistant commissioner, X, said: “…”',
    text:
      'The Metropolitan Police’s deputy assistant commissioner, Laura Quayle, said: “We will not tolerate violence against our officers.”',
    quotes: [{ quote: 'We will not tolerate violence against our officers.', speaker: 'Quayle' }],
  },
];

interface Located {
  readonly start: number;
  readonly end: number;
}

function overlapsEnough(a: Located, b: Located): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.max(a.end - a.start, b.end - b.start);
}

function speakerMatches(q: Quote, expected: string | null): boolean {
  if (expected === null) return q.speaker === null;
  if (q.speaker === null) return false;
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(q.speaker.name);
}

function summarise(q: Quote): string {
  return `${q.speaker === null ? 'null' : JSON.stringify(q.speaker.name)} via ${q.rule}`;
}

function locate(text: string, e: ExpectedQuote): Located {
  let start = -1;
  for (let n = 0; n <= (e.nth ?? 0); n++) {
    start = text.indexOf(e.quote, start + 1);
    if (start < 0) throw new Error(`case error: "${e.quote}" (occurrence ${e.nth ?? 0}) is not in the text`);
  }
  return { start, end: start + e.quote.length };
}

/**
 * Cases the engine still gets wrong, each with the reason. They are not skipped: the test below
 * asserts that each one still fails, so a fix forces the entry out of this list.
 */
const KNOWN_MISSES: ReadonlyMap<string, string> = new Map([
  [
    'war: a resident who gave only her first name',
    'the name arrives as a second appositive ("…, who gave only her first name, Olena,"); the pronoun resolves to "A resident", not to the bare first name',
  ],
]);

describe('attribute: news attribution cases, round 2 — known misses', () => {
  it.each([...KNOWN_MISSES])('%s still misses (%s)', (name) => {
    const c = CASES.find((x) => x.name === name) as Case;
    expect(c).toBeDefined();
    const result = attribute(c.text);
    const allRight = c.quotes.every((e) => {
      const span = locate(c.text, e);
      const q = result.quotes.find((x) => overlapsEnough(x, span));
      return q !== undefined && speakerMatches(q, e.speaker);
    });
    expect(allRight).toBe(false);
  });
});

describe('attribute: news attribution cases, round 2', () => {
  it('has at least 60 cases with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES.filter((c) => !KNOWN_MISSES.has(c.name)))('$name', ({ text, quotes: expected }) => {
    const result = attribute(text);
    const used = new Set<number>();
    const got = expected.map((e) => {
      const span = locate(text, e);
      const k = result.quotes.findIndex((q, i) => !used.has(i) && overlapsEnough(q, span));
      if (k < 0) return { quote: e.quote, speaker: 'NO QUOTE FOUND' };
      used.add(k);
      const q = result.quotes[k] as Quote;
      expect(text.slice(q.start, q.end)).toBe(q.text);
      return { quote: e.quote, speaker: speakerMatches(q, e.speaker) ? e.speaker : summarise(q) };
    });
    const extra = result.quotes
      .filter((q, i) => !used.has(i) && q.speaker !== null)
      .map((q) => `${q.text} (${summarise(q)})`);
    expect({ quotes: got, extra }).toEqual({ quotes: expected.map((e) => ({ quote: e.quote, speaker: e.speaker })), extra: [] });
  });
});
