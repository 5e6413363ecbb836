import { attribute, type AttributionResult, type Speaker } from '../../src/pipeline';
import { genderOf } from '../../src/pipeline/speakers';
import type { Mention } from '../../src/pipeline/types';
import { findViolations } from './invariants';

const mention = (patch: Partial<Mention>): Mention => ({
  index: 0, kind: 'person', first: 0, last: 1, start: 0, end: 1, text: 'x', name: [], honorific: null, title: null, head: null,
  gender: null, possessive: false, pronoun: null, nested: false, definite: true, plural: false, ...patch,
});

/** Invented articles: who is quoted, who is only mentioned, and what the article says about them. */
const byName = (r: AttributionResult, name: string): Speaker | undefined => r.speakers.find((s) => s.name === name);

describe('speakers: quoted and only mentioned', () => {
  const text =
    'Ms Dana Orrel met Tomas Wendell in Lisbon on Monday.\n\n' +
    '“We will reopen the bridge in May,” said Kiran Vossberg, the council leader.';
  const result = attribute(text);

  it('lists a person who is only mentioned, with no quotes, after the quoted speakers', () => {
    expect(result.speakers.map((s) => [s.id, s.name, s.quoteIds])).toEqual([
      ['s1', 'Kiran Vossberg', ['q1']],
      ['s2', 'Dana Orrel', []],
      ['s3', 'Tomas Wendell', []],
    ]);
    expect(result.quotes[0]?.speaker?.id).toBe('s1');
    expect(findViolations(text, result)).toEqual([]);
  });

  it('gives the gender an honorific implies, with its evidence', () => {
    expect(byName(result, 'Dana Orrel')).toMatchObject({ honorific: 'Ms', gender: 'female', genderEvidence: 'honorific' });
  });

  it('gives the title the article uses in an appositive', () => {
    expect(byName(result, 'Kiran Vossberg')?.title).toBe('council leader');
  });

  it('does not list a place', () => {
    expect(result.speakers.some((s) => s.mentions.some((m) => m.text === 'Lisbon'))).toBe(false);
  });

  it('counts quoted and only mentioned speakers in the summary', () => {
    expect(result.summary).toMatchObject({
      quoted: 1,
      onlyMentioned: 2,
      byKind: { person: { quoted: 1, onlyMentioned: 2 }, organisation: { quoted: 0, onlyMentioned: 0 } },
      byGender: { female: { quoted: 0, onlyMentioned: 1 }, unknown: { quoted: 1, onlyMentioned: 1 } },
      byGenderEvidence: { honorific: { quoted: 0, onlyMentioned: 1 }, none: { quoted: 1, onlyMentioned: 1 } },
    });
  });
});

describe('speakers: gender only from the article’s evidence', () => {
  it('gives no gender from a first name alone', () => {
    const result = attribute('Sarah Kellan visited Paris and Madrid last week.\n\n“The talks went well,” Sarah Kellan said.');
    expect(result.speakers).toHaveLength(1);
    expect(result.speakers[0]).toMatchObject({ name: 'Sarah Kellan', gender: null, genderEvidence: null, quoteIds: ['q1'] });
    expect(result.summary?.byGenderEvidence.none).toEqual({ quoted: 1, onlyMentioned: 0 });
  });

  it('gives the gender of the pronoun the article uses for an only-mentioned person', () => {
    const result = attribute(
      'Lorcan Abery chaired the meeting of the Harwick Ports Authority. He left early.\n\n' +
        '“Nothing was agreed,” a spokesman for the authority said.',
    );
    expect(byName(result, 'Lorcan Abery')).toMatchObject({ kind: 'person', gender: 'male', genderEvidence: 'pronoun', quoteIds: [] });
    expect(byName(result, 'Harwick Ports Authority')).toMatchObject({ kind: 'organisation', gender: null, quoteIds: [] });
    expect(result.speakers[0]).toMatchObject({ id: 's1', kind: 'anonymous', quoteIds: ['q1'] });
  });

  it('leaves the gender unknown when the evidence disagrees, and prefers an honorific to a pronoun', () => {
    expect(genderOf([mention({ honorific: 'Mr' }), mention({ honorific: 'Ms' })])).toEqual({ gender: null, genderEvidence: null });
    expect(genderOf([mention({ kind: 'pronoun', gender: 'male' }), mention({ kind: 'pronoun', gender: 'female' })])).toEqual({
      gender: null,
      genderEvidence: null,
    });
    expect(genderOf([mention({ honorific: 'Dame' }), mention({ kind: 'pronoun', gender: 'female' })])).toEqual({
      gender: 'female',
      genderEvidence: 'honorific',
    });
    // A name mention's own gender may come from a first name: it is not evidence.
    expect(genderOf([mention({ kind: 'person', gender: 'female' })])).toEqual({ gender: null, genderEvidence: null });
  });
});

describe('speakers: groups', () => {
  it('lists a plural role, quoted or only mentioned, as a group', () => {
    const result = attribute('Officials from the Harwick Ports Authority did not attend.\n\n“We are worried,” the residents said.');
    expect(result.speakers[0]).toMatchObject({ id: 's1', name: 'residents', kind: 'group', quoteIds: ['q1'] });
    expect(byName(result, 'Officials')).toMatchObject({ kind: 'group', quoteIds: [] });
    expect(result.summary?.byKind.group).toEqual({ quoted: 1, onlyMentioned: 1 });
  });
});

describe('speakers: an article without names', () => {
  it('has an empty list and a zero summary', () => {
    const result = attribute('No one said anything today.');
    expect(result.speakers).toEqual([]);
    expect(result.summary).toMatchObject({ quoted: 0, onlyMentioned: 0 });
  });
});
