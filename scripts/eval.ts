/**
 * `npm run eval [--json] [gold files…]`: runs the engine over every article of each gold file and
 * prints detection and attribution precision/recall per article and in total, with every miss.
 * It reports; it does not gate (exit 0 unless a gold file cannot be read). Scoring lives in ./score.
 *
 * `npm run eval -- --polnear <PolNeAR train folder, work tree or git dir> [--part tune|calibrate]
 * [--misses N] [--json]`: the same engine on real news, scored as the judged scorer
 * (shared/eval/polnear.py) scores it (scoring/polnear.ts): P/R/F1, the error buckets and each rule's
 * precision. Only data/train is read; the article texts never leave this terminal.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { attribute } from '../src/pipeline';
import { errorsByRule, expectedCalibrationError, ruleStats, summarise, type PolnearErrorKind } from '../scoring/polnear';
import { optionValue, partOption, pythonSummary, runPolnear } from './polnear-run';
import {
  addCounts,
  checkGoldArticle,
  describeMiss,
  metricsOf,
  scoreArticle,
  ZERO_COUNTS,
  type ArticleScore,
  type Counts,
  type GoldFile,
  type Metrics,
  type Miss,
} from '../scoring/score';

const DEFAULT_GOLD = 'seeds/gold.json';

interface ArticleReport {
  readonly goldFile: string;
  readonly file: string;
  readonly counts: Counts;
  readonly metrics: Metrics;
  readonly misses: readonly Miss[];
}

interface EvalReport {
  readonly goldFiles: readonly string[];
  readonly articles: readonly ArticleReport[];
  readonly total: { readonly counts: Counts; readonly metrics: Metrics };
  readonly goldProblems: readonly string[];
}

function loadGold(path: string): GoldFile {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<GoldFile>;
  if (!Array.isArray(parsed.articles)) throw new Error(`${path}: no "articles" array`);
  return parsed as GoldFile;
}

function evaluate(goldPaths: readonly string[]): EvalReport {
  const articles: ArticleReport[] = [];
  const goldProblems: string[] = [];
  for (const goldPath of goldPaths) {
    const gold = loadGold(goldPath);
    const folder = dirname(goldPath);
    for (const article of gold.articles) {
      const text = readFileSync(resolve(folder, article.file), 'utf8');
      goldProblems.push(...checkGoldArticle(article, text));
      const result = attribute(text);
      const score: ArticleScore = scoreArticle(article.quotes, result.quotes);
      articles.push({ goldFile: relative(process.cwd(), goldPath), file: article.file, ...score });
    }
  }
  const counts = articles.reduce((sum, a) => addCounts(sum, a.counts), ZERO_COUNTS);
  return {
    goldFiles: goldPaths.map((p) => relative(process.cwd(), p)),
    articles,
    total: { counts, metrics: metricsOf(counts) },
    goldProblems,
  };
}

const pct = (x: number | null): string => (x === null ? '   —' : x.toFixed(2));
const frac = (x: number | null, n: number, d: number): string => `${pct(x)} (${n}/${d})`;

function row(label: string, c: Counts, m: Metrics): string[] {
  return [
    label,
    String(c.requiredGold),
    String(c.optionalGold),
    String(c.predictions),
    frac(m.detectionRecall, c.requiredFound, c.requiredGold),
    frac(m.detectionPrecision, c.predictionsMatched, c.predictions),
    frac(m.attributionPrecision, c.predictedRightSpeaker, c.predictedWithSpeaker),
    frac(m.attributionRecall, c.requiredRightSpeaker, c.requiredWithSpeaker),
    pct(m.attributionF1),
  ];
}

function formatTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]): string => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(rows[0]!), rule, ...rows.slice(1, -1).map(line), rule, line(rows[rows.length - 1]!)].join('\n');
}

function printReport(report: EvalReport): void {
  const multi = report.goldFiles.length > 1;
  const header = ['article', 'req', 'opt', 'pred', 'det recall', 'det precision', 'attr precision', 'attr recall', 'attr F1'];
  const rows = [
    header,
    ...report.articles.map((a) => row(multi ? `${a.goldFile}:${a.file}` : a.file, a.counts, a.metrics)),
    row('TOTAL', report.total.counts, report.total.metrics),
  ];
  console.log(`Gold: ${report.goldFiles.join(', ')}\n`);
  console.log(formatTable(rows));
  console.log(
    '\nreq/opt: required/optional gold quotes; pred: predictions (less those matching an optional gold quote).' +
      '\ndet recall = required found / required; det precision = predictions matching gold / predictions;' +
      '\nattr precision = predictions with the right speaker / predictions with a speaker;' +
      '\nattr recall = required found with the right speaker / required with a speaker; — = undefined (0/0).',
  );

  const missCount = report.articles.reduce((n, a) => n + a.misses.length, 0);
  console.log(`\nMisses (${missCount}):`);
  for (const a of report.articles) {
    if (a.misses.length === 0) continue;
    console.log(`  ${multi ? `${a.goldFile}:` : ''}${a.file}`);
    for (const m of a.misses) console.log(`    ${describeMiss(m)}`);
  }
  if (report.goldProblems.length > 0) {
    console.log(`\nGold file problems (${report.goldProblems.length}):`);
    for (const p of report.goldProblems) console.log(`  ${p}`);
  }
}

const BUCKETS: readonly PolnearErrorKind[] = ['not found', 'no speaker', 'wrong speaker', 'extra quote'];

function evaluatePolnear(argv: readonly string[]): void {
  const path = optionValue(argv, '--polnear')!;
  const part = partOption(argv);
  const misses = Number(optionValue(argv, '--misses') ?? '0');
  const run = runPolnear(resolve(path), part);
  const summary = pythonSummary(run);
  const rules = ruleStats(run.tally.judged);
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ part, ...summary, counts: run.tally.counts, rules, errorsByRule: Object.fromEntries(errorsByRule(run.tally.misses)) }, null, 2));
    return;
  }
  const c = run.tally.counts;
  const s = summarise(c, run.tally.misses);
  const f = (n: number, d: number): string => `${d ? (n / d).toFixed(4) : '   —'} (${n}/${d})`;
  console.log(`PolNeAR train, part ${part}: ${run.articles} articles, ${c.gold} gold quotes with a source\n`);
  console.log(`detection recall       ${f(c.detected, c.gold)}`);
  console.log(`attribution precision  ${f(c.predAttrOk, c.predAttr)}`);
  console.log(`attribution recall     ${f(c.correct, c.gold)}`);
  console.log(`attribution F1         ${s.attribution_f1.toFixed(4)}`);
  console.log(`\nerrors: ${BUCKETS.map((k) => `${k} ${s.errors[k] ?? 0}`).join(', ')}`);
  console.log('\nper rule (a prediction with a speaker is judged as the precision count judges it; one without a speaker');
  console.log('is right unless it matched a gold quote with a source; unjudged: a speaker on a quote whose gold has none):\n');
  const header = ['rule', 'judged', 'right', 'precision', 'mean confidence', 'unjudged'];
  const rows = rules.map((r) => [r.rule, String(r.judged), String(r.right), r.precision === null ? '—' : r.precision.toFixed(3), r.meanConfidence === null ? '—' : r.meanConfidence.toFixed(3), String(r.unjudged)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const r of [header, ...rows]) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  const judged = run.tally.judged.filter((j) => j.judgement !== 'unjudged');
  const ece = expectedCalibrationError(judged.map((j) => ({ confidence: j.confidence, right: j.judgement === 'right' })));
  console.log(`\nexpected calibration error of the reported confidences (10 bins, ${judged.length} judged): ${ece.toFixed(4)}`);
  console.log('\nerrors by rule:');
  const kinds = BUCKETS.slice(1);
  const errRows = errorsByRule(run.tally.misses).map(([rule, e]) => [rule, ...kinds.map((k) => String(e[k] ?? 0))]);
  const errWidths = ['rule', ...kinds].map((h, i) => Math.max(h.length, ...errRows.map((r) => r[i]!.length)));
  for (const r of [['rule', ...kinds], ...errRows]) console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(errWidths[i]!) : cell.padStart(errWidths[i]!))).join('  '));
  if (misses > 0) {
    console.log(`\nfirst ${misses} misses (doc | gold quote -> source | error):`);
    for (const m of run.tally.misses.slice(0, misses)) console.log(`  ${m.doc} | ${m.label} | ${m.kind}${m.predicted ? ` ${m.predicted}` : ''}${m.rule ? ` (${m.rule})` : ''}`);
  }
  console.log(`\n${JSON.stringify(summary)}`);
}

function main(argv: readonly string[]): void {
  if (argv.includes('--polnear')) {
    try {
      evaluatePolnear(argv);
    } catch (err) {
      console.error(`${err instanceof Error ? err.message : String(err)}\nusage: npm run eval -- --polnear <PolNeAR train folder, work tree or git dir> [--part tune|calibrate] [--misses N] [--json]`);
      process.exitCode = 2;
    }
    return;
  }
  const json = argv.includes('--json');
  const unknown = argv.filter((a) => a.startsWith('-') && a !== '--json');
  if (unknown.length > 0) {
    console.error(`unknown option(s): ${unknown.join(' ')}\nusage: npm run eval -- [--json] [gold files…]`);
    process.exitCode = 2;
    return;
  }
  const files = argv.filter((a) => !a.startsWith('-'));
  const goldPaths = (files.length > 0 ? files : [DEFAULT_GOLD]).map((f) => resolve(f));
  const report = evaluate(goldPaths);
  if (json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
}

// `npm run eval | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2));
