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
  {
    description: 'RFC 9457 problem details.',
    examples: [
      {
        type: 'tag:quote-attribution,2025:problem/text-too-long',
        title: 'Text too long',
        status: 413,
        detail: 'The text has 250000 characters; the limit is 200000.',
        instance: '/v1/attributions',
        code: 'TEXT_TOO_LONG',
        requestId: '6f1c2b8e-0d52-4a39-9a0e-2f4d3c1b5a77',
      },
    ],
  },
);
export type Problem = Static<typeof ProblemSchema>;

/** An error response in a route schema: documented in OpenAPI as `application/problem+json`. */
export const problemResponse = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ProblemSchema } },
});
