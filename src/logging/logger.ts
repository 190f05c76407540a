import { pino, type Logger, type LevelWithSilent, type DestinationStream } from 'pino';
import { REDACTED, redactSecrets, registerSecrets } from './secrets.js';

export type { Logger } from 'pino';

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  level: LevelWithSilent;
  /** Human-readable output (development); JSON lines otherwise (production). */
  pretty: boolean;
  /** Where JSON lines go; defaults to stderr so stdout stays free for command output. */
  destination?: DestinationStream;
  /** Secret values to scrub from every line, besides those already registered (see secrets.ts). */
  secrets?: readonly string[];
}

/**
 * Paths whose values are replaced before a log line is written. The first line of defence, by
 * field name; every finished line is then scrubbed of secret values wherever they appear.
 */
export const REDACTED_PATHS = [
  'token',
  '*.token',
  'config.discord.token',
  'config.llm.apiKey',
  'apiKey',
  '*.apiKey',
  'password',
  '*.password',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'req.headers.authorization',
];

/**
 * Creates the process logger. Core code receives a logger and never calls `console`.
 * Output goes to stderr: stdout belongs to the CLI's answers and JSON. Secret values (the
 * `secrets` given here and every one registered with `registerSecrets`) never reach a line.
 */
export function createLogger(options: LoggerOptions): Logger {
  registerSecrets(options.secrets ?? []);
  const base = {
    level: options.level,
    redact: { paths: REDACTED_PATHS, censor: REDACTED },
    base: { service: 'article-qa' },
    // Every line, at every level and in every format, loses any secret value it contains.
    hooks: { streamWrite: (line: string) => redactSecrets(line) },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty) {
    const prettyOptions = { destination: 2, colorize: process.stderr.isTTY, translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname,service' };
    return pino(base, lazyDestination(() => pino.transport({ target: 'pino-pretty', options: prettyOptions })));
  }
  return pino(base, pino.destination({ dest: 2, sync: false }));
}

/**
 * A destination opened by its first line. The pretty transport runs in a worker thread that
 * costs about 50 ms of CPU and delays exit by as much; most CLI runs log nothing at all.
 */
function lazyDestination(open: () => DestinationStream & { flush?: (callback?: () => void) => void }): DestinationStream {
  let stream: ReturnType<typeof open> | undefined;
  return Object.assign(
    { write: (line: string) => void (stream ??= open()).write(line) },
    { flush: (callback?: () => void) => (stream?.flush ? stream.flush(callback) : callback?.()) },
  );
}

/** A logger that drops everything; for tests and library callers that do not care. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}
