/**
 * Fitting each rule's `confidence` on judged predictions (pure, no I/O): Laplace-smoothed precision,
 * shrunk toward the pooled precision of the rule's group when the rule is rare.
 *
 *   laplace(r)    = (right + 1) / (judged + 2)
 *   confidence(r) = w · laplace(r) + (1 − w) · prior(group of r),   w = judged / (judged + strength)
 *
 * A rule never seen gets its group's prior; a rule seen often gets (nearly) its own precision. The
 * caller's groups keep unlike outcomes apart (e.g. rules that name a speaker and rules that answer
 * none); a group never seen has the pooled precision of everything as its prior.
 */

export interface Judged {
  readonly rule: string;
  readonly right: boolean;
}

export interface RuleFit {
  readonly rule: string;
  readonly group: string;
  readonly judged: number;
  readonly right: number;
  readonly confidence: number;
}

export interface CalibrationFit {
  /** Pooled precision over every judged prediction: the fallback for a rule outside the list. */
  readonly fallback: number;
  readonly priors: Readonly<Record<string, number>>;
  /** One entry per rule of `rules`, in that order. */
  readonly fits: readonly RuleFit[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Fits every rule of `rules` (rules never judged included) from the judged predictions. */
export function fitCalibration(
  judged: readonly Judged[],
  rules: readonly string[],
  groupOf: (rule: string) => string,
  strength = 10,
): CalibrationFit {
  const tally = new Map<string, { judged: number; right: number }>(rules.map((r) => [r, { judged: 0, right: 0 }]));
  const groups = new Map<string, { judged: number; right: number }>();
  let all = { judged: 0, right: 0 };
  for (const j of judged) {
    const t = tally.get(j.rule);
    if (t === undefined) throw new Error(`rule ${j.rule} is not in the rule list`);
    const g = groups.get(groupOf(j.rule)) ?? { judged: 0, right: 0 };
    for (const c of [t, g]) {
      c.judged += 1;
      if (j.right) c.right += 1;
    }
    groups.set(groupOf(j.rule), g);
    all = { judged: all.judged + 1, right: all.right + (j.right ? 1 : 0) };
  }
  const laplace = (c: { judged: number; right: number }): number => (c.right + 1) / (c.judged + 2);
  const fallback = laplace(all);
  const priors: Record<string, number> = {};
  for (const r of rules) {
    const g = groups.get(groupOf(r));
    priors[groupOf(r)] = round3(g ? laplace(g) : fallback);
  }
  const fits = rules.map((rule) => {
    const t = tally.get(rule)!;
    const group = groupOf(rule);
    // A rule never seen takes the prior, whatever the strength (0/0 would be no confidence at all).
    const w = t.judged === 0 ? 0 : t.judged / (t.judged + strength);
    return { rule, group, judged: t.judged, right: t.right, confidence: round3(w * laplace(t) + (1 - w) * priors[group]!) };
  });
  return { fallback: round3(fallback), priors, fits };
}
