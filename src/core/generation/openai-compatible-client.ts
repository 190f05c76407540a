import {
  ChatCompletionError,
  type ChatCompletionClient,
  type ChatCompletionRequest,
} from './chat-completion-client.js';
import { checkFinished, contentText, readCompletionStream } from './completion-stream.js';

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
  choices?: Array<{ message?: { content?: unknown }; finish_reason?: unknown }>;
}

/** Error bodies are logged for diagnosis, so keep them short. */
const MAX_ERROR_BODY_CHARS = 200;

/**
 * Request fields not every server takes. OpenAI's reasoning models (o1, o3, gpt-5…) refuse
 * `max_tokens` (they want `max_completion_tokens`) and any temperature but the default, with a
 * 400 naming the parameter. The client learns this from the first refusal and keeps it.
 */
interface Dialect {
  tokenLimitField: 'max_tokens' | 'max_completion_tokens';
  sendTemperature: boolean;
}

/**
 * Reasoning models spend completion tokens thinking before they write; without room for that
 * they stop with an empty reply. Added to the answer's own budget under `max_completion_tokens`.
 */
const REASONING_TOKEN_ALLOWANCE = 4_000;

/** The parameter a 400 response refuses, from OpenAI's `{ error: { param, message } }` shape. */
function refusedParameter(text: string): string | undefined {
  try {
    const error = (JSON.parse(text) as { error?: { param?: unknown; message?: unknown } }).error;
    if (typeof error?.param === 'string') return error.param;
    if (typeof error?.message === 'string') return /'(max_tokens|temperature)'/.exec(error.message)?.[1];
  } catch {
    // Not JSON: nothing to learn from it.
  }
  return undefined;
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

  private readonly dialect: Dialect = { tokenLimitField: 'max_tokens', sendTemperature: true };

  async complete(request: ChatCompletionRequest): Promise<string> {
    const timeout = AbortSignal.timeout(this.settings.timeoutMs);
    const signal = request.signal ? AbortSignal.any([timeout, request.signal]) : timeout;
    // At most one retry per field the server can refuse, all within the one timeout.
    for (let attempt = 0; ; attempt += 1) {
      const { status, text, streamed } = await this.post(request, signal, timeout);
      if (status >= 200 && status <= 299) return streamed ? this.nonEmpty(text) : this.replyText(text);
      if (status !== 400 || attempt >= 2 || !this.adapt(refusedParameter(text))) {
        throw new ChatCompletionError(
          'http-status',
          `server answered ${status}: ${text.slice(0, MAX_ERROR_BODY_CHARS)}`,
        );
      }
    }
  }

  /** Switches the dialect for a refused field; false when there is nothing left to change. */
  private adapt(parameter: string | undefined): boolean {
    if (parameter === 'max_tokens' && this.dialect.tokenLimitField === 'max_tokens') {
      this.dialect.tokenLimitField = 'max_completion_tokens';
      return true;
    }
    if (parameter === 'temperature' && this.dialect.sendTemperature) {
      this.dialect.sendTemperature = false;
      return true;
    }
    return false;
  }

  private async post(
    request: ChatCompletionRequest,
    signal: AbortSignal,
    timeout: AbortSignal,
  ): Promise<{ status: number; text: string; streamed: boolean }> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (this.settings.apiKey) headers.authorization = `Bearer ${this.settings.apiKey}`;
    const { tokenLimitField, sendTemperature } = this.dialect;
    const body = JSON.stringify({
      model: this.settings.model,
      messages: request.messages,
      // Temperature 0: the answer should restate the passages, not vary between runs.
      ...(sendTemperature ? { temperature: 0 } : {}),
      [tokenLimitField]:
        tokenLimitField === 'max_tokens' ? request.maxTokens : request.maxTokens + REASONING_TOKEN_ALLOWANCE,
      stream: request.onText !== undefined,
    });
    try {
      const response = await fetch(this.endpoint, { method: 'POST', headers, body, signal });
      const isStream = response.headers.get('content-type')?.startsWith('text/event-stream') ?? false;
      if (!response.ok || !isStream || !request.onText || !response.body)
        return { status: response.status, text: await response.text(), streamed: false };
      return {
        status: response.status,
        text: await readCompletionStream(response.body, request.onText),
        streamed: true,
      };
    } catch (error) {
      if (error instanceof ChatCompletionError) throw error;
      throw this.transportError(error, timeout);
    }
  }

  private nonEmpty(text: string): string {
    if (text.trim() === '') throw new ChatCompletionError('empty-reply', 'the model replied with nothing');
    return text;
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
    checkFinished(parsed.choices?.[0]?.finish_reason);
    return this.nonEmpty(content);
  }
}
