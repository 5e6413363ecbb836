import { fitCalibration, type Judged } from '../../scoring/calibration';

const many = (rule: string, right: number, wrong: number): Judged[] => [
  ...Array.from({ length: right }, () => ({ rule, right: true })),
  ...Array.from({ length: wrong }, () => ({ rule, right: false })),
];
const groupOf = (rule: string): string => (rule.startsWith('none') ? 'none' : 'speaker');

describe('fitCalibration: Laplace-smoothed precision shrunk toward the group prior', () => {
  const judged = [...many('common', 90, 10), ...many('rare', 1, 0), ...many('none-a', 3, 7)];
  const fit = fitCalibration(judged, ['common', 'rare', 'unseen', 'none-a', 'none-b'], groupOf, 10);
  const conf = Object.fromEntries(fit.fits.map((f) => [f.rule, f.confidence]));

  it('keeps an entry for every listed rule, seen or not, in list order', () => {
    expect(fit.fits.map((f) => f.rule)).toEqual(['common', 'rare', 'unseen', 'none-a', 'none-b']);
    expect(fit.fits.find((f) => f.rule === 'unseen')).toMatchObject({ judged: 0, right: 0 });
  });

  it('pools each group for its prior, Laplace-smoothed', () => {
    expect(fit.priors).toEqual({ speaker: Math.round((92 / 103) * 1000) / 1000, none: Math.round((4 / 12) * 1000) / 1000 });
    expect(fit.fallback).toBe(Math.round((95 / 113) * 1000) / 1000);
  });

  it('gives a rule never seen its group prior, and a common rule nearly its own precision', () => {
    expect(conf.unseen).toBe(fit.priors.speaker);
    expect(conf['none-b']).toBe(fit.priors.none);
    // w = 100/110; laplace = 91/102
    expect(conf.common).toBe(Math.round(((100 / 110) * (91 / 102) + (10 / 110) * fit.priors.speaker!) * 1000) / 1000);
  });

  it('does not report a rule right once as certain: it lies between its Laplace estimate and the prior, near the prior', () => {
    expect(conf.rare).toBeGreaterThan(2 / 3);
    expect(conf.rare).toBeLessThan(fit.priors.speaker!);
    expect(fit.priors.speaker! - conf.rare!).toBeLessThan(conf.rare! - 2 / 3);
  });

  it('with strength 0 is the plain Laplace estimate', () => {
    const plain = fitCalibration(many('r', 3, 1), ['r'], groupOf, 0);
    expect(plain.fits[0]!.confidence).toBe(Math.round((4 / 6) * 1000) / 1000);
    const unseen = fitCalibration(many('r', 3, 1), ['r', 'never'], groupOf, 0);
    expect(unseen.fits[1]!.confidence).toBe(unseen.priors.speaker);
  });

  it('refuses a rule outside the list', () => {
    expect(() => fitCalibration(many('other', 1, 0), ['r'], groupOf)).toThrow(/not in the rule list/);
  });
});
