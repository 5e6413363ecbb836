import type { Gender } from '../types';
import { WordList, WordMap } from './word-list';

/**
 * Role nouns. A role phrase is a speaker in its own right ("the prime minister's official
 * spokesman", "a senior source") or, for titles, another way to name a person the article names
 * ("the prime minister" after "Prime Minister Jane Doe").
 */

/** Titles: a definite mention ("the prime minister") refers to the person who holds the title. */
export const TITLE_NOUNS: ReadonlySet<string> = new WordList([
  'minister', 'secretary', 'president', 'premier', 'chancellor', 'leader', 'mayor', 'governor', 'senator',
  'congressman', 'congresswoman', 'mp', 'mep', 'msp', 'chairman', 'chairwoman', 'chair', 'chief',
  'executive', 'ceo', 'director', 'commissioner', 'ambassador', 'counterpart', 'king', 'queen', 'prince',
  'princess', 'pope', 'monarch', 'commander', 'manager', 'coach', 'captain', 'judge', 'speaker',
  'attorney', 'prosecutor', 'chairperson', 'head', 'boss', 'founder', 'owner', 'candidate', 'nominee',
  'deputy', 'pm', 'taoiseach', 'envoy', 'diplomat', 'councillor', 'superintendent', 'inspector',
  'constable', 'officer', 'coroner', 'bishop', 'archbishop', 'vicar', 'rabbi', 'imam', 'cardinal', 'dean',
  'principal', 'headteacher', 'provost', 'vice-chancellor', 'frontbencher', 'backbencher', 'whip',
  'lawmaker', 'legislator', 'politician', 'peer', 'lord', 'baroness', 'sheriff', 'marshal', 'admiral',
  'colonel', 'lieutenant', 'sergeant', 'economist', 'strategist', 'treasurer', 'controller', 'comptroller',
  'auditor', 'registrar',
]);

/** Roles that are their own speakers and never stand for a named person by themselves. */
export const OWN_ROLE_NOUNS: ReadonlySet<string> = new WordList([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'source',
  'sources', 'official', 'officials', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors',
  'insider', 'insiders', 'ally', 'allies', 'friend', 'friends', 'colleague', 'colleagues', 'critic',
  'critics', 'analyst', 'analysts', 'expert', 'experts', 'lawyer', 'lawyers', 'solicitor', 'barrister',
  'witness', 'witnesses', 'resident', 'residents', 'neighbour', 'neighbours', 'neighbor', 'worker',
  'workers', 'student', 'students', 'teacher', 'teachers', 'doctor', 'doctors', 'nurse', 'nurses',
  'parent', 'parents', 'mother', 'father', 'daughter', 'son', 'wife', 'husband', 'sister', 'brother',
  'mum', 'dad', 'grandmother', 'grandfather', 'man', 'woman', 'boy', 'girl', 'person', 'people',
  'campaigner', 'campaigners', 'activist', 'activists', 'protester', 'protesters', 'voter', 'voters',
  'fan', 'fans', 'supporter', 'supporters', 'member', 'members', 'backbenchers', 'researcher',
  'researchers', 'scientist', 'scientists', 'professor', 'author', 'authors', 'reporter', 'journalist',
  'correspondent', 'editor', 'presenter', 'host', 'interviewer', 'victim', 'victims', 'survivor',
  'survivors', 'relative', 'relatives', 'family', 'owner', 'owners', 'investor', 'investors', 'trader',
  'traders', 'farmer', 'farmers', 'employee', 'employees', 'staff', 'customer', 'customers', 'patient',
  'patients', 'passenger', 'passengers', 'driver', 'drivers', 'pilot', 'soldier', 'soldiers', 'officers',
  'ministers', 'mps', 'peers', 'politicians', 'leaders', 'executives', 'directors', 'diplomats',
  'negotiator', 'negotiators', 'organiser', 'organisers', 'organizer', 'organizers', 'representative',
  'representatives', 'figure', 'figures', 'strategists', 'economists', 'commentators', 'commentator',
  'observer', 'observers', 'veteran', 'veterans', 'historian', 'chef', 'designer', 'artist', 'singer',
  'actor', 'actress', 'player', 'players', 'manager', 'managers',
  // Occupations and sport: "the midfielder said" refers back to the player the article named.
  'midfielder', 'striker', 'forward', 'defender', 'goalkeeper', 'keeper', 'winger', 'full-back',
  'centre-back', 'batsman', 'batter', 'bowler', 'jockey', 'trainer', 'rider', 'sprinter', 'runner',
  'athlete', 'swimmer', 'cyclist', 'boxer', 'fighter', 'golfer', 'champion', 'skipper', 'rapper',
  'musician', 'writer', 'novelist', 'poet', 'comedian', 'businessman', 'businesswoman', 'entrepreneur',
  'billionaire', 'tycoon', 'banker', 'academic', 'surgeon', 'pupil', 'defendant', 'detective',
  'firefighter', 'paramedic', 'fisherman', 'shopkeeper', 'tenant', 'landlord', 'pensioner', 'youngster',
  'teenager', 'star', 'rookie', 'debutant', 'newcomer', 'midwife', 'carer', 'volunteer', 'founder', 'boss',
  'singer-songwriter', 'songwriter', 'filmmaker', 'photographer', 'climber', 'explorer', 'mourner',
  'motorist', 'cabbie', 'priest', 'minister', 'economist', 'international', 'meteorologist',
  'epidemiologist', 'psychologist', 'consultant', 'inspector', 'inspectors', 'paramedics', 'clinician',
  'clinicians', 'librarian', 'glaciologist', 'neurosurgeon',
  // Crowds and the people in them, who chant and heckle (a crowd itself is no "he" or "she"): "the attendees chanted", "the heckler yelled".
  'attendee', 'attendees', 'heckler', 'hecklers', 'marcher', 'marchers',
  'spectator', 'spectators', 'demonstrator', 'demonstrators', 'onlooker', 'onlookers', 'participant',
  'participants', 'respondent', 'respondents', 'delegate', 'delegates', 'caller', 'callers', 'listener',
  'listeners', 'viewer', 'viewers', 'rallygoer', 'rallygoers', 'churchgoer', 'churchgoers',
  // Political and media commentary: "the columnist suggested", "corporate lobbyists describe".
  'columnist', 'columnists', 'lobbyist', 'lobbyists', 'proponents', 'pollster', 'pollsters', 'blogger', 'bloggers',
  'anchor', 'moderator', 'pundit', 'pundits', 'policymaker', 'policymakers', 'questioner', 'questioners',
]);

/** Organisations as speakers: "the newspaper wrote", "the department said". */
export const ORGANISATION_NOUNS: ReadonlySet<string> = new WordList([
  'government', 'department', 'ministry', 'newspaper', 'paper', 'company', 'firm', 'council', 'party',
  'police', 'court', 'committee', 'commission', 'agency', 'charity', 'union', 'group', 'organisation',
  'organization', 'office', 'team', 'campaign', 'club', 'board', 'bank', 'website', 'broadcaster',
  'network', 'channel', 'magazine', 'outlet', 'publication', 'university', 'school', 'hospital', 'trust',
  'authority', 'regulator', 'watchdog', 'administration', 'cabinet', 'opposition', 'treasury', 'army',
  'military', 'navy', 'embassy', 'consulate', 'parliament', 'congress', 'senate', 'tribunal', 'inquiry',
  'coalition', 'alliance', 'federation', 'association', 'institute', 'foundation', 'corporation',
  'retailer', 'supermarket', 'airline', 'operator', 'provider', 'carrier', 'manufacturer', 'insurer',
  'lender', 'developer', 'league', 'service', 'statement', 'carmaker', 'publisher', 'business', 'chain',
  'brand', 'startup', 'utility', 'supplier', 'society', 'report', 'email', 'memo', 'complaint', 'lawsuit', 'petition', 'letter', 'headline', 'editorial',
  'county', 'tabloid', 'convention',
]);

/** Words that end an organisation's capitalised name: "Downing Street", "Labour Party", "Home Office". */
export const ORGANISATION_NAME_WORDS: ReadonlySet<string> = new WordList([
  'street', 'party', 'office', 'council', 'ministry', 'department', 'news', 'group', 'union', 'committee',
  'commission', 'agency', 'bank', 'service', 'services', 'court', 'police', 'government', 'university',
  'institute', 'association', 'foundation', 'trust', 'corporation', 'company', 'ltd', 'inc', 'plc', 'llc',
  'times', 'post', 'herald', 'journal', 'gazette', 'tribune', 'press', 'daily', 'weekly', 'network',
  'channel', 'radio', 'tv', 'television', 'house', 'hall', 'board', 'authority', 'fund', 'forum',
  'organisation', 'organization', 'federation', 'league', 'club', 'alliance', 'coalition', 'movement',
  'front', 'army', 'force', 'forces', 'guard', 'command', 'parliament', 'assembly', 'senate', 'congress',
  'cabinet', 'treasury', 'executive', 'live', 'online', 'media', 'telegraph', 'mail', 'express', 'mirror',
  'sun', 'star', 'observer', 'standard', 'economist', 'magazine', 'review', 'airlines', 'airways',
  'motors', 'systems', 'technologies', 'labs', 'partners', 'holdings', 'capital', 'co', 'corp', 'society',
  'rail', 'railways', 'energy', 'power', 'water', 'gas', 'foods', 'pharma', 'pharmaceuticals',
  'securities', 'insurance', 'homes', 'construction', 'logistics', 'entertainment', 'studios', 'records',
  'games', 'software', 'mining', 'oil', 'steel', 'telecom', 'networks', 'stores', 'brands', 'ventures',
  'investments', 'finance', 'financial', 'healthcare', 'bancorp', 'industries', 'international', 'global',
  'solutions', 'resources', 'airport', 'port',
]);

/**
 * Descriptions that refer back to the organisation the article last named: "Shares in Acme fell…
 * “…,” **the retailer** said"; "Acme issued a statement. “…,” **the statement** said".
 */
export const ORGANISATION_DESCRIPTIONS: ReadonlySet<string> = new WordList([
  'company', 'firm', 'retailer', 'lender', 'bank', 'group', 'airline', 'carrier', 'operator', 'provider',
  'manufacturer', 'insurer', 'supermarket', 'developer', 'club', 'charity', 'business', 'brand', 'chain',
  'startup', 'giant', 'carmaker', 'broadcaster', 'publisher', 'statement', 'builder', 'utility',
  'supplier', 'platform', 'network', 'organisation', 'organization', 'society', 'university', 'council',
  'watchdog', 'regulator', 'union', 'agency', 'report', 'inquiry', 'review', 'commission',
]);

/**
 * Roles that are never another way to name someone already named: spokespeople and sources speak
 * for others, and relatives and generic people are different people ("her daughter", "the woman").
 */
export const NON_COREFERENT_ROLES: ReadonlySet<string> = new WordList([
  'spokesman', 'spokeswoman', 'spokesperson', 'source', 'official', 'aide', 'adviser', 'advisor', 'insider',
  'ally', 'friend', 'colleague', 'relative', 'mother', 'father', 'daughter', 'son', 'wife', 'husband',
  'sister', 'brother', 'mum', 'dad', 'grandmother', 'grandfather', 'partner', 'man', 'woman', 'boy',
  'girl', 'person', 'neighbour', 'neighbor', 'witness', 'resident', 'passer-by', 'bystander', 'victim',
  'attendee', 'heckler', 'marcher', 'spectator', 'demonstrator', 'onlooker', 'participant',
  'respondent', 'caller', 'listener', 'viewer', 'rallygoer', 'churchgoer',
]);

/** Normal forms of titles that are written several ways. */
export const TITLE_SYNONYMS: ReadonlyMap<string, string> = new WordMap<string, string>([
  ['pm', 'prime minister'],
  ['premier', 'prime minister'],
  ['ceo', 'chief executive'],
  ['chief executive officer', 'chief executive'],
  ['chairwoman', 'chair'],
  ['chairman', 'chair'],
  ['chairperson', 'chair'],
]);

/** Words that stand for the article's author in dialogue labels ("Me: “…”"). */
export const AUTHOR_LABELS: ReadonlySet<string> = new WordList(['me', 'i', 'interviewer', 'q', 'question']);

/** Labels for the interviewee's lines in a Q&A ("A: “…”"): the person the article introduced. */
export const INTERVIEWEE_LABELS: ReadonlySet<string> = new WordList(['a', 'answer']);

/** Role nouns that carry a gender: "the **spokeswoman**" is a she. */
export const GENDERED_ROLES: ReadonlyMap<string, Gender> = new WordMap<string, Gender>([
  ['spokesman', 'male'], ['spokeswoman', 'female'], ['chairman', 'male'], ['chairwoman', 'female'],
  ['mother', 'female'], ['daughter', 'female'], ['wife', 'female'], ['sister', 'female'], ['woman', 'female'],
  ['girl', 'female'], ['mum', 'female'], ['grandmother', 'female'], ['queen', 'female'], ['princess', 'female'],
  ['actress', 'female'], ['congresswoman', 'female'], ['baroness', 'female'], ['father', 'male'], ['son', 'male'],
  ['husband', 'male'], ['brother', 'male'], ['man', 'male'], ['boy', 'male'], ['dad', 'male'],
  ['grandfather', 'male'], ['king', 'male'], ['prince', 'male'], ['congressman', 'male'], ['lord', 'male'],
]);

/** Every noun that can head a speaker phrase: after one, a speech word is a verb ("the minister **said**"). */
export const SPEAKER_NOUNS: ReadonlySet<string> = new Set([...ORGANISATION_NOUNS, ...TITLE_NOUNS, ...OWN_ROLE_NOUNS]);
