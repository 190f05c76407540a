import {
  ChatCompletionError,
  type ChatCompletionClient,
  type ChatCompletionRequest,
} from './chat-completion-client.js';

/** Where and how to reach the server; the composition root maps `config.llm` onto this. */
export interface OpenAiCompatibleSettings {
  /** The API root, e.g. `http://localhost:11434/v1`; `/chat/completions` is appended. */
  baseUrl: string;
  model: string;
  /** Sent as a bearer token only when set: local servers usually need none. */
  apiKey?: string;
  /** The whole request (connect, wait, read) must finish within this. */
  timeoutMs: number;
}

/** Only the fields this client reads from a chat completion response. */
interface CompletionBody {
  choices?: Array<{ message?: { content?: unknown } }>;
}

/** Error bodies are logged for diagnosis, so keep them short. */
const MAX_ERROR_BODY_CHARS = 200;

/** Content is a string, or (some servers) a list of text parts. */
function contentText(content: unknown): string | undefined {
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
 * Calls `POST {baseUrl}/chat/completions` with plain `fetch`: Ollama, llama.cpp's server, vLLM,
 * LM Studio and OpenAI all speak this dialect. Every failure becomes a {@link ChatCompletionError}.
 */
export class OpenAiCompatibleClient implements ChatCompletionClient {
  private readonly endpoint: string;
  /** The endpoint without any user:password part, for error messages that end up in logs. */
  private readonly shownEndpoint: string;

  constructor(private readonly settings: OpenAiCompatibleSettings) {
    this.endpoint = `${settings.baseUrl.replace(/\/+$/, '')}/chat/completions`;
    const shown = new URL(this.endpoint);
    shown.username = '';
    shown.password = '';
    this.shownEndpoint = shown.href;
  }

  get model(): string {
    return this.settings.model;
  }

  async complete(request: ChatCompletionRequest): Promise<string> {
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (this.settings.apiKey) headers.authorization = `Bearer ${this.settings.apiKey}`;
    // Temperature 0: the answer should restate the passages, not vary between runs.
    const body = JSON.stringify({
      model: this.settings.model,
      messages: request.messages,
      temperature: 0,
      max_tokens: request.maxTokens,
      stream: false,
    });
    let status: number;
    let text: string;
    try {
      const response = await fetch(this.endpoint, { method: 'POST', headers, body, signal });
      status = response.status;
      text = await response.text();
    } catch (error) {
      throw this.transportError(error, timeout);
    }
    if (status < 200 || status > 299) {
      throw new ChatCompletionError(
        'http-status',
        `server answered ${status}: ${text.slice(0, MAX_ERROR_BODY_CHARS)}`,
      );
    }
    return this.replyText(text);
  }

  private transportError(error: unknown, timeout: AbortSignal): ChatCompletionError {
    if (timeout.aborted)
      return new ChatCompletionError('timeout', `no reply within ${this.settings.timeoutMs} ms`, {
        cause: error,
      });
    if ((error as Error).name === 'AbortError')
      return new ChatCompletionError('aborted', 'request cancelled', { cause: error });
    // fetch reports refused connections and DNS failures as "fetch failed" with the system error as cause.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const detail = cause?.code ?? cause?.message ?? (error as Error).message;
    return new ChatCompletionError('connection', `cannot reach ${this.shownEndpoint}: ${detail}`, {
      cause: error,
    });
  }

  private replyText(text: string): string {
    let parsed: CompletionBody;
    try {
      parsed = JSON.parse(text) as CompletionBody;
    } catch {
      throw new ChatCompletionError(
        'malformed-response',
        `response is not JSON: ${text.slice(0, MAX_ERROR_BODY_CHARS)}`,
      );
    }
    const content = Array.isArray(parsed?.choices)
      ? contentText(parsed.choices[0]?.message?.content)
      : undefined;
    if (content === undefined)
      throw new ChatCompletionError('malformed-response', 'response has no choices[0].message.content');
    if (content.trim() === '') throw new ChatCompletionError('empty-reply', 'the model replied with nothing');
    return content;
  }
}
