import { createParser } from 'eventsource-parser';
import { ChatCompletionError } from './chat-completion-client.js';

/** Malformed chunks are quoted in errors that end up in logs, so keep them short. */
const MAX_QUOTED_CHARS = 200;

/** One server-sent event of a streamed completion. */
interface StreamChunk {
  choices?: Array<{ delta?: { content?: unknown }; finish_reason?: unknown }>;
}

/**
 * A reply the model did not finish is no answer: cut at the token limit ("length"), it may stop
 * mid-sentence ("… while the talks in Geneva lasted"). Throws for that.
 */
export function checkFinished(finishReason: unknown): void {
  if (finishReason === 'length')
    throw new ChatCompletionError('cut-off', 'the reply was cut off at the token limit (finish_reason "length")');
}

/** Content is a string, or (some servers) a list of text parts. */
export function contentText(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return undefined;
  const parts = content.map((part: unknown) =>
    typeof part === 'object' && part !== null && typeof (part as { text?: unknown }).text === 'string'
      ? (part as { text: string }).text
      : '',
  );
  return parts.join('');
}

/** Parses one event's data as a completion chunk; malformed data is a malformed response. */
function parseChunk(data: string): StreamChunk {
  try {
    return JSON.parse(data) as StreamChunk;
  } catch {
    throw new ChatCompletionError('malformed-response', `stream chunk is not JSON: ${data.slice(0, MAX_QUOTED_CHARS)}`);
  }
}

/**
 * Reads a streamed chat completion (server-sent events, one JSON chunk per event, ending with
 * `data: [DONE]`), reporting the text so far after each read that added to it; returns the
 * whole text, and throws when the reply was cut off (see {@link checkFinished}). eventsource-parser reads the events as the SSE specification does: split across
 * reads or several in one, data over several lines, `event:` and `id:` fields, CR or CRLF line ends.
 */
export async function readCompletionStream(
  body: AsyncIterable<Uint8Array>,
  onText: (textSoFar: string) => void,
): Promise<string> {
  const decoder = new TextDecoder();
  // Events are collected during a feed and read after it, so a malformed one throws from here.
  const events: string[] = [];
  const parser = createParser({ onEvent: (event) => events.push(event.data) });
  let text = '';
  // Ended as the protocol ends a reply: `[DONE]`, or a chunk with a finish reason (some servers
  // send only that). A stream that just stops was cut off, and its text is not the answer.
  let finished = false;
  const readEvents = (): void => {
    let grew = false;
    for (const data of events.splice(0)) {
      if (data === '') continue;
      if (data === '[DONE]') {
        finished = true;
        continue;
      }
      const choice = parseChunk(data).choices?.[0];
      if (choice?.finish_reason !== undefined && choice.finish_reason !== null) {
        checkFinished(choice.finish_reason);
        finished = true;
      }
      const delta = contentText(choice?.delta?.content);
      if (delta) {
        text += delta;
        grew = true;
      }
    }
    if (grew) onText(text);
  };
  for await (const bytes of body) {
    parser.feed(decoder.decode(bytes, { stream: true }));
    readEvents();
  }
  // A last event the server did not close with a blank line still counts: close it.
  parser.feed(`${decoder.decode()}\n\n`);
  readEvents();
  if (!finished) throw new ChatCompletionError('cut-off', 'the stream ended before the reply was finished (no [DONE] or finish reason)');
  return text;
}
