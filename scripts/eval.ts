/**
 * `npm run eval [--json] [gold files…]`: runs the engine over every article of each gold file and
 * prints detection and attribution precision/recall per article and in total, with every miss.
 * It reports; it does not gate (exit 0 unless a gold file cannot be read). Scoring lives in ./score.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { attribute } from '../src/pipeline';
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

function main(argv: readonly string[]): void {
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
