/**
 * Test scaffolding: an emulator plus a real discord.js Client logged in to it.
 * The behaviour of each throwaway bot is written inside the test that uses it.
 */
import { once } from 'node:events';
import {
  Client,
  Events,
  GatewayIntentBits,
  Partials,
  type ClientOptions,
  type Interaction,
} from 'discord.js';
import { startDiscordEmulator, type DiscordEmulator } from './emulator.js';
import type { DiscordEmulatorOptions } from './types.js';

/** A running emulator with a ready client, and the teardown for both. */
export interface EmulatedBot {
  emulator: DiscordEmulator;
  client: Client;
  /** Destroys the client first (else it would reconnect), then stops the emulator. */
  stop(): Promise<void>;
}

/** Intents of a Q&A bot: guilds, guild messages, DMs and message content. */
export const DEFAULT_TEST_INTENTS = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
  GatewayIntentBits.MessageContent,
];

/** Builds client options pointing discord.js at the emulator, without identify throttling. */
export function emulatedClientOptions(
  emulator: DiscordEmulator,
  overrides: Partial<ClientOptions> = {},
): ClientOptions {
  return {
    intents: DEFAULT_TEST_INTENTS,
    partials: [Partials.Channel],
    ...overrides,
    rest: { api: emulator.restBase, ...overrides.rest },
    // The default throttler waits 5 s between identifies of one bucket; tests re-identify at will.
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }), ...overrides.ws },
  };
}

/** Starts an emulator and logs a discord.js client in, resolving once the client is ready. */
export async function startEmulatedBot(
  emulatorOptions: DiscordEmulatorOptions = {},
  clientOptions: Partial<ClientOptions> = {},
): Promise<EmulatedBot> {
  const emulator = await startDiscordEmulator({ heartbeatIntervalMs: 1000, ...emulatorOptions });
  const client = new Client(emulatedClientOptions(emulator, clientOptions));
  try {
    const ready = once(client, Events.ClientReady);
    await client.login(emulator.token);
    await ready;
  } catch (error) {
    await client.destroy();
    await emulator.close();
    throw error;
  }
  return {
    emulator,
    client,
    async stop() {
      await client.destroy();
      await emulator.close();
    },
  };
}

/**
 * Runs a throwaway bot's `handler` for every interaction; `firstError` resolves with the
 * first thing it throws (discord.js itself would only log it).
 */
export function onInteraction(
  bot: EmulatedBot,
  handler: (interaction: Interaction) => Promise<void>,
): { firstError: Promise<unknown> } {
  let reportError: (error: unknown) => void = () => {};
  const firstError = new Promise<unknown>((resolve) => {
    reportError = resolve;
  });
  bot.client.on(Events.InteractionCreate, (interaction) => {
    handler(interaction).catch(reportError);
  });
  return { firstError };
}
