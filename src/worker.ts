import { extractText } from './formats/html';
import { attribute } from './pipeline';
import { markStarted, serializeResult, type EngineTask, type SerializedResult } from './worker-task';

/**
 * Piscina task handler: one article in, its attributions out, serialised here so that the event loop
 * receives one string instead of cloning and re-serialising an object graph. Runs in a worker thread;
 * an HTML page is parsed here too, off the event loop.
 */
export default function attributeTask(task: EngineTask): SerializedResult {
  markStarted(task);
  if (task.input?.format !== 'html') return serializeResult(attribute(task.text, task.options));
  const text = extractText(task.text);
  const maxChars = task.input.maxChars ?? Infinity;
  if (text.length > maxChars) return { json: '', quotes: 0, characters: text.length, tooLong: true };
  return serializeResult(attribute(text, task.options), text);
}
