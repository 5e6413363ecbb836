import { attribute } from './pipeline';
import { markStarted, serializeResult, type EngineTask, type SerializedResult } from './worker-task';

/**
 * Piscina task handler: one article in, its attributions out, serialised here so that the event loop
 * receives one string instead of cloning and re-serialising an object graph. Runs in a worker thread.
 */
export default function attributeTask(task: EngineTask): SerializedResult {
  markStarted(task);
  return serializeResult(attribute(task.text, task.options));
}
