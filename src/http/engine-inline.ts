import attributeTask from '../worker';
import type { Engine } from './engine';

/**
 * The engine on the calling thread, running the worker's own task code: no pool, no time limit (a
 * running synchronous task can't be interrupted). For scripts and the spec writer, never for serving.
 */
export function createInlineEngine(): Engine {
  return {
    async run(text, options, _limits, input) {
      return attributeTask(input ? { text, options, input } : { text, options });
    },
    async warmUp() {},
    async close() {},
  };
}
