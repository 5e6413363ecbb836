import type { EntityKind, Gender, Mention } from '../types';
import type { ResolutionInput } from './context';

/** One name form of an entity ("Alan Brennan", "Brennan"): how often seen, how often next to a cue. */
export interface NameForm {
  readonly tokens: readonly string[];
  readonly count: number;
  readonly cued: number;
  readonly first: number;
}

/** An entity as the passes build it up; the naming pass turns it into an Entity. */
export interface EntityDraft {
  readonly kind: EntityKind;
  readonly forms: ReadonlyMap<string, NameForm>;
  readonly honorifics: ReadonlyMap<string, number>;
  readonly gender: Gender;
  readonly label: string;
  readonly head: string | null;
  readonly titles: ReadonlyMap<string, number>;
}

/** What the passes so far have decided: the entities, and which entity each mention refers to. */
export interface Decisions {
  readonly entities: readonly EntityDraft[];
  readonly entityOf: readonly (number | null)[];
}

export function noDecisions(input: ResolutionInput): Decisions {
  return { entities: [], entityOf: input.mentions.map(() => null) };
}

interface MutableDraft {
  kind: EntityKind;
  forms: Map<string, NameForm>;
  honorifics: Map<string, number>;
  gender: Gender;
  label: string;
  head: string | null;
  titles: Map<string, number>;
}

/**
 * One pass's working copy of the decisions so far. A pass starts one from what the previous passes
 * decided, records its own decisions in it and hands back the result; nothing is shared between passes.
 */
export class Ledger {
  private readonly drafts: MutableDraft[];
  private readonly assigned: (number | null)[];

  constructor(
    private readonly input: ResolutionInput,
    prior: Decisions,
  ) {
    this.drafts = prior.entities.map((d) => ({
      ...d,
      forms: new Map(d.forms),
      honorifics: new Map(d.honorifics),
      titles: new Map(d.titles),
    }));
    this.assigned = [...prior.entityOf];
  }

  entityOf(mention: number): number | null | undefined {
    return this.assigned[mention];
  }

  entity(e: number): EntityDraft {
    return this.drafts[e] as EntityDraft;
  }

  newEntity(kind: EntityKind, label: string, head: string | null = null): number {
    this.drafts.push({ kind, forms: new Map(), honorifics: new Map(), gender: null, label, head, titles: new Map() });
    return this.drafts.length - 1;
  }

  assign(m: Mention, e: number | null): void {
    this.assigned[m.index] = e;
  }

  setGender(e: number, gender: Gender): void {
    (this.drafts[e] as MutableDraft).gender = gender;
  }

  /** Records a name mention of the entity: its form, honorific, gender and title. */
  addForm(e: number, m: Mention): void {
    const d = this.drafts[e] as MutableDraft;
    const key = m.name.join(' ').toLowerCase();
    const old = d.forms.get(key);
    const cued = this.input.cueAdjacent.has(m.last - 1) || this.input.cueAdjacent.has(m.first) ? 1 : 0;
    d.forms.set(key, {
      tokens: old?.tokens ?? [...m.name],
      count: (old?.count ?? 0) + 1,
      cued: (old?.cued ?? 0) + cued,
      first: old?.first ?? m.start,
    });
    if (m.honorific) d.honorifics.set(m.honorific, (d.honorifics.get(m.honorific) ?? 0) + 1);
    if (m.gender && !d.gender) d.gender = m.gender;
    if (m.title) d.titles.set(m.title, (d.titles.get(m.title) ?? 0) + 1);
  }

  decisions(): Decisions {
    return { entities: this.drafts, entityOf: this.assigned };
  }
}
