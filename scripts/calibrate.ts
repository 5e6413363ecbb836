/**
 * `npm run calibrate [gold files…]`: measures each linking rule's precision on the gold data and
 * writes src/pipeline/calibration.json, which the engine reports as `confidence`. Smoothed as
 * (correct + 1) / (decided + 2) so that a rule seen twice is not reported as certain. Every rule gets an
 * entry (a rule never seen gets 0.5, the fallback), so that a test can check none is missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { attribute, createEngineTables } from '../src/pipeline';
import { RULE_NAMES, type RuleName } from '../src/pipeline/rules';
import { alignQuotes, speakerMatches, type GoldFile } from '../scoring/score';

const OUT = resolve(__dirname, '../src/pipeline/calibration.json');
// heldout4 stays out: it is the untouched test set.
const goldPaths =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
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
