import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  loadPolnear,
  matchQuotes,
  parseAnn,
  partOf,
  pickAnnotations,
  polnearGolds,
  polnearPreds,
  predsOf,
  pyRound4,
  errorsByRule,
  expectedCalibrationError,
  ruleStats,
  quoteSegments,
  readAsPython,
  speakerRight,
  PolnearTally,
  type AnswerLike,
  type PolnearPred,
} from '../../scoring/polnear';

/** Invented brat standoff: one line per annotation, offsets in code points. */
const ann = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** A text-bound annotation over `text` found by its first occurrence (code-point offsets). */
function tb(id: string, type: string, text: string, part: string, from = 0): string {
  const chars = Array.from(text);
  const start = Array.from(text.slice(0, text.indexOf(part, from))).length;
  expect(chars.slice(start, start + Array.from(part).length).join('')).toBe(part);
  return `${id}\t${type} ${start} ${start + Array.from(part).length}\t${part}`;
}

const TEXT = 'Mayor Ana Ruiz spoke on Monday. “We will rebuild the bridge,” she said. The plan was called “reckless” by critics.';

function pred(start: number, end: number, name: string | null, extra: Partial<PolnearPred> = {}): PolnearPred {
  return {
    start,
    end,
    text: TEXT.slice(start, end),
    speaker: name === null ? null : { name, mention: null },
    attributed: name !== null && name !== '',
    mentions: [],
    rule: 'quote-pronoun-cue',
    confidence: 0.9,
    ...extra,
  };
}

describe('loading', () => {
  it('keeps the first annotation file of each article, by name', () => {
    expect(pickAnnotations(['b_x_2.ann', 'a_9.ann', 'a_1.ann', 'notes.txt', 'b_x_1.ann'])).toEqual([
      ['a', 'a_1.ann'],
      ['b_x', 'b_x_1.ann'],
    ]);
  });

  it('splits by the SHA-256 of the name modulo 5, as the Python does', () => {
    // Values checked with: int(hashlib.sha256(name.encode()).hexdigest(), 16) % 5 == 0
    expect(partOf('article-one')).toBe('calibrate');
    expect(partOf('article-two')).toBe('tune');
    expect(partOf('article-three')).toBe('calibrate');
    const names = Array.from({ length: 500 }, (_, i) => `invented-${i}`);
    const share = names.filter((n) => partOf(n) === 'calibrate').length / names.length;
    expect(share).toBeGreaterThan(0.12);
    expect(share).toBeLessThan(0.28);
  });

  it('reads newlines as Python text mode does', () => {
    expect(readAsPython('a\r\nb\rc\n')).toBe('a\nb\nc\n');
  });

  it('loads a train folder, one part at a time, without touching any other split', () => {
    const root = mkdtempSync(join(tmpdir(), 'polnear-test-'));
    const train = join(root, 'data', 'train');
    mkdirSync(join(train, 'attributions'), { recursive: true });
    mkdirSync(join(train, 'text'), { recursive: true });
    for (const name of ['article-one', 'article-two']) {
      writeFileSync(join(train, 'text', `${name}.txt`), TEXT.replace('Monday', name));
      writeFileSync(join(train, 'attributions', `${name}_aa.ann`), ann(tb('T1', 'Source', TEXT, 'she')));
    }
    expect(loadPolnear(root).map((d) => d.name)).toEqual(['article-one', 'article-two']);
    expect(loadPolnear(train, 'calibrate').map((d) => d.name)).toEqual(['article-one']);
    expect(loadPolnear(root, 'tune')[0]!.text).toContain('article-two');
    expect(() => loadPolnear(join(root, 'nowhere'))).toThrow(/neither/);
  });

  it('from a git directory extracts data/train only (never dev or test) into the cache', () => {
    const root = mkdtempSync(join(tmpdir(), 'polnear-git-'));
    const work = join(root, 'work');
    for (const split of ['train', 'dev']) {
      mkdirSync(join(work, 'data', split, 'attributions'), { recursive: true });
      mkdirSync(join(work, 'data', split, 'text'), { recursive: true });
      writeFileSync(join(work, 'data', split, 'text', `${split}-doc.txt`), TEXT);
      writeFileSync(join(work, 'data', split, 'attributions', `${split}-doc_aa.ann`), ann(tb('T1', 'Source', TEXT, 'she')));
    }
    const git = (...args: string[]): void => {
      execFileSync('git', ['-C', work, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { stdio: 'ignore' });
    };
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'invented');
    const cache = join(root, 'cache');
    expect(loadPolnear(join(work, '.git'), 'all', cache).map((d) => d.name)).toEqual(['train-doc']);
    expect(existsSync(join(cache, 'data', 'train', 'text', 'train-doc.txt'))).toBe(true);
    expect(existsSync(join(cache, 'data', 'dev'))).toBe(false);
  });
});

describe('brat standoff', () => {
  it('parses text-bound annotations, fragments and events; a stray line continues the one before', () => {
    const doc = parseAnn('T1\tSource 0 3;5 9\tAna\nRuiz\nT2\tContent 10 20\tx\nE1\tAttribution:T3 Content:T2 Source:T1\n#1\tAnnotatorNotes T1\tnote\n');
    expect(doc.spans.get('T1')).toEqual({ type: 'Source', spans: [[0, 3], [5, 9]], text: 'Ana\nRuiz' });
    expect(doc.events).toEqual([{ Attribution: 'T3', Content: 'T2', Source: 'T1' }]);
  });
});

describe('gold quotes', () => {
  it('takes the double-mark stretches inside contents, marks and edge spaces excluded', () => {
    const chars = Array.from('He said “ a b ” and "cd" and “e”.');
    expect(quoteSegments(chars, 0, chars.length).map(([a, b]) => chars.slice(a, b).join(''))).toEqual(['a b', 'cd']);
  });

  it('runs a stretch cut at the content end on to the closing mark of the paragraph', () => {
    const chars = Array.from('“One. Two.” he said.');
    expect(quoteSegments(chars, 0, 5).map(([a, b]) => chars.slice(a, b).join(''))).toEqual(['One. Two.']);
    const open = Array.from('“One. Two.\nThree');
    expect(quoteSegments(open, 0, 5).map(([a, b]) => open.slice(a, b).join(''))).toEqual(['One.']);
  });

  it('a quote with a source is required; without one optional; contents without double marks are no gold', () => {
    const raw = ann(
      tb('T1', 'Source', TEXT, 'she'),
      tb('T2', 'Content', TEXT, '“We will rebuild the bridge,”'),
      'E1\tAttribution:T9 Content:T2 Source:T1',
      tb('T3', 'Content', TEXT, '“reckless”'),
      'E2\tAttribution:T8 Content:T3',
      tb('T4', 'Content', TEXT, 'spoke on Monday'),
      'E3\tAttribution:T7 Content:T4 Source:T1',
    );
    const golds = polnearGolds(TEXT, raw);
    expect(golds.map((g) => [TEXT.slice(g.start, g.end), g.optional])).toEqual([
      ['We will rebuild the bridge,', false],
      ['reckless', true],
    ]);
    expect(golds[0]!.label).toBe('We will rebuild the bridge, -> she');
    expect(golds[1]!.label).toBe('reckless -> ?');
  });

  it('counts offsets in code points and answers in UTF-16 units', () => {
    const text = '😀 “Go now,” she said.';
    const raw = ann(tb('T1', 'Source', text, 'she'), tb('T2', 'Content', text, '“Go now,”'), 'E1\tContent:T2 Source:T1');
    const [g] = polnearGolds(text, raw);
    expect(text.slice(g!.start, g!.end)).toBe('Go now,');
    expect(g!.sources[0]!.spans).toEqual([[text.indexOf('she'), text.indexOf('she') + 3]]);
  });

  it('a quote inside nested attributions keeps every source, and is required if any has one', () => {
    const raw = ann(
      tb('T1', 'Source', TEXT, 'Mayor Ana Ruiz'),
      tb('T2', 'Content', TEXT, '“We will rebuild the bridge,”'),
      'E1\tContent:T2',
      tb('T3', 'Source', TEXT, 'she'),
      tb('T4', 'Content', TEXT, '“We will rebuild the bridge,” she said'),
      'E2\tContent:T4 Source:T3',
      'E3\tContent:T2 Source:T1',
    );
    const golds = polnearGolds(TEXT, raw);
    expect(golds).toHaveLength(1);
    expect(golds[0]!.optional).toBe(false);
    expect(golds[0]!.sources).toHaveLength(3);
  });
});

describe('speakers', () => {
  const raw = ann(tb('T1', 'Source', TEXT, 'she'), tb('T2', 'Content', TEXT, '“We will rebuild the bridge,”'), 'E1\tContent:T2 Source:T1');
  const [gold] = polnearGolds(TEXT, raw);
  const she = TEXT.indexOf('she');

  it.each([
    ['a mention of the speaker on the source span', { mention: { start: she, end: she + 3 } }, 'Ana Ruiz', true],
    ['one of the entity’s mentions on the source span', { mentions: [{ start: she - 1, end: she + 1 }] }, 'Ana Ruiz', true],
    ['neither mention nor name word', { mentions: [{ start: 0, end: 5 }] }, 'Ana Ruiz', false],
    ['a capitalised word of the name equal to a source word', {}, 'She', true],
    ['a word too short to be a name word (a capital and 2+ letters)', {}, 'Al', false],
  ])('%s', (_, extra, name, right) => {
    const p = pred(0, 1, name, {});
    const withMentions: PolnearPred = {
      ...p,
      speaker: { name, mention: 'mention' in extra ? extra.mention : null },
      mentions: 'mentions' in extra ? extra.mentions : [],
    };
    expect(speakerRight(gold!, withMentions)).toBe(right);
  });

  it('a capitalised name word (not a title) found among the source words is right', () => {
    const g = polnearGolds(TEXT, ann(tb('T1', 'Source', TEXT, 'Mayor Ana Ruiz'), tb('T2', 'Content', TEXT, '“We will rebuild the bridge,”'), 'E1\tContent:T2 Source:T1'))[0]!;
    expect(speakerRight(g, pred(0, 1, 'Councillor Ruiz'))).toBe(true);
    expect(speakerRight(g, pred(0, 1, 'Judge Dorsey'))).toBe(false);
    expect(speakerRight(g, pred(0, 1, 'Mayor Dorsey'))).toBe(true); // "Mayor" is no title to the scorer
    expect(speakerRight(g, pred(0, 1, 'The Ana'))).toBe(true);
    expect(speakerRight(g, pred(0, 1, null))).toBe(false);
  });
});

describe('predictions', () => {
  it('reads an answer: the speaker entity’s mentions come with each quote', () => {
    const answer: AnswerLike = {
      quotes: [
        { start: 1, end: 4, text: 'abc', speaker: { id: 's1', name: 'Ana Ruiz', mention: { start: 9, end: 12 } }, rule: 'r', confidence: 0.5 },
        { start: 5, end: 8, text: 'def', speaker: null, rule: 'no-attribution', confidence: 0.3 },
      ],
      speakers: [{ id: 's1', mentions: [{ start: 20, end: 23 }] }],
    };
    const [a, b] = predsOf(answer);
    expect(a).toMatchObject({ attributed: true, mentions: [{ start: 20, end: 23 }], rule: 'r', confidence: 0.5 });
    expect(b).toMatchObject({ attributed: false, speaker: null, mentions: [] });
  });

  it('drops predictions that open right after a single mark', () => {
    const text = "He said ‘ fine’ and “good” and 'ok'";
    const preds = [pred(text.indexOf('fine'), text.indexOf('fine') + 4, 'A'), pred(text.indexOf('good'), text.indexOf('good') + 4, 'A'), pred(text.indexOf('ok'), text.indexOf('ok') + 2, 'A'), pred(0, 2, 'A')];
    expect(polnearPreds(text, preds).map((p) => p.start)).toEqual([text.indexOf('good'), 0]);
  });
});

describe('matching and counting', () => {
  it('matches one to one, the larger share first, ties to the later gold quote', () => {
    const { goldTo } = matchQuotes(
      [
        { start: 0, end: 10 },
        { start: 0, end: 10 },
      ],
      [{ start: 0, end: 10 }],
    );
    expect([...goldTo]).toEqual([[1, 0]]);
    expect([...matchQuotes([{ start: 0, end: 10 }], [{ start: 6, end: 16 }]).goldTo]).toEqual([]);
    expect([...matchQuotes([{ start: 0, end: 10 }], [{ start: 5, end: 15 }]).goldTo]).toEqual([[0, 0]]);
  });

  it('counts and buckets as polnear.py does', () => {
    const raw = ann(
      tb('T1', 'Source', TEXT, 'she'),
      tb('T2', 'Content', TEXT, '“We will rebuild the bridge,”'),
      'E1\tContent:T2 Source:T1',
      tb('T3', 'Content', TEXT, '“reckless”'),
      'E2\tContent:T3',
    );
    const golds = polnearGolds(TEXT, raw);
    const q1 = TEXT.indexOf('We will');
    const q2 = TEXT.indexOf('reckless');
    const she = TEXT.indexOf('she');
    const right = pred(q1, q1 + 27, 'Ana Ruiz', { speaker: { name: 'Ana Ruiz', mention: { start: she, end: she + 3 } } });

    const t1 = new PolnearTally();
    t1.add(golds, [right, pred(q2, q2 + 8, 'Critics', { rule: 'mention-cue-before' }), pred(0, 5, 'Ana Ruiz', { rule: 'sentence-subject' })], 'doc');
    expect(t1.counts).toEqual({ gold: 1, detected: 1, correct: 1, predAttr: 2, predAttrOk: 1 });
    expect(t1.misses.map((m) => m.kind)).toEqual(['extra quote']);
    expect(t1.judged.map((j) => [j.rule, j.judgement])).toEqual([
      ['quote-pronoun-cue', 'right'],
      ['mention-cue-before', 'unjudged'],
      ['sentence-subject', 'wrong'],
    ]);
    expect(t1.summary()).toEqual({
      gold: 1,
      detection_recall: 1,
      attribution_precision: 0.5,
      attribution_recall: 1,
      attribution_f1: 0.6667,
      errors: { 'extra quote': 1 },
    });

    const t2 = new PolnearTally();
    t2.add(golds, [pred(q1, q1 + 27, null, { rule: 'no-attribution' }), pred(q2, q2 + 8, null, { rule: 'no-attribution' })]);
    expect(t2.misses.map((m) => m.kind)).toEqual(['no speaker']);
    expect(t2.judged.map((j) => j.judgement)).toEqual(['wrong', 'right']);
    t2.add(golds, [pred(q1, q1 + 27, 'Hal Dorsey')]);
    t2.add(golds, []);
    expect(t2.summary().errors).toEqual({ 'no speaker': 1, 'wrong speaker': 1, 'not found': 1 });
    expect(t2.counts).toEqual({ gold: 3, detected: 2, correct: 0, predAttr: 1, predAttrOk: 0 });
    expect(errorsByRule([...t1.misses, ...t2.misses])).toEqual([
      ['no-attribution', { 'no speaker': 1 }],
      ['quote-pronoun-cue', { 'wrong speaker': 1 }],
      ['sentence-subject', { 'extra quote': 1 }],
    ]);
  });

  it.each([
    [0.03125, 0.0312],
    [0.09375, 0.0938],
    [2 / 3, 0.6667],
    [0.12344999, 0.1234],
    [1, 1],
    [0, 0],
  ])('rounds %p as Python’s round(x, 4): %p', (x, r) => {
    expect(pyRound4(x)).toBe(r);
  });
});

describe('per-rule precision and calibration error', () => {
  const j = (rule: string, judgement: 'right' | 'wrong' | 'unjudged', confidence = 0.8) => ({ doc: 'd', rule, confidence, attributed: true, judgement });

  it('counts judged predictions per rule, most frequent first; unjudged ones apart', () => {
    expect(ruleStats([j('b', 'right', 1), j('a', 'wrong', 0.5), j('b', 'wrong', 0.5), j('b', 'unjudged'), j('c', 'unjudged')])).toEqual([
      { rule: 'b', judged: 2, right: 1, unjudged: 1, precision: 0.5, meanConfidence: 0.75 },
      { rule: 'a', judged: 1, right: 0, unjudged: 0, precision: 0, meanConfidence: 0.5 },
      { rule: 'c', judged: 0, right: 0, unjudged: 1, precision: null, meanConfidence: null },
    ]);
  });

  it('is 0 when each bin’s share right equals its confidence, and their weighted gap otherwise', () => {
    const items = (confidence: number, right: number, wrong: number) => [
      ...Array.from({ length: right }, () => ({ confidence, right: true })),
      ...Array.from({ length: wrong }, () => ({ confidence, right: false })),
    ];
    expect(expectedCalibrationError(items(0.9, 9, 1))).toBeCloseTo(0, 12);
    expect(expectedCalibrationError([...items(0.9, 9, 1), ...items(0.25, 1, 3)])).toBeCloseTo(0, 12);
    // One bin at 0.95 with half right (gap 0.45, weight 1/2) and one perfect bin at 0.5.
    expect(expectedCalibrationError([...items(0.95, 1, 1), ...items(0.5, 1, 1)])).toBeCloseTo(0.225, 12);
    expect(expectedCalibrationError([{ confidence: 1, right: false }])).toBe(1);
    expect(expectedCalibrationError([])).toBe(0);
    expect(() => expectedCalibrationError([{ confidence: Number.NaN, right: true }])).toThrow(/outside/);
  });
});
