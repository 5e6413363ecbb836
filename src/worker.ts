import { attribute } from './pipeline';
import type { EngineTask } from './http/engine';
import type { AttributionResult } from './schemas/attribution';

/** Piscina task handler: one article in, its attributions out. Runs in a worker thread. */
export default function attributeTask({ text, options }: EngineTask): AttributionResult {
  return attribute(text, options);
}
