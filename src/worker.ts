import { attribute } from './pipeline';
import { markStarted, type EngineTask } from './http/engine';
import type { AttributionResult } from './schemas/attribution';

/** Piscina task handler: one article in, its attributions out. Runs in a worker thread. */
export default function attributeTask(task: EngineTask): AttributionResult {
  markStarted(task);
  return attribute(task.text, task.options);
}
