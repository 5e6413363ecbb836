import { Type, type Static } from 'typebox';

/** RFC 9457 problem details, served as `application/problem+json` for every error. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'URI identifying the problem type (a `tag:` URI, RFC 9457 §3.1.1).' }),
    title: Type.String({ description: 'Short summary of the problem type; the same for every occurrence.' }),
    status: Type.Integer({ minimum: 400, maximum: 599, description: 'The HTTP status code.' }),
    detail: Type.String({ description: 'What went wrong with this request, for a human.' }),
    instance: Type.Optional(Type.String({ description: 'The request path.' })),
    code: Type.String({ description: 'Stable machine-readable error code.', examples: ['TEXT_TOO_LONG'] }),
    requestId: Type.String({ description: 'Id of the request in the service logs (also the `x-request-id` header).' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object({
          pointer: Type.String({ description: 'JSON Pointer into the request body.' }),
          detail: Type.String(),
        }),
        { description: 'For schema violations: each violation.' },
      ),
    ),
  },
  { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details.' },
);
export type Problem = Static<typeof ProblemSchema>;

/**
 * How a route schema points at the shared Problem schema (registered once with app.addSchema, listed
 * once in the spec's components.schemas). Error responses with examples: problemResponse in
 * src/http/problem-docs.ts.
 */
export const PROBLEM_REF = { $ref: 'Problem#' } as const;

/** An error response without examples; prefer src/http/problem-docs.ts, whose examples are checked. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: PROBLEM_REF } },
});
