import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { optionValue, partOption, pythonSummary, runPolnear } from '../../scripts/polnear-run';

/** An invented two-article train folder in brat standoff (never PolNeAR text). */
function trainFolder(): string {
  const train = join(mkdtempSync(join(tmpdir(), 'polnear-run-')), 'train');
  mkdirSync(join(train, 'attributions'), { recursive: true });
  mkdirSync(join(train, 'text'), { recursive: true });
  const text = 'Mayor Ana Ruiz visited the bridge on Monday.\n\n“We will rebuild it by spring,” she said.\n';
  const q = text.indexOf('“');
  const she = text.indexOf('she');
  const ann = [
    `T1\tSource ${she} ${she + 3}\tshe`,
    `T2\tContent ${q} ${q + 32}\t${text.slice(q, q + 32)}`,
    'E1\tContent:T2 Source:T1',
    '',
  ].join('\n');
  // 'article-one' falls in the calibrate part, 'article-two' in tune.
  for (const name of ['article-one', 'article-two']) {
    writeFileSync(join(train, 'text', `${name}.txt`), text);
    writeFileSync(join(train, 'attributions', `${name}_aa.ann`), ann);
  }
  return train;
}

describe('runPolnear: the engine in-process, scored as polnear.py scores it', () => {
  it('finds and attributes an invented quote, one part at a time', () => {
    const train = trainFolder();
    const all = runPolnear(train, 'all');
    expect(all.articles).toBe(2);
    expect(all.tally.counts).toEqual({ gold: 2, detected: 2, correct: 2, predAttr: 2, predAttrOk: 2 });
    expect(all.tally.judged.map((j) => j.judgement)).toEqual(['right', 'right']);
    expect(pythonSummary(runPolnear(train, 'calibrate'))).toEqual({
      gold: 1,
      detection_recall: 1,
      attribution_precision: 1,
      attribution_recall: 1,
      attribution_f1: 1,
      articles: 1,
      errors: {},
    });
  });
});

describe('options', () => {
  it('reads --name value, and refuses a missing value', () => {
    expect(optionValue(['--polnear', '/x', '--part', 'tune'], '--polnear')).toBe('/x');
    expect(optionValue(['--json'], '--polnear')).toBeUndefined();
    expect(() => optionValue(['--polnear', '--json'], '--polnear')).toThrow(/needs a value/);
  });

  it('takes tune, calibrate or all as the part', () => {
    expect(partOption([])).toBe('all');
    expect(partOption(['--part', 'calibrate'])).toBe('calibrate');
    expect(() => partOption(['--part', 'dev'])).toThrow(/tune, calibrate or all/);
  });
});
