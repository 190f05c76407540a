/** One message of a chat completion request, as OpenAI-compatible servers expect it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** What the answerer asks of a language model. */
export interface ChatCompletionRequest {
  messages: ChatMessage[];
  /** Upper bound on the reply's length, in tokens. */
  maxTokens: number;
  /** Lets a caller give up early (e.g. the user went away); the client's own timeout applies as well. */
  signal?: AbortSignal;
  /**
   * Called with the reply so far, each time more of it arrives. When set, the client asks the
   * server to stream; a server that answers in one piece simply never calls it.
   */
  onText?: (textSoFar: string) => void;
}

/**
 * A language model behind a chat-completions API. The generated answerer depends only on this,
 * so tests can fill it with a recording fake and servers other than OpenAI's fit behind it.
 */
export interface ChatCompletionClient {
  /** The model name, reported with every generated answer. */
  readonly model: string;
  /** The reply's text; throws a {@link ChatCompletionError} when there is none. */
  complete(request: ChatCompletionRequest): Promise<string>;
}

/** Why a completion failed, for the fallback's log line. */
export type ChatCompletionFailure =
  'timeout' | 'aborted' | 'connection' | 'http-status' | 'malformed-response' | 'empty-reply' | 'cut-off';

/** A completion that produced no usable text. The message never contains the API key. */
export class ChatCompletionError extends Error {
  constructor(
    readonly reason: ChatCompletionFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ChatCompletionError';
  }
}
