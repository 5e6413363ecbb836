import { attribute } from '../pipeline';
import { serializeResult, type Engine } from './engine';

/**
 * The engine on the calling thread: no pool, no time limit (a running synchronous task can't be
 * interrupted). For scripts and the spec writer, never for serving.
 */
export function createInlineEngine(): Engine {
  return {
    async run(text, options) {
      return serializeResult(attribute(text, options));
    },
    async warmUp() {},
    async close() {},
  };
}
