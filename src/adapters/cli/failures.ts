import { ConfigError, isUserError, ModelUnavailableError, newIncidentId } from '../../core/errors.js';
import type { Logger } from '../../logging/logger.js';
import { redactSecrets } from '../../logging/secrets.js';

/** Exit codes: 2 for bad input and bad configuration (the user can fix it), 1 for everything else. */
export const EXIT_USAGE = 2;
export const EXIT_FAILURE = 1;

/** Raised by commands to stop with a message and an exit code, after output was flushed. */
export class CliExit extends Error {
  constructor(
    readonly exitCode: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns any failure into a message and an exit code. User errors are shown as they are; a
 * bug is logged with an incident id that the message repeats, so a report can be matched.
 * No message ever carries a configured secret.
 */
export function describeFailure(error: unknown, logger?: Logger): { message: string; exitCode: number } {
  const { message, exitCode } = classifyFailure(error, logger);
  return { message: redactSecrets(message), exitCode };
}

function classifyFailure(error: unknown, logger?: Logger): { message: string; exitCode: number } {
  if (error instanceof CliExit) return { message: error.message, exitCode: error.exitCode };
  if (isUserError(error)) return { message: error.message, exitCode: error.retryable ? EXIT_FAILURE : EXIT_USAGE };
  if (error instanceof ConfigError) return { message: error.message, exitCode: EXIT_USAGE };
  if (error instanceof ModelUnavailableError) return { message: error.message, exitCode: EXIT_FAILURE };
  const incident = newIncidentId();
  logger?.error({ err: error, incident }, 'unexpected error');
  const detail = logger ? '' : ` (${(error as Error)?.message ?? String(error)})`;
  return { message: `Something went wrong on our side (incident ${incident})${detail}. Please report it.`, exitCode: EXIT_FAILURE };
}

/** One line of `--batch` output for a question that failed. */
export function batchErrorLine(question: string, error: unknown, logger: Logger): string {
  const { message } = isUserError(error) ? { message: error.message } : describeFailure(error, logger);
  return JSON.stringify({ question, error: redactSecrets(message) });
}
