import { randomUUID } from 'node:crypto';
/**
 * Two kinds of failure are kept apart everywhere:
 * - {@link UserError}: the request was wrong (empty question, unknown section). Adapters show the message as is.
 * - anything else is a bug: adapters log it with context and show an apology with an incident id.
 */
export class UserError extends Error {
  override readonly name: string = 'UserError';
  /** A stable machine-readable reason, e.g. `question-empty`. */
  readonly code: string;
  /**
   * Not the user's input but something outside that may work later (a server error, a timeout,
   * no connection): still shown as it is, but the CLI exits 1, not 2, so a script can retry.
   */
  readonly retryable: boolean;

  constructor(code: string, message: string, options: { retryable?: boolean } = {}) {
    super(message);
    this.code = code;
    this.retryable = options.retryable ?? false;
  }
}

/** Raised when configuration is invalid; lists every problem at once. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.problems = problems;
  }
}

/** Raised when an embedding model cannot be loaded (e.g. the Hugging Face Hub is unreachable). */
export class ModelUnavailableError extends Error {
  override readonly name = 'ModelUnavailableError';
  readonly modelId: string;

  constructor(modelId: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.modelId = modelId;
  }
}

/** Raised when the corpus path is missing, unreadable or holds no text. */
export class CorpusError extends UserError {
  override readonly name = 'CorpusError';
}

/** True when the error is one the user can fix, so its message may be shown verbatim. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/**
 * A short id for an unexpected failure, quoted both to the user (Discord's apology, the CLI's
 * message) and in the log line, so a report can be matched to its log.
 */
export function newIncidentId(): string {
  return randomUUID().slice(0, 8);
}
