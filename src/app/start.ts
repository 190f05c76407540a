/**
 * Entry point of the bot (`node dist/app/start.js`, also `npm start`): starts it
 * through the composition root and owns the process's fate.
 *
 * - A bad configuration: one clear message, exit 1.
 * - SIGINT/SIGTERM: stop taking work, let answers in flight finish within the grace period
 *   (SHUTDOWN_GRACE_MS, default 8 s; unfinished replies are replaced by a restart note), exit 0.
 *   A second signal exits at once.
 * - The parent process dies (e.g. `npm start` killed: npm does not pass SIGTERM through its
 *   shell): the same graceful stop, so the bot never lingers connected to Discord.
 * - Either of those while the bot is still starting: the stop waits for the start (within the
 *   same deadline), then stops as above; it never exits silently half-connected.
 * - Discord refuses the bot for good (token rejected, close 4004/4010–4014): one line naming
 *   the cause, exit {@link EXIT_DISCORD_REFUSED} (78), so a supervisor sees it.
 * - Stray errors are logged; they never kill the process.
 *
 * Works unchanged as a shard process under discord.js's ShardingManager (see shard-manager.ts).
 */
import { DEFAULT_CONFIG } from '../config/schema.js';
import { tuneHeapForServing } from './heap-tuning.js';
import { startBot, type RunningBot } from './start-bot.js';
import { ConfigError } from '../core/errors.js';
import { EXIT_DISCORD_REFUSED, refusalOf } from '../adapters/discord/gateway-close.js';
import { describeError, discordFailureMessage } from '../adapters/discord/safe-error.js';

/** Time past the grace period for leaving the gateway and closing state; past it the process exits anyway. */
const SHUTDOWN_MARGIN_MS = 2000;
/** How often the parent process is checked. */
const PARENT_CHECK_MS = 500;

let running: RunningBot | undefined;
/** The start in progress, so that a stop asked for meanwhile can wait for it. */
let starting: Promise<RunningBot> | undefined;
let stopping = false;

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

/** Stops gracefully, then exits with `exitCode`; bounded by the grace period plus a margin. */
async function shutdown(reason: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  const limitMs = (running?.config.shutdown.graceMs ?? DEFAULT_CONFIG.shutdown.graceMs) + SHUTDOWN_MARGIN_MS;
  const deadline = setTimeout(() => {
    process.stderr.write(`article-qa: shutdown took longer than ${limitMs} ms; exiting anyway\n`);
    process.exit(exitCode === 0 ? 1 : exitCode);
  }, limitMs);
  deadline.unref();
  // A stop asked for while the bot is still starting (a signal, or the parent gone, during
  // login or command registration) waits for the start, within the same deadline, so that the
  // bot still says why it stops and leaves the gateway cleanly instead of vanishing mid-start.
  const bot = running ?? (await starting?.catch(() => undefined));
  if (bot) {
    bot.logger.info({ reason }, 'stop requested');
    await bot.stop();
  } else process.stderr.write(`article-qa: stopped before the bot had started (${reason})\n`);
  process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    // A second signal while stopping means "now".
    process.once(signal, () => process.exit(130));
    void shutdown(signal);
  });
}

// Orphaned (the parent died without passing a signal on): stop as if told to. Under tini, systemd
// or Docker the parent is PID 1 and stays; under npm or the sharding manager it is not.
const parent = process.ppid;
if (parent > 1) {
  setInterval(() => {
    if (process.ppid !== parent) void shutdown('parent process exited');
  }, PARENT_CHECK_MS).unref();
}

// The bot serves for days: keep the heap near what it holds (see heap-tuning.ts).
tuneHeapForServing();

try {
  starting = startBot();
  running = await starting;
  void running.refused.then((refusal) =>
    shutdown(`Discord refused the bot (close ${refusal.closeCode})`, EXIT_DISCORD_REFUSED),
  );
} catch (error) {
  const refusal = refusalOf(error);
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else if (refusal) {
    process.stderr.write(`article-qa: the bot could not start: ${refusal.message}\n`);
    process.exit(EXIT_DISCORD_REFUSED);
  } else {
    process.stderr.write(`article-qa: the bot could not start: ${discordFailureMessage(error, secrets())}\n`);
  }
  process.exit(1);
}
