import { ChatCompletionError } from './chat-completion-client.js';

/** Malformed chunks are quoted in errors that end up in logs, so keep them short. */
const MAX_QUOTED_CHARS = 200;

/** One server-sent event of a streamed completion. */
interface StreamChunk {
  choices?: Array<{ delta?: { content?: unknown } }>;
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

/**
 * Reads a streamed chat completion (server-sent events: one JSON chunk per `data:` line, ending
 * with `data: [DONE]`), reporting the text so far after each read that added to it; returns the
 * whole text. Events may arrive split across reads, or several in one.
 */
export async function readCompletionStream(
  body: AsyncIterable<Uint8Array>,
  onText: (textSoFar: string) => void,
): Promise<string> {
  const decoder = new TextDecoder();
  let buffered = '';
  let text = '';
  for await (const bytes of body) {
    buffered += decoder.decode(bytes, { stream: true });
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    let grew = false;
    for (const line of lines) {
      const data = /^data:\s?(.*)$/.exec(line.trim())?.[1];
      if (data === undefined || data === '' || data === '[DONE]') continue;
      let chunk: StreamChunk;
      try {
        chunk = JSON.parse(data) as StreamChunk;
      } catch {
        throw new ChatCompletionError(
          'malformed-response',
          `stream chunk is not JSON: ${data.slice(0, MAX_QUOTED_CHARS)}`,
        );
      }
      const delta = contentText(chunk.choices?.[0]?.delta?.content);
      if (delta) {
        text += delta;
        grew = true;
      }
    }
    if (grew) onText(text);
  }
  return text;
}
