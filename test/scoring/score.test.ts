import {
  addCounts,
  alignQuotes,
  checkGoldArticle,
  describeMiss,
  metricsOf,
  scoreArticle,
  speakerMatches,
  spansMatch,
  truncate,
  ZERO_COUNTS,
  type GoldQuote,
  type PredictedQuote,
} from '../../scoring/score';

const gold = (start: number, end: number, speaker: string, match: string[], extra: Partial<GoldQuote> = {}): GoldQuote => ({
  text: `g${start}`,
  speaker,
  kind: 'direct',
  match,
  start,
  end,
  ...extra,
});
const pred = (start: number, end: number, name: string | null): PredictedQuote => ({
  text: `p${start}`,
  start,
  end,
  speaker: name === null ? null : { name },
});

describe('spansMatch: overlap of at least half of the longer span', () => {
  it.each([
    ['identical', [0, 10], [0, 10], true],
    ['exactly half of the longer (5 of 10)', [0, 10], [5, 15], true],
    ['just under half of the longer (4 of 10)', [0, 10], [6, 16], false],
    ['short prediction inside a long gold quote (3 of 10)', [0, 10], [2, 5], false],
    ['long prediction swallowing a short gold quote (3 of 10)', [2, 5], [0, 10], false],
    ['prediction one mark wider on each side (10 of 12)', [1, 11], [0, 12], true],
    ['adjacent, no overlap', [0, 10], [10, 20], false],
    ['disjoint', [0, 10], [30, 40], false],
    ['empty spans never match', [5, 5], [5, 5], false],
  ] as const)('%s', (_name, [as, ae], [bs, be], expected) => {
    expect(spansMatch({ start: as, end: ae }, { start: bs, end: be })).toBe(expected);
    expect(spansMatch({ start: bs, end: be }, { start: as, end: ae })).toBe(expected);
  });
});

describe('speakerMatches: a match form as whole words, case-insensitive', () => {
  it.each([
    ['surname in the full name', 'Keir Starmer', ['starmer'], true],
    ['with honorific', 'Sir Keir Starmer', ['starmer'], true],
    ['upper case form', 'Keir Starmer', ['STARMER'], true],
    ['any of several forms', 'the prime minister', ['starmer', 'prime minister'], true],
    ['multi-word form', 'a shadow cabinet minister', ['shadow cabinet minister'], true],
    ['multi-word form across extra whitespace', 'shadow  cabinet\nminister', ['shadow cabinet minister'], true],
    ['prefix of a longer word is not a match', 'Starmers', ['starmer'], false],
    ['suffix of a longer word is not a match', 'Spokesmanship', ['spokesman'], false],
    ['inside a word is not a match', 'Ramadan', ['rama'], false],
    ['hyphen is a word boundary', 'Rama-Jones', ['rama'], true],
    ['possessive: apostrophe is a boundary', "Starmer's office", ['starmer'], true],
    ['curly and straight apostrophes are the same', 'Sinéad O’Brien', ["o'brien"], true],
    ['non-ASCII letters count as letters', 'Öztürk', ['ztürk'], false],
    ['different person', 'Chris Philp', ['starmer'], false],
    ['no forms', 'Keir Starmer', [], false],
    ['empty form never matches', 'Keir Starmer', [''], false],
    ['regex metacharacters are literal', 'J. Smith', ['j. smith'], true],
    ['regex metacharacters do not widen the match', 'Jx Smith', ['j. smith'], false],
  ] as const)('%s', (_name, name, forms, expected) => {
    expect(speakerMatches(name, forms)).toBe(expected);
  });
});

describe('alignQuotes: one-to-one, best overlap first', () => {
  it('gives a gold quote the prediction with the larger overlap share', () => {
    expect(alignQuotes([{ start: 0, end: 10 }], [{ start: 4, end: 12 }, { start: 0, end: 11 }])).toEqual([1]);
  });
  it('never gives one prediction to two gold quotes', () => {
    // Both gold quotes match the prediction at exactly half; only one may have it.
    const aligned = alignQuotes([{ start: 0, end: 5 }, { start: 5, end: 10 }], [{ start: 0, end: 10 }]);
    expect(aligned.filter((p) => p !== null)).toHaveLength(1);
  });
  it('leaves unmatched gold quotes null', () => {
    expect(alignQuotes([{ start: 0, end: 10 }, { start: 50, end: 60 }], [{ start: 0, end: 10 }])).toEqual([0, null]);
  });
});

describe('scoreArticle', () => {
  const goldQuotes = [
    gold(0, 10, 'Keir Starmer', ['starmer']),
    gold(20, 30, 'Edi Rama', ['rama']),
    gold(40, 50, 'Chris Philp', ['philp']),
  ];

  it('scores a perfect prediction 1 everywhere, with no misses', () => {
    const s = scoreArticle(goldQuotes, [pred(0, 10, 'Keir Starmer'), pred(20, 30, 'Edi Rama'), pred(40, 50, 'Philp')]);
    expect(s.metrics).toEqual({
      detectionRecall: 1,
      detectionPrecision: 1,
      attributionPrecision: 1,
      attributionRecall: 1,
      attributionF1: 1,
    });
    expect(s.misses).toEqual([]);
  });

  it('scores no predictions as recall 0 and undefined precision (the stub engine)', () => {
    const s = scoreArticle(goldQuotes, []);
    expect(s.metrics).toEqual({
      detectionRecall: 0,
      detectionPrecision: null,
      attributionPrecision: null,
      attributionRecall: 0,
      attributionF1: 0,
    });
    expect(s.misses.map((m) => m.kind)).toEqual(['not-found', 'not-found', 'not-found']);
  });

  it('counts a wrong speaker, a missing speaker and a spurious quote with a speaker', () => {
    const s = scoreArticle(goldQuotes, [
      pred(0, 10, 'Keir Starmer'), // right
      pred(21, 31, 'Keir Starmer'), // found, wrong speaker
      pred(40, 50, null), // found, no speaker
      pred(70, 80, 'Edi Rama'), // spurious, with a speaker
      pred(90, 95, null), // spurious, without a speaker
    ]);
    expect(s.counts).toEqual({
      requiredGold: 3,
      requiredFound: 3,
      optionalGold: 0,
      predictions: 5,
      predictionsMatched: 3,
      requiredWithSpeaker: 3,
      requiredRightSpeaker: 1,
      predictedWithSpeaker: 3,
      predictedRightSpeaker: 1,
    });
    expect(s.metrics.detectionRecall).toBe(1);
    expect(s.metrics.detectionPrecision).toBeCloseTo(3 / 5);
    expect(s.metrics.attributionPrecision).toBeCloseTo(1 / 3);
    expect(s.metrics.attributionRecall).toBeCloseTo(1 / 3);
    expect(s.metrics.attributionF1).toBeCloseTo(1 / 3);
    expect(s.misses.map((m) => [m.kind, m.start, m.predictedSpeaker, m.goldSpeaker])).toEqual([
      ['wrong-speaker', 20, 'Keir Starmer', 'Edi Rama'],
      ['wrong-speaker', 40, null, 'Chris Philp'],
      ['spurious', 70, 'Edi Rama', null],
      ['spurious', 90, null, null],
    ]);
  });

  it('does not match a prediction overlapping less than half of the longer span', () => {
    const s = scoreArticle([gold(0, 10, 'Keir Starmer', ['starmer'])], [pred(6, 16, 'Keir Starmer')]);
    expect(s.counts.requiredFound).toBe(0);
    expect(s.misses.map((m) => m.kind)).toEqual(['not-found', 'spurious']);
  });

  it('counts a duplicated prediction once as found and once as spurious', () => {
    const s = scoreArticle([gold(0, 10, 'Keir Starmer', ['starmer'])], [pred(0, 10, 'Starmer'), pred(0, 10, 'Starmer')]);
    expect(s.counts.predictionsMatched).toBe(1);
    expect(s.counts.predictions).toBe(2);
    expect(s.misses.map((m) => m.kind)).toEqual(['spurious']);
  });

  describe('optional gold quotes', () => {
    const withOptional = [gold(0, 10, 'Keir Starmer', ['starmer']), gold(20, 30, 'Labour', ['labour'], { optional: true })];

    it('are not required: missing one costs nothing', () => {
      const s = scoreArticle(withOptional, [pred(0, 10, 'Keir Starmer')]);
      expect(s.counts).toMatchObject({ requiredGold: 1, optionalGold: 1, requiredWithSpeaker: 1 });
      expect(s.metrics.detectionRecall).toBe(1);
      expect(s.misses).toEqual([]);
    });

    it('are not penalised: a prediction matching one is left out of every count, whatever its speaker', () => {
      for (const name of ['Labour', 'Keir Starmer', null]) {
        const s = scoreArticle(withOptional, [pred(0, 10, 'Keir Starmer'), pred(20, 30, name)]);
        expect(s.counts).toMatchObject({ predictions: 1, predictionsMatched: 1, predictedWithSpeaker: 1, predictedRightSpeaker: 1 });
        expect(s.misses).toEqual([]);
      }
    });

    it('without a speaker must still get speaker null (a scare quote is no one’s)', () => {
      const scare = [gold(0, 10, '', [], { optional: true, kind: 'partial' })];
      expect(scoreArticle(scare, [pred(0, 10, null)]).misses).toEqual([]);
      const s = scoreArticle(scare, [pred(0, 10, 'Keir Starmer')]);
      expect(s.misses.map((m) => m.kind)).toEqual(['speaker-where-none']);
      expect(s.counts).toMatchObject({ predictions: 0, predictedWithSpeaker: 1, predictedRightSpeaker: 0 });
      expect(s.metrics.attributionPrecision).toBe(0);
    });
  });

  it('treats a required gold quote without a speaker as found but outside attribution recall', () => {
    const s = scoreArticle([gold(0, 10, '', [])], [pred(0, 10, null)]);
    expect(s.counts).toMatchObject({ requiredGold: 1, requiredFound: 1, requiredWithSpeaker: 0 });
    expect(s.metrics.attributionRecall).toBeNull();
    expect(s.misses).toEqual([]);
    expect(scoreArticle([gold(0, 10, '', [])], [pred(0, 10, 'Someone')]).misses.map((m) => m.kind)).toEqual(['speaker-where-none']);
  });
});

describe('totals', () => {
  it('sum counts, so ratios are pooled rather than averaged', () => {
    const a = scoreArticle([gold(0, 10, 'A B', ['b'])], [pred(0, 10, 'A B')]).counts;
    const b = scoreArticle([gold(0, 10, 'C D', ['d']), gold(20, 30, 'C D', ['d']), gold(40, 50, 'C D', ['d'])], []).counts;
    const total = addCounts(addCounts(ZERO_COUNTS, a), b);
    expect(total.requiredGold).toBe(4);
    expect(metricsOf(total).detectionRecall).toBe(0.25);
  });
});

describe('checkGoldArticle', () => {
  it('accepts offsets that select the quote text', () => {
    expect(checkGoldArticle({ file: 'a', quotes: [{ ...gold(5, 10, 'A', ['a']), text: 'hello' }] }, 'Say “hello”')).toEqual([]);
  });
  it('reports offsets that do not, and a speaker without match forms', () => {
    const problems = checkGoldArticle({ file: 'a', quotes: [{ ...gold(0, 5, 'A', []), text: 'hello' }, gold(3, 99, '', [])] }, 'Say “hello”');
    expect(problems).toHaveLength(3);
  });
});

describe('describeMiss', () => {
  it('names both speakers for a wrong speaker and truncates long quotes', () => {
    const line = describeMiss(
      { kind: 'wrong-speaker', text: 'x'.repeat(200), start: 1, end: 201, goldSpeaker: 'Edi Rama', predictedSpeaker: 'Keir Starmer' },
      20,
    );
    expect(line).toContain('predicted "Keir Starmer", gold "Edi Rama"');
    expect(line).toContain(`“${'x'.repeat(19)}…”`);
  });
  it('truncate keeps short text whole and flattens newlines', () => {
    expect(truncate('a\nb', 10)).toBe('a b');
  });
});
