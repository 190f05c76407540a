import { createLogger, type Logger } from '../../src/logging/logger.js';

/** A real pino logger at debug level whose JSON lines are kept in memory, for asserting on logs. */
export function recordingLogger(): { logger: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({
    level: 'debug',
    pretty: false,
    destination: { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  });
  return { logger, lines };
}
