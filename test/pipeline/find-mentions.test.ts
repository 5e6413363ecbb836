import type { Mention } from '../../src/pipeline/types';
import { runToResolution } from './stage-helpers';

/**
 * Who could be speaking: each case names the exact span of one mention the stage must find and the
 * fields that must hold, or a word no mention may cover (cases that must yield nothing).
 */
type Fields = Partial<Pick<Mention, 'kind' | 'name' | 'honorific' | 'title' | 'head' | 'gender' | 'pronoun'>>;

interface Case {
  readonly name: string;
  readonly text: string;
  /** The exact text of the expected mention and the fields it must have; or null for "no mention". */
  readonly mention: string;
  readonly expect: Fields | null;
}

const CASES: readonly Case[] = [
  {
    name: 'a headline adjective opening the sentence stays out of the name',
    text: 'Rival Lise Brenner said the plan was a fantasy.',
    mention: 'Lise Brenner',
    expect: { kind: 'person', name: ['Lise', 'Brenner'] },
  },
  {
    name: 'an unknown participle opening the sentence stays out of the name before a first name',
    text: 'Unrepentant Ann Vale said nothing more.',
    mention: 'Ann Vale',
    expect: { kind: 'person', name: ['Ann', 'Vale'] },
  },
  {
    name: 'a first name that is also a noun still opens a name',
    text: 'Hope Lindqvist said nothing more.',
    mention: 'Hope Lindqvist',
    expect: { kind: 'person', name: ['Hope', 'Lindqvist'] },
  },
  {
    name: 'title + full name → person with the title kept apart',
    text: 'Prime Minister Jane Doe said the talks had stalled.',
    mention: 'Prime Minister Jane Doe',
    expect: { kind: 'person', name: ['Jane', 'Doe'], title: 'prime minister' },
  },
  {
    name: 'knight’s honorific + full name → male person',
    text: 'Sir John Aldridge said the cuts were dangerous.',
    mention: 'Sir John Aldridge',
    expect: { kind: 'person', name: ['John', 'Aldridge'], honorific: 'Sir', gender: 'male' },
  },
  {
    name: 'Ms + surname → female person',
    text: 'Ms Adeyemi said she would not resign.',
    mention: 'Ms Adeyemi',
    expect: { kind: 'person', name: ['Adeyemi'], honorific: 'Ms', gender: 'female' },
  },
  {
    name: 'Dame + first name → female person, first-name form',
    text: 'Dame Margaret said she was overwhelmed.',
    mention: 'Dame Margaret',
    expect: { kind: 'person', name: ['Margaret'], honorific: 'Dame', gender: 'female' },
  },
  {
    name: 'US style honorific with a full stop',
    text: 'Mr. Whitfield said the river had never been this high.',
    mention: 'Mr. Whitfield',
    expect: { kind: 'person', name: ['Whitfield'], honorific: 'Mr' },
  },
  {
    name: 'council title + full name',
    text: 'Councillor Bernard Hollis voted against the scheme.',
    mention: 'Councillor Bernard Hollis',
    expect: { kind: 'person', name: ['Bernard', 'Hollis'], title: 'councillor' },
  },
  {
    name: 'name the dictionary does not know',
    text: 'Oleksandr Melnychuk said the shelling had not stopped.',
    mention: 'Oleksandr Melnychuk',
    expect: { kind: 'person', name: ['Oleksandr', 'Melnychuk'] },
  },
  {
    name: 'Irish name with a particle and a fada',
    text: 'Aoife Ní Fhaoláin said the language was alive in the town.',
    mention: 'Aoife Ní Fhaoláin',
    expect: { kind: 'person', name: ['Aoife', 'Ní', 'Fhaoláin'] },
  },
  {
    name: 'surname that is also a verb (Fell) stays part of the name',
    text: 'Speaking to ITV News, Graham Fell said the ward had closed.',
    mention: 'Graham Fell',
    expect: { kind: 'person', name: ['Graham', 'Fell'] },
  },
  {
    name: 'definite organisation noun',
    text: 'The company said in a statement that it regretted the outage.',
    mention: 'The company',
    expect: { kind: 'organisation' },
  },
  {
    name: 'the newspaper → organisation',
    text: 'The government has lost control, the newspaper wrote.',
    mention: 'the newspaper',
    expect: { kind: 'organisation' },
  },
  {
    name: 'sentence-initial Police → organisation',
    text: 'Police said a man had been arrested.',
    mention: 'Police',
    expect: { kind: 'organisation' },
  },
  {
    name: 'anonymous source with modifiers',
    text: 'A senior government source said the prime minister was finished.',
    mention: 'A senior government source',
    expect: { kind: 'anonymous', head: 'source' },
  },
  {
    name: 'definite role with a possessive title',
    text: 'The prime minister’s official spokesman said no decision had been taken.',
    mention: 'The prime minister’s official spokesman',
    expect: { kind: 'role', head: 'spokesman', gender: 'male' },
  },
  {
    name: 'definite role with a noun modifier (the transport minister)',
    text: 'The railways are safe, said the transport minister.',
    mention: 'the transport minister',
    expect: { kind: 'role', head: 'minister' },
  },
  {
    name: 'pronoun she',
    text: 'She said the decision was final.',
    mention: 'She',
    expect: { kind: 'pronoun', pronoun: 'she', gender: 'female' },
  },
  {
    name: 'bare PM credit in a headline → role titled prime minister',
    text: '‘We will not be bullied by anyone’ – PM',
    mention: 'PM',
    expect: { kind: 'role', title: 'prime minister' },
  },
  {
    name: 'sentence-initial common noun is no mention',
    text: 'Return hubs were opened in three countries on Monday.',
    mention: 'Return',
    expect: null,
  },
  {
    name: 'a place alone is no speaker mention',
    text: 'In London, thousands marched on Saturday.',
    mention: 'London',
    expect: null,
  },
  {
    name: 'a weekday is no mention',
    text: 'On Monday the council approved the budget.',
    mention: 'Monday',
    expect: null,
  },
];

describe('findMentions', () => {
  it.each(CASES)('$name', ({ text, mention, expect: fields }) => {
    const { mentions } = runToResolution(text);
    const start = text.indexOf(mention);
    if (start < 0) throw new Error(`case error: "${mention}" is not in the text`);
    const end = start + mention.length;
    if (fields === null) {
      const covering = mentions.filter((m) => m.start < end && m.end > start).map((m) => m.text);
      expect(covering).toEqual([]);
      return;
    }
    const found = mentions.find((m) => m.start === start && m.end === end);
    const seen = mentions.map((m) => `${m.text} <${m.kind}>`);
    expect({ mention: found ? found.text : null, seen: found ? 'ok' : seen }).toEqual({ mention, seen: 'ok' });
    const picked = Object.fromEntries(Object.keys(fields).map((k) => [k, (found as Mention)[k as keyof Mention]]));
    expect(picked).toEqual(fields);
  });
});
