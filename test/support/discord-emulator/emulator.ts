/**
 * The test-facing emulator: one 127.0.0.1 port serving Discord's REST API below `/api`
 * and the gateway over WebSocket, plus what simulated users do and the disruptions
 * tests inject. The recorded state and wait helpers live in {@link EmulatorRecords}.
 */
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelRecord } from './api-objects.js';
import { EmulatorCore } from './core.js';
import { EmulatorRecords } from './emulator-records.js';
import { GatewayServer } from './gateway-server.js';
import type { InteractionHandle } from './interaction-handle.js';
import { RestFaults, type RestFault, type RestFaultSpec } from './rest-faults.js';
import { RestRouter } from './rest-router.js';
import { RestServer } from './rest-server.js';
import { addApplicationRoutes } from './routes/application-routes.js';
import { addChannelRoutes } from './routes/channel-routes.js';
import { addInteractionRoutes } from './routes/interaction-routes.js';
import { addThreadRoutes } from './routes/thread-routes.js';
import { addWebhookRoutes } from './routes/webhook-routes.js';
import { nextSnowflake } from './snowflake.js';
import type { DiscordEmulatorOptions, EmulatedAttachment, EmulatedMessage, EmulatedUser } from './types.js';
import {
  dispatchAutocomplete,
  dispatchComponent,
  dispatchSlashCommand,
  postUserMessage,
  startUserThread,
  type AutocompleteInput,
  type ComponentInput,
  type SlashCommandInput,
  type UserMessageInput,
  type UserThreadInput,
} from './user-actions.js';

/** A guild as the emulator set it up. */
export interface EmulatedGuild {
  id: string;
  name: string;
  channels: Array<{ id: string; name: string }>;
}

/** A thread as tests see it. */
export interface EmulatedThread {
  id: string;
  name: string;
  parentId: string;
  ownerId: string;
}

function threadOf(channel: ChannelRecord): EmulatedThread {
  return { id: channel.id, name: channel.name, parentId: channel.parentId ?? '', ownerId: channel.ownerId ?? '' };
}

export class DiscordEmulator extends EmulatorRecords {
  /** Pass as `rest.api` to discord.js (it appends `/v10/...`). */
  readonly restBase: string;
  /** The gateway URL announced by `GET /gateway/bot`. */
  readonly gatewayUrl: string;

  private constructor(
    core: EmulatorCore,
    gateway: GatewayServer,
    private readonly server: Server,
    private readonly faults: RestFaults,
    port: number,
  ) {
    super(core, gateway);
    this.restBase = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
  }

  /** Starts an emulator on a free 127.0.0.1 port. */
  static async start(options: DiscordEmulatorOptions = {}): Promise<DiscordEmulator> {
    const core = new EmulatorCore(options);
    let port = 0;
    // Discord resumes on a different host than it identifies; a distinct path stands in for it.
    const gateway = new GatewayServer(core, () => `ws://127.0.0.1:${port}/resume`);
    core.gateway = gateway;
    const router = new RestRouter();
    addApplicationRoutes(router, core, () => `ws://127.0.0.1:${port}`);
    addInteractionRoutes(router, core);
    addWebhookRoutes(router, core);
    addChannelRoutes(router, core);
    addThreadRoutes(router, core);
    const faults = new RestFaults();
    const rest = new RestServer(core, router, faults);
    const server = createServer((request, response) => void rest.handle(request, response));
    server.on('upgrade', (request, socket, head) => gateway.handleUpgrade(request, socket, head));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
    return new DiscordEmulator(core, gateway, server, faults, port);
  }

  get token(): string {
    return this.core.options.token;
  }
  get applicationId(): string {
    return this.core.options.applicationId;
  }
  get botUser(): EmulatedUser {
    return this.core.botUser;
  }
  /** `<@botId>`, to mention the bot in message content. */
  get botMention(): string {
    return `<@${this.core.botUser.id}>`;
  }
  /** The simulated humans; the first one acts when a helper is given no user. */
  get users(): EmulatedUser[] {
    return this.core.humans;
  }
  get guilds(): EmulatedGuild[] {
    return [...this.core.guilds.values()].map((guild) => ({
      id: guild.id,
      name: guild.name,
      channels: guild.channelIds.map((id) => ({ id, name: this.core.channels.get(id)?.name ?? '' })),
    }));
  }
  /** The first channel of the first guild: where helpers act by default. */
  get defaultChannelId(): string {
    return this.guilds[0]?.channels[0]?.id ?? '';
  }
  /** The DM channel id between the bot and a user (default: the first human), created on first use. */
  dmChannelId(user: EmulatedUser | undefined = this.users[0]): string {
    return this.core.dmChannelFor(user ?? this.botUser).id;
  }

  /**
   * Stores a file as a user's upload and returns its attachment object, whose `url` the
   * emulator serves like Discord's CDN. Pass it in `sendSlashCommand({ attachments })`.
   */
  uploadAttachment(input: { filename: string; data: Uint8Array | string; contentType?: string }): EmulatedAttachment {
    const id = nextSnowflake();
    const data = Buffer.from(input.data);
    const contentType = input.contentType ?? 'application/octet-stream';
    this.core.attachmentFiles.set(id, { data, contentType });
    const url = `${this.restBase.replace(/\/api$/, '')}/attachments/${this.defaultChannelId}/${id}/${encodeURIComponent(input.filename)}`;
    return {
      id,
      filename: input.filename,
      size: data.length,
      url,
      proxy_url: url,
      ...(input.contentType ? { content_type: input.contentType } : {}),
    };
  }

  /** Dispatches a slash command; the handle records the bot's responses. */
  sendSlashCommand(input: SlashCommandInput): InteractionHandle {
    return dispatchSlashCommand(this.core, input);
  }
  /** Clicks a button (or picks select `values`) on a stored message. */
  clickButton(input: ComponentInput): InteractionHandle {
    return dispatchComponent(this.core, input);
  }
  /** Dispatches an autocomplete request; see {@link InteractionHandle.waitForAutocompleteChoices}. */
  autocomplete(input: AutocompleteInput): InteractionHandle {
    return dispatchAutocomplete(this.core, input);
  }
  /** Posts a message as a user (in a guild channel, or a DM with `dm: true`). */
  sendMessage(input: UserMessageInput): EmulatedMessage {
    return postUserMessage(this.core, input);
  }

  /** Starts a public thread as a user (in a guild text channel, optionally from a message). */
  createThread(input: UserThreadInput): EmulatedThread {
    return threadOf(startUserThread(this.core, input));
  }
  /** Every active thread, whoever started it. */
  get threads(): EmulatedThread[] {
    return [...this.core.guilds.keys()].flatMap((guildId) => this.core.threadsOf(guildId).map(threadOf));
  }

  /** Closes the gateway connection with a close code (4000 → discord.js resumes). */
  closeGateway(code: number, reason = ''): Promise<void> {
    return this.gateway.closeConnection(code, reason);
  }
  /** Sends op 7 RECONNECT. */
  requestReconnect(): void {
    this.gateway.requestReconnect();
  }
  /** Sends op 9 INVALID_SESSION. */
  invalidateSession(resumable: boolean): void {
    this.gateway.invalidateSession(resumable);
  }
  /** Makes the next matching REST requests fail; the returned record counts its hits. */
  injectRestFault(spec: RestFaultSpec): RestFault {
    return this.faults.add(spec);
  }

  /** Stops everything. Destroy the discord.js client first, or it keeps reconnecting. */
  async close(): Promise<void> {
    for (const handle of this.core.interactionsById.values()) handle.dispose();
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

/** Starts a Discord emulator; see README.md in this folder. */
export function startDiscordEmulator(options: DiscordEmulatorOptions = {}): Promise<DiscordEmulator> {
  return DiscordEmulator.start(options);
}
