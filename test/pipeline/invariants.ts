import type { AttributionResult } from '../../src/schemas/attribution';

/**
 * Contract invariants every `attribute()` result must satisfy, whatever the input. Shared by the
 * property-based and the adversarial tests. Returns the list of violations (empty when all hold), so a
 * failure names every broken rule at once.
 */
export function findViolations(input: string, result: AttributionResult): string[] {
  const problems: string[] = [];
  // The shape, checked by hand: Jest here cannot load ESM-only typebox/value (.mjs) without a config change.
  if (!Array.isArray(result?.quotes) || !Array.isArray(result?.speakers)) {
    return [`result is not { quotes: [], speakers: [] }: ${JSON.stringify(result)?.slice(0, 200)}`];
  }
  for (const [i, q] of result.quotes.entries()) {
    const where = `quotes[${i}]`;
    if (typeof q.id !== 'string' || typeof q.text !== 'string' || typeof q.rule !== 'string') problems.push(`${where}: id, text and rule must be strings`);
    if (q.type !== 'direct' && q.type !== 'partial') problems.push(`${where}: type ${JSON.stringify(q.type)} is not direct|partial`);
    if (q.continues !== null && typeof q.continues !== 'string') problems.push(`${where}: continues must be a string or null`);
    if (q.cue !== null && (typeof q.cue?.lemma !== 'string' || typeof q.cue?.text !== 'string')) problems.push(`${where}: cue must be {text,lemma,start,end} or null`);
    if (q.speaker !== null && (typeof q.speaker?.id !== 'string' || typeof q.speaker?.name !== 'string' || typeof q.speaker?.mention !== 'object')) {
      problems.push(`${where}: speaker must be {id,name,mention} or null`);
    }
  }
  for (const [i, s] of result.speakers.entries()) {
    if (typeof s.id !== 'string' || typeof s.name !== 'string' || !Array.isArray(s.mentions) || !Array.isArray(s.quoteIds)) {
      problems.push(`speakers[${i}]: must have string id and name, mentions[] and quoteIds[]`);
    }
  }
  // The checks below assume the shape; stop rather than throw on a malformed record.
  if (problems.length > 0) return problems;

  const checkSpan = (where: string, span: { text: string; start: number; end: number }): void => {
    const { start, end, text } = span;
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= input.length)) {
      problems.push(`${where}: span [${start}, ${end}) is out of bounds for a text of ${input.length} code units`);
      return;
    }
    const actual = input.slice(start, end);
    if (actual !== text) {
      problems.push(`${where}: text ${JSON.stringify(text)} !== input.slice(${start}, ${end}) ${JSON.stringify(actual)}`);
    }
  };

  const quoteIds = new Set<string>();
  const speakerById = new Map(result.speakers.map((s) => [s.id, s]));
  let previousStart = -1;
  for (const [i, q] of result.quotes.entries()) {
    const where = `quotes[${i}] (${q.id})`;
    checkSpan(where, q);
    if (q.start < previousStart) problems.push(`${where}: not sorted by start (${q.start} after ${previousStart})`);
    previousStart = q.start;
    if (quoteIds.has(q.id)) problems.push(`${where}: duplicate quote id`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) problems.push(`${where}: confidence ${q.confidence} outside [0, 1]`);
    if (q.cue) checkSpan(`${where}.cue`, q.cue);
    if (q.speaker) {
      checkSpan(`${where}.speaker.mention`, q.speaker.mention);
      const speaker = speakerById.get(q.speaker.id);
      if (!speaker) problems.push(`${where}: speaker.id ${q.speaker.id} is not in speakers`);
      else {
        if (speaker.name !== q.speaker.name) {
          problems.push(`${where}: speaker.name ${JSON.stringify(q.speaker.name)} differs from speakers entry ${JSON.stringify(speaker.name)}`);
        }
        if (!speaker.quoteIds.includes(q.id)) problems.push(`${where}: missing from ${speaker.id}.quoteIds`);
      }
    }
    // A continuation points back to the first quote of its chain, which must come earlier.
    if (q.continues !== null && !quoteIds.has(q.continues)) {
      problems.push(`${where}: continues ${q.continues}, which is not an earlier quote`);
    }
    quoteIds.add(q.id);
  }

  const quoteById = new Map(result.quotes.map((q) => [q.id, q]));
  const speakerIds = new Set<string>();
  for (const [i, s] of result.speakers.entries()) {
    const where = `speakers[${i}] (${s.id})`;
    if (speakerIds.has(s.id)) problems.push(`${where}: duplicate speaker id`);
    speakerIds.add(s.id);
    for (const [j, m] of s.mentions.entries()) checkSpan(`${where}.mentions[${j}]`, m);
    for (const qid of s.quoteIds) {
      const q = quoteById.get(qid);
      if (!q) problems.push(`${where}: quoteIds entry ${qid} is not in quotes`);
      else if (q.speaker?.id !== s.id) problems.push(`${where}: lists ${qid}, whose speaker is ${q.speaker?.id ?? 'null'}`);
    }
    if ((s.gender === null) !== (s.genderEvidence === null)) problems.push(`${where}: gender ${s.gender} without matching evidence ${s.genderEvidence}`);
    if (s.quoteIds.length > 0 && result.speakers.slice(0, i).some((p) => p.quoteIds.length === 0)) {
      problems.push(`${where}: a quoted speaker after one only mentioned`);
    }
  }
  problems.push(...summaryViolations(result));
  return problems;
}

/** The summary counts the speakers listed: quoted and only mentioned, overall and by kind. */
function summaryViolations(result: AttributionResult): string[] {
  const summary = result.summary;
  if (summary === undefined) return [];
  const quoted = result.speakers.filter((s) => s.quoteIds.length > 0).length;
  const only = result.speakers.length - quoted;
  const problems: string[] = [];
  if (summary.quoted !== quoted || summary.onlyMentioned !== only) {
    problems.push(`summary: ${summary.quoted} quoted / ${summary.onlyMentioned} only mentioned, speakers say ${quoted} / ${only}`);
  }
  for (const [kind, c] of Object.entries(summary.byKind)) {
    const listed = result.speakers.filter((s) => s.kind === kind);
    if (c.quoted + c.onlyMentioned !== listed.length) problems.push(`summary.byKind.${kind}: ${c.quoted + c.onlyMentioned}, listed ${listed.length}`);
  }
  return problems;
}

/** Throws with every violation listed; for use inside fast-check properties and jest tests. */
export function assertInvariants(input: string, result: AttributionResult): void {
  const problems = findViolations(input, result);
  if (problems.length > 0) {
    const shown = input.length > 200 ? `${JSON.stringify(input.slice(0, 200))}… (${input.length} code units)` : JSON.stringify(input);
    throw new Error(`attribute() broke ${problems.length} invariant(s) on ${shown}:\n- ${problems.slice(0, 20).join('\n- ')}`);
  }
}

/** The same result with every offset moved by `delta`: what prefixing the input must produce. */
export function shiftResult(result: AttributionResult, delta: number): AttributionResult {
  const shift = <T extends { start: number; end: number }>(span: T): T => ({ ...span, start: span.start + delta, end: span.end + delta });
  return {
    quotes: result.quotes.map((q) => ({
      ...shift(q),
      speaker: q.speaker ? { ...q.speaker, mention: shift(q.speaker.mention) } : null,
      cue: q.cue ? shift(q.cue) : null,
    })),
    speakers: result.speakers.map((s) => ({ ...s, mentions: s.mentions.map(shift), quoteIds: [...s.quoteIds] })),
    ...(result.summary === undefined ? {} : { summary: result.summary }),
  };
}
