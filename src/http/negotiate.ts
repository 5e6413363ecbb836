/**
 * The media type to answer in, from an `Accept` header: the offered type with the highest q, ties
 * going to the earlier offer (so the first is the default). `text/*` and `*\/*` match any offer of
 * their kind; a type with q=0 is refused. `Accept: text/csv, application/json;q=0.5` → `text/csv`.
 */
export function negotiate<T extends string>(accept: string | undefined, offers: readonly [T, ...T[]]): T {
  if (!accept) return offers[0];
  let best: T = offers[0];
  let bestQ = -1;
  const ranges = accept.split(',').map(parseRange);
  for (const offer of offers) {
    const q = qualityOf(offer, ranges);
    if (q > bestQ) {
      best = offer;
      bestQ = q;
    }
  }
  return bestQ > 0 ? best : offers[0];
}

interface MediaRange {
  readonly type: string;
  readonly q: number;
  readonly specificity: number;
}

function parseRange(part: string): MediaRange {
  const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
  const qParam = params.find((p) => p.startsWith('q='));
  const q = qParam === undefined ? 1 : Number(qParam.slice(2));
  const specificity = type === '*/*' ? 0 : type.endsWith('/*') ? 1 : 2;
  return { type, q: Number.isFinite(q) ? q : 0, specificity };
}

/** The q of the most specific range that matches `offer`; 0 when none does. */
function qualityOf(offer: string, ranges: readonly MediaRange[]): number {
  const kind = offer.split('/')[0];
  let match: MediaRange | undefined;
  for (const r of ranges) {
    const matches = r.type === offer || r.type === '*/*' || r.type === `${kind}/*`;
    if (matches && (match === undefined || r.specificity > match.specificity)) match = r;
  }
  return match?.q ?? 0;
}
