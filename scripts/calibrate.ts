/**
 * `npm run calibrate [gold files…]`: measures each linking rule's precision on the gold data and
 * writes src/pipeline/calibration.json, which the engine reports as `confidence`. Smoothed as
 * (correct + 1) / (decided + 2) so that a rule seen twice is not reported as certain. Every rule gets an
 * entry (a rule never seen gets 0.5, the fallback), so that a test can check none is missing.
 *
 * `npm run calibrate -- --polnear <PolNeAR train folder, work tree or git dir> [--strength K] [--tune]
 * [--out FILE | --write]`: fits the confidences on the calibrate part of PolNeAR train instead
 * (scoring/calibration.ts: Laplace-smoothed precision shrunk toward the pooled precision of the rules that
 * name a speaker, or of those that answer none; K pseudo-observations, default 10) and reports the expected calibration error over 10 bins before
 * (today's calibration.json) and after: in-sample, 2-fold cross-fitted within the calibrate part, and
 * with --tune also on the tune part. The fitted table is printed, or written to FILE (--out), or to
 * src/pipeline/calibration.json (--write): whether it replaces the committed one is the lead's call.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { attribute, createEngineTables } from '../src/pipeline';
import calibrationData from '../src/pipeline/calibration.json';
import { RULE_NAMES, UNRESOLVED_SUFFIX, type RuleName } from '../src/pipeline/rules';
import { fitCalibration, type Judged } from '../scoring/calibration';
import { expectedCalibrationError, type JudgedPred } from '../scoring/polnear';
import { alignQuotes, speakerMatches, type GoldFile } from '../scoring/score';
import { optionValue, runPolnear } from './polnear-run';

const OUT = resolve(__dirname, '../src/pipeline/calibration.json');

function calibrateOnGold(args: readonly string[]): void {
  // heldout4 stays out: it is the untouched test set.
  const goldPaths =
    args.length > 0
      ? args
      : ['seeds/gold.json', 'test/fixtures/heldout/gold.json', 'test/fixtures/heldout2/gold.json', 'test/fixtures/heldout3/gold.json'];
  // Measure the raw rules: no calibration in, so confidences do not feed back.
  const tables = createEngineTables({ rules: {}, fallback: 0.5 });
  const tally = new Map<RuleName, { correct: number; decided: number }>(RULE_NAMES.map((r) => [r, { correct: 0, decided: 0 }]));

  for (const goldPath of goldPaths) {
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
    for (const article of gold.articles) {
      const text = readFileSync(resolve(dirname(goldPath), article.file), 'utf8');
      const predicted = attribute(text, {}, tables).quotes;
      const aligned = alignQuotes(article.quotes, predicted);
      const goldOf = new Map<number, number>();
      aligned.forEach((p, g) => {
        if (p !== null) goldOf.set(p, g);
      });
      predicted.forEach((q, p) => {
        const g = goldOf.get(p);
        const goldQuote = g === undefined ? undefined : article.quotes[g];
        if (goldQuote?.optional) return; // neither required nor penalised
        let correct: boolean;
        if (q.speaker === null) correct = goldQuote !== undefined && goldQuote.match.length === 0;
        else correct = goldQuote !== undefined && speakerMatches(q.speaker.name, goldQuote.match);
        const t = tally.get(q.rule);
        if (t === undefined) throw new Error(`rule ${q.rule} is not in RULE_NAMES`);
        t.decided++;
        if (correct) t.correct++;
      });
    }
  }

  const rules: Record<string, number> = {};
  for (const [rule, t] of [...tally].sort((a, b) => a[0].localeCompare(b[0]))) {
    rules[rule] = Math.round(((t.correct + 1) / (t.decided + 2)) * 1000) / 1000;
    console.log(`${rule.padEnd(34)} ${String(t.correct).padStart(3)}/${String(t.decided).padEnd(3)} → ${rules[rule]}`);
  }
  const description =
    'Precision of each linking rule measured on the development gold files (seeds, heldout, heldout2, heldout3) by `npm run calibrate` ((correct + 1) / (decided + 2)). Do not edit by hand.';
  writeFileSync(OUT, `${JSON.stringify({ description, fallback: 0.5, rules }, null, 2)}\n`);
  console.log(`wrote ${OUT}`);
}

/** Today's confidence of a rule, as the engine reports it from the committed calibration.json. */
const currentConfidence = (rule: string): number => (calibrationData.rules as Record<string, number>)[rule] ?? calibrationData.fallback;

/**
 * The prior a rare rule is shrunk toward: the pooled precision of rules of its kind. A rule that never
 * names a speaker (no-attribution, scare quotes, titles) and a rule whose mention resolved to nobody
 * both answer `speaker: null`, judged right when the gold quote has no source: one kind.
 */
function groupOf(rule: string): string {
  const namesSpeaker = !rule.endsWith(UNRESOLVED_SUFFIX) && RULE_NAMES.includes(`${rule}${UNRESOLVED_SUFFIX}` as RuleName);
  return namesSpeaker ? 'speaker' : 'no speaker';
}

interface JudgedInDoc extends Judged {
  readonly doc: string;
}

const judgedOf = (preds: readonly JudgedPred[]): JudgedInDoc[] =>
  preds.filter((j) => j.judgement !== 'unjudged').map((j) => ({ doc: j.doc, rule: j.rule, right: j.judgement === 'right' }));

const ece = (items: readonly JudgedInDoc[], confidence: (rule: string) => number): number =>
  expectedCalibrationError(items.map((j) => ({ confidence: confidence(j.rule), right: j.right })));

/** ECE of confidences fitted on one half of the articles, measured on the other half (both ways). */
function crossFittedEce(items: readonly JudgedInDoc[], strength: number): number {
  const fold = (doc: string): number => createHash('sha256').update(doc).digest()[0]! % 2;
  const scored: { confidence: number; right: boolean }[] = [];
  for (const f of [0, 1]) {
    const fit = fitCalibration(items.filter((j) => fold(j.doc) !== f), RULE_NAMES, groupOf, strength);
    const conf = new Map(fit.fits.map((r) => [r.rule, r.confidence]));
    for (const j of items.filter((i) => fold(i.doc) === f)) scored.push({ confidence: conf.get(j.rule)!, right: j.right });
  }
  return expectedCalibrationError(scored);
}

function calibrateOnPolnear(argv: readonly string[]): void {
  const path = resolve(optionValue(argv, '--polnear')!);
  const strength = Number(optionValue(argv, '--strength') ?? '10');
  if (!(strength >= 0)) throw new Error('--strength must be a number >= 0');
  // Measure the raw rules: no calibration in, so confidences do not feed back.
  const raw = createEngineTables({ rules: {}, fallback: 0.5 });
  const items = judgedOf(runPolnear(path, 'calibrate', raw).tally.judged);
  const fit = fitCalibration(items, RULE_NAMES, groupOf, strength);
  const fitted = new Map(fit.fits.map((r) => [r.rule, r.confidence]));

  console.log(`rule (calibrate part of PolNeAR train)   right/judged  precision  today → fitted`);
  for (const r of fit.fits) {
    const precision = r.judged ? (r.right / r.judged).toFixed(3) : '    —';
    console.log(`${r.rule.padEnd(40)} ${`${r.right}/${r.judged}`.padStart(12)}  ${precision.padStart(9)}  ${currentConfidence(r.rule).toFixed(3)} → ${r.confidence.toFixed(3)}`);
  }
  console.log(`\npriors (pooled, Laplace): ${JSON.stringify(fit.priors)}; fallback ${fit.fallback}; strength ${strength}`);
  console.log(`\nexpected calibration error, 10 bins, ${items.length} judged predictions of the calibrate part:`);
  console.log(`  before (calibration.json today)   ${ece(items, currentConfidence).toFixed(4)}`);
  console.log(`  after, in-sample                  ${ece(items, (r) => fitted.get(r)!).toFixed(4)}`);
  console.log(`  after, 2-fold cross-fitted        ${crossFittedEce(items, strength).toFixed(4)}`);
  if (argv.includes('--tune')) {
    const tune = judgedOf(runPolnear(path, 'tune', raw).tally.judged);
    console.log(`tune part (${tune.length} judged predictions; its rules were tuned there, the confidences were not fitted there):`);
    console.log(`  before                            ${ece(tune, currentConfidence).toFixed(4)}`);
    console.log(`  after                             ${ece(tune, (r) => fitted.get(r)!).toFixed(4)}`);
  }

  const description = `Precision of each linking rule measured on the calibrate part of PolNeAR train (one article in five) by \`npm run calibrate -- --polnear\`: (right + 1) / (judged + 2), shrunk toward the pooled precision of the rule's group with strength ${strength}. Do not edit by hand.`;
  const rules = Object.fromEntries([...fitted].sort((a, b) => a[0].localeCompare(b[0])));
  const json = `${JSON.stringify({ description, fallback: fit.fallback, rules }, null, 2)}\n`;
  const out = argv.includes('--write') ? OUT : optionValue(argv, '--out');
  if (out === undefined) console.log(`\n${json}`);
  else {
    writeFileSync(resolve(out), json);
    console.log(`\nwrote ${resolve(out)}`);
  }
}

const args = process.argv.slice(2);
if (args.includes('--polnear')) {
  try {
    calibrateOnPolnear(args);
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\nusage: npm run calibrate -- --polnear <PolNeAR train folder, work tree or git dir> [--strength K] [--tune] [--out FILE | --write]`);
    process.exitCode = 2;
  }
} else {
  calibrateOnGold(args);
}
