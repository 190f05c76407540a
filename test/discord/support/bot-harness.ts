/**
 * Starts the real bot through its composition root (`startBot`, as production does) against
 * the Discord emulator, with the bundled model and article in a scratch workspace, and
 * captures its log lines for assertions.
 */
import { loadEmbedder } from '../../../src/app/create-engine.js';
import { startBot, type RunningBot } from '../../../src/app/start-bot.js';
import { loadConfig } from '../../../src/config/load-config.js';
import type { Embedder } from '../../../src/core/embedding/embedder.js';
import { createLogger, createSilentLogger } from '../../../src/logging/logger.js';
import { startDiscordEmulator, type DiscordEmulator } from '../../support/discord-emulator/index.js';
import type { DiscordEmulatorOptions } from '../../support/discord-emulator/types.js';
import { temporaryWorkspace } from '../../support/temporary-corpus.js';

/** A token of the shape the config accepts (three dot-separated base64url parts). */
export const TEST_TOKEN = 'MTA1NTU1NTU1NTU1NTU1NTU1NQ.GtEsT1.emulator-test-token-0123456789abcdef';

/** The Manage Server permission bit, for a member allowed to see /stats. */
export const MANAGE_GUILD = (1n << 5n).toString();

/** A bot under test and what it runs against. */
export interface TestBot {
  emulator: DiscordEmulator;
  bot: RunningBot;
  workspace: ReturnType<typeof temporaryWorkspace>;
  /** Every JSON log line the bot wrote, in order. */
  logs: Array<Record<string, unknown>>;
  /** All log output as text, for "never contains" checks. */
  logText(): string;
  /** Stops the bot only, keeping the emulator and workspace for a restart. */
  stopBot(): Promise<void>;
  /** Stops the bot and the emulator and removes the workspace. */
  stop(): Promise<void>;
}

let sharedEmbedder: Promise<Embedder> | undefined;

/** The bundled model, loaded once per test file. */
export function bundledEmbedder(): Promise<Embedder> {
  sharedEmbedder ??= loadEmbedder(
    loadConfig({ environment: {}, overrides: { 'model.allowRemote': false } }),
    createSilentLogger(),
  );
  return sharedEmbedder;
}

/** Environment for the bot: the emulator as Discord, the scratch workspace, a free health port. */
export function botEnvironment(
  emulator: DiscordEmulator,
  workspace: ReturnType<typeof temporaryWorkspace>,
): Record<string, string> {
  return {
    DISCORD_TOKEN: emulator.token,
    DISCORD_API_BASE: emulator.restBase,
    ARTICLE_QA_CORPUS: workspace.corpusDir,
    ARTICLE_QA_INDEX_DIR: workspace.indexDir,
    ARTICLE_QA_STATE_DIR: `${workspace.root}/state`,
    HEALTH_PORT: '0',
    LOG_LEVEL: 'debug',
  };
}

/** Options of {@link startTestBot}. */
export interface TestBotOptions {
  emulator?: DiscordEmulatorOptions;
  /** Extra environment (e.g. LLM_BASE_URL, RATE_LIMIT_PER_MINUTE). */
  environment?: Record<string, string>;
  reloadDebounceMs?: number;
  /** Restart against an emulator and workspace kept from an earlier bot (restart tests). */
  reuse?: Pick<TestBot, 'emulator' | 'workspace'>;
}

/** Starts an emulator and the bot; resolves once the bot is connected and has registered its commands. */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const emulator =
    options.reuse?.emulator ??
    (await startDiscordEmulator({ heartbeatIntervalMs: 1000, token: TEST_TOKEN, ...options.emulator }));
  const workspace = options.reuse?.workspace ?? temporaryWorkspace('article-qa-discord-');
  const logs: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  const logger = createLogger({
    level: 'debug',
    pretty: false,
    destination: {
      write: (line: string) => {
        raw.push(line);
        logs.push(JSON.parse(line) as Record<string, unknown>);
      },
    },
  });
  const registered = emulator.waitForEvent('commandsRegistered');
  // Awaited below on success; a failed start must not leave it rejecting unobserved.
  registered.catch(() => undefined);
  let bot: RunningBot;
  try {
    bot = await startBot({
      environment: { ...botEnvironment(emulator, workspace), ...options.environment },
      logger,
      embedder: await bundledEmbedder(),
      clientOptions: { ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) } },
      reloadDebounceMs: options.reloadDebounceMs ?? 100,
    });
    await registered;
  } catch (error) {
    await emulator.close();
    workspace.cleanup();
    throw error;
  }
  return {
    emulator,
    bot,
    workspace,
    logs,
    logText: () => raw.join(''),
    stopBot: () => bot.stop(),
    async stop() {
      await bot.stop();
      await emulator.close();
      workspace.cleanup();
    },
  };
}
