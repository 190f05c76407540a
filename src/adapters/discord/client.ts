import { Client, GatewayIntentBits, Partials, type ClientOptions } from 'discord.js';

/** Options of {@link createDiscordClient}. */
export interface DiscordClientOptions {
  /** REST base URL, e.g. https://discord.com/api (discord.js appends /v10/…). */
  apiBase: string;
  /** Extra client options; tests inject `ws.buildIdentifyThrottler`. */
  overrides?: Partial<ClientOptions>;
  /** Ask for the privileged Message Content intent (follow-ups in threads without a mention). */
  messageContent?: boolean;
}

/**
 * The discord.js client: guild events, guild and direct messages, and (unless turned off) the
 * privileged Message Content intent. Without it the bot still reads messages that mention it and
 * DMs; with it, it also reads every message in the threads it opened for follow-ups, so they need
 * no mention. `Partials.Channel` is needed for DMs: discord.js has no cached DM channel.
 */
export function createDiscordClient(options: DiscordClientOptions): Client {
  const overrides = options.overrides ?? {};
  return new Client({
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(options.messageContent === false ? [] : [GatewayIntentBits.MessageContent]),
    ],
    partials: [Partials.Channel],
    // A second guard after each payload's own: nothing the bot sends pings anyone.
    allowedMentions: { parse: [], repliedUser: false },
    ...overrides,
    rest: { api: options.apiBase, ...overrides.rest },
    ...(overrides.ws ? { ws: overrides.ws } : {}),
  });
}
