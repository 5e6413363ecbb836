import type { Entity } from '../../src/pipeline/types';
import { runToResolution } from './stage-helpers';

/**
 * One entity per person, role or organisation. A mention is named by its exact text and, when the
 * text occurs more than once, by its occurrence (0-based) among mentions with that text.
 */
interface Ref {
  readonly text: string;
  readonly nth?: number;
}

interface Case {
  readonly name: string;
  readonly text: string;
  /** Mentions that must resolve to one and the same entity, with that entity's expected fields. */
  readonly same?: { readonly mentions: readonly Ref[]; readonly entity: Partial<Pick<Entity, 'name' | 'kind' | 'gender' | 'honorific'>> };
  /** Mentions that must resolve to different entities. */
  readonly different?: readonly Ref[];
  /** Mentions that must resolve to nothing (ambiguous). */
  readonly unresolved?: readonly Ref[];
}

const CASES: readonly Case[] = [
  {
    name: 'Sir John → John Aldridge',
    text: 'Sir John Aldridge said the cuts were dangerous. Later Sir John said the review was a sham.',
    same: {
      mentions: [{ text: 'Sir John Aldridge' }, { text: 'Sir John' }],
      entity: { name: 'John Aldridge', kind: 'person', honorific: 'Sir', gender: 'male' },
    },
  },
  {
    name: 'Dame Margaret → Margaret Holt',
    text: 'Dame Margaret Holt was honoured on Friday. Dame Margaret said she was overwhelmed.',
    same: {
      mentions: [{ text: 'Dame Margaret Holt' }, { text: 'Dame Margaret' }],
      entity: { name: 'Margaret Holt', gender: 'female', honorific: 'Dame' },
    },
  },
  {
    name: 'title, full name, honorific + surname → one person',
    text: 'Prime Minister Jane Doe arrived late. Ms Doe said the summit had gone well.',
    same: { mentions: [{ text: 'Prime Minister Jane Doe' }, { text: 'Ms Doe' }], entity: { name: 'Jane Doe', gender: 'female' } },
  },
  {
    name: 'one-edit typo on a surname merges',
    text: 'Councillor Bernard Hollis voted against. Mr Holis said the scheme was madness.',
    same: { mentions: [{ text: 'Councillor Bernard Hollis' }, { text: 'Mr Holis' }], entity: { name: 'Bernard Hollis' } },
  },
  {
    name: 'a three-letter surname does not merge with a one-edit neighbour',
    text: 'Anna Fox chaired the meeting. Mr Cox said it had been a waste of time.',
    different: [{ text: 'Anna Fox' }, { text: 'Mr Cox' }],
  },
  {
    name: 'surname shared by two people, nothing to tell them apart → the first named',
    text: 'Tom Reid and his sister Karen Reid run the farm. Reid said half the herd had been lost.',
    same: { mentions: [{ text: 'Tom Reid' }, { text: 'Reid' }], entity: { name: 'Tom Reid' } },
  },
  {
    name: 'surname shared by two people → the one mentioned more so far',
    text: 'Karen Reid runs the farm. Tom Reid helps. Karen Reid sold the calves. Reid said half the herd had been lost.',
    same: { mentions: [{ text: 'Karen Reid' }, { text: 'Reid' }], entity: { name: 'Karen Reid' } },
  },
  {
    name: 'surname shared by a couple → the honorific’s gender decides',
    text: 'Paul Okafor attended with his wife, Grace Okafor. Mrs Okafor said they were never consulted.',
    same: { mentions: [{ text: 'his wife, Grace Okafor' }, { text: 'Mrs Okafor' }], entity: { name: 'Grace Okafor', gender: 'female' } },
  },
  {
    name: 'first-name alias shared by two knights → the first named',
    text: 'Sir John Aldridge and Sir John Pemberton both sat on the panel. Sir John said the report was flawed.',
    same: { mentions: [{ text: 'Sir John Aldridge' }, { text: 'Sir John' }], entity: { name: 'John Aldridge' } },
  },
  {
    name: 'the president tied to the named president',
    text: 'President Elena Vasquez arrived in Brussels on Thursday. The president said Europe must stand together.',
    same: { mentions: [{ text: 'President Elena Vasquez' }, { text: 'The president' }], entity: { name: 'Elena Vasquez' } },
  },
  {
    name: 'the company twice → one organisation',
    text: 'The company said the outage was over. Later the company said customers would be compensated.',
    same: { mentions: [{ text: 'The company' }, { text: 'the company' }], entity: { kind: 'organisation' } },
  },
  {
    name: 'one minister … another minister → two anonymous sources',
    text: 'One minister said the plan was dead. Another minister said it could still be saved.',
    different: [{ text: 'One minister' }, { text: 'Another minister' }],
  },
  {
    name: 'she → the only woman among two honorifics',
    text: 'Mr Holloway and Ms Brandt met for two hours. Afterwards she said progress had been made.',
    same: { mentions: [{ text: 'Ms Brandt' }, { text: 'she' }], entity: { gender: 'female' } },
  },
  {
    name: 'she → the woman even when the man’s first name carries no gender tag',
    text: 'Mark Ellis and Sophie Turnbull both stood for the seat. Afterwards she said it had been a clean campaign.',
    same: { mentions: [{ text: 'Sophie Turnbull' }, { text: 'she' }], entity: { name: 'Sophie Turnbull' } },
  },
  {
    name: 'a pronoun with nobody before it → unresolved',
    text: 'He said the bridge would close on Monday.',
    unresolved: [{ text: 'He' }],
  },
  {
    name: 'he → the nearest compatible man',
    text: 'Liam Croft praised the decision, but Andrew Pike was unimpressed. He said it changed nothing.',
    same: { mentions: [{ text: 'Andrew Pike' }, { text: 'He' }], entity: { name: 'Andrew Pike' } },
  },
];

describe('resolveSpeakers', () => {
  it.each(CASES)('$name', ({ text, same, different, unresolved }) => {
    const { mentions, resolution } = runToResolution(text);
    const entityOf = (r: Ref): number | null => {
      const m = mentions.filter((x) => x.text === r.text)[r.nth ?? 0];
      if (!m) throw new Error(`no mention "${r.text}" (found: ${mentions.map((x) => x.text).join(' | ')})`);
      return resolution.entityOf[m.index] ?? null;
    };
    if (same) {
      const ids = same.mentions.map(entityOf);
      expect(ids[0]).not.toBeNull();
      expect(new Set(ids).size).toBe(1);
      const e = resolution.entities[ids[0] as number] as Entity;
      const picked = Object.fromEntries(Object.keys(same.entity).map((k) => [k, e[k as keyof Entity]]));
      expect(picked).toEqual(same.entity);
    }
    if (different) {
      const ids = different.map(entityOf);
      expect(ids).not.toContain(null);
      expect(new Set(ids).size).toBe(ids.length);
    }
    if (unresolved) expect(unresolved.map(entityOf)).toEqual(unresolved.map(() => null));
  });
});
