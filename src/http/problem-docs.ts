import { PROBLEM_REF, type Problem } from '../schemas/problem';
import { PROBLEM_TYPES, problemTypeUri, type ProblemCode } from './errors';

/** One documented occurrence of a problem: its code and a detail as the service writes it. */
export type ProblemExample = readonly [code: ProblemCode, detail: string];

const EXAMPLE_REQUEST_ID = '6f1c2b8e-0d52-4a39-9a0e-2f4d3c1b5a77';

/** The `Retry-After` header of 429 and 503 answers. */
const RETRY_AFTER = {
  'retry-after': { type: 'integer', minimum: 1, description: 'Seconds to wait before retrying.' },
};

/**
 * An error response in a route schema: `application/problem+json` with the shared Problem schema and
 * one example per problem code the response can carry, each built from the code's own status, title
 * and type (test/http/openapi.test.ts checks each example against the status it is listed under).
 */
export function problemResponse(description: string, examples: readonly ProblemExample[], opts: { retryAfter?: boolean; instance?: string } = {}) {
  const values = Object.fromEntries(
    examples.map(([code, detail]) => {
      const { status, title } = PROBLEM_TYPES[code];
      const value: Problem = { type: problemTypeUri(code), title, status, detail, instance: opts.instance ?? '/v1/attributions', code, requestId: EXAMPLE_REQUEST_ID };
      return [code, { summary: title, value }];
    }),
  );
  return {
    description,
    ...(opts.retryAfter ? { headers: RETRY_AFTER } : {}),
    content: { 'application/problem+json': { schema: PROBLEM_REF, examples: values } },
  };
}
