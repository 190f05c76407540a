/**
 * Entry point of the bot (`npm start`): starts it through the composition root, turns a bad
 * configuration into one clear message and exit code 1, keeps stray errors from killing the
 * process, and stops gracefully on SIGINT/SIGTERM within 5 seconds. Works unchanged as a
 * shard process under discord.js's ShardingManager (see shard-manager.ts).
 */
import { startBot, type RunningBot } from '../../app/start-bot.js';
import { ConfigError } from '../../core/errors.js';
import { describeError } from './safe-error.js';

/** Shutdown must be over by then; past it the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 5000;

let running: RunningBot | undefined;

function secrets(): string[] {
  return [process.env.DISCORD_TOKEN ?? '', process.env.LLM_API_KEY ?? ''].map((value) => value.trim());
}

function report(message: string, error: unknown): void {
  const described = describeError(error, secrets());
  if (running) running.logger.error({ error: described }, message);
  else process.stderr.write(`${message}: ${described.message}\n`);
}

// A handler bug must never take the bot down: log it and carry on.
process.on('unhandledRejection', (reason) => report('unhandled promise rejection', reason));
process.on('uncaughtException', (error) => report('uncaught exception', error));

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  const deadline = setTimeout(() => {
    process.stderr.write(
      `article-qa: shutdown took longer than ${SHUTDOWN_DEADLINE_MS} ms; exiting anyway\n`,
    );
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS);
  deadline.unref();
  running?.logger.info({ signal }, 'signal received');
  await running?.stop();
  process.exit(0);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // A second signal while stopping means "now".
    process.once(signal, () => process.exit(130));
    void shutdown(signal);
  });
}

try {
  running = await startBot();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(`article-qa: the bot could not start: ${describeError(error, secrets()).message}\n`);
  }
  process.exit(1);
}
