import { once } from 'node:events';
import { setTimeout as delay } from 'node:timers/promises';
import { Events, Status, type Client, type Interaction, type Message } from 'discord.js';
import type { BotContext } from './command.js';
import { commandDefinitions } from './commands/registry.js';
import { respondToInteraction, withErrorBoundary, type BoundaryOptions } from './error-boundary.js';
import { routeInteraction } from './interaction-router.js';
import { handleMessage } from './messages/message-handler.js';
import { registerCommands, type RegistrationScope } from './register-commands.js';
import { restartingReply } from './replies/notices.js';
import { toMessageReplyOptions } from './replies/reply-payload.js';
import { describeError } from './safe-error.js';

/** Options of {@link DiscordBot}. */
export interface DiscordBotOptions {
  client: Client;
  context: BotContext;
  /** Strings never to log (the bot token). */
  secrets: readonly string[];
  registration: RegistrationScope;
  /** Whether this process registers the commands (only shard 0 does under sharding). */
  registersCommands: boolean;
}

/** Discord's close code for a privileged intent that is off in the Developer Portal. */
const DISALLOWED_INTENTS = 4014;

/** Why Discord closed the gateway for good, with what to do about it. */
export function gatewayRefusal(code: number): string {
  if (code === DISALLOWED_INTENTS) {
    return 'Discord refused the Message Content intent (close code 4014). Switch it on in the Developer Portal (Bot → Privileged Gateway Intents → Message Content), or set DISCORD_MESSAGE_CONTENT=false to run without it (follow-ups in threads then need a mention).';
  }
  return `Discord closed the gateway for good (close code ${code}).`;
}

/** The gateway's state as the health check reports it. */
export interface GatewayState {
  connected: boolean;
  status: string;
  pingMs: number | null;
}

/**
 * The Discord adapter: wires client events to the handlers, keeps track of work in flight so
 * shutdown can wait for it, and registers the commands once the client is ready.
 */
export class DiscordBot {
  private readonly inFlight = new Set<Promise<void>>();
  private closing = false;
  private readonly boundary: BoundaryOptions;

  constructor(private readonly options: DiscordBotOptions) {
    this.boundary = { logger: options.context.logger, secrets: options.secrets };
  }

  get client(): Client {
    return this.options.client;
  }

  /** Logs in, waits for READY and registers the commands. */
  async start(token: string): Promise<void> {
    const { client, context } = this.options;
    const { logger } = context;
    client.on(Events.InteractionCreate, (interaction) => this.track(this.onInteraction(interaction)));
    client.on(Events.MessageCreate, (message) => this.track(this.onMessage(message)));
    client.on(Events.Error, (error) =>
      logger.error({ error: describeError(error, this.options.secrets) }, 'discord client error'),
    );
    client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
    // Destroying the client on shutdown also closes the gateway: only an unexpected close is worth a warning.
    client.on(Events.ShardReconnecting, (shardId) => {
      if (!this.closing) logger.warn({ shardId }, 'gateway connection lost; reconnecting');
    });
    client.on(Events.ShardResume, (shardId, replayed) =>
      logger.info({ shardId, replayed }, 'gateway session resumed'),
    );
    client.on(Events.ShardReady, (shardId) => logger.info({ shardId }, 'gateway shard ready'));
    client.on(Events.ShardDisconnect, (event, shardId) =>
      logger.error({ shardId, code: event.code }, 'gateway closed for good'),
    );
    // Discord refusing the session for good (a bad token, an intent the portal has off) must
    // stop the start with a reason and what to do, not a bare library message or a wait for
    // a READY that never comes.
    let closedWith: number | undefined;
    const refused = new AbortController();
    const ready = once(client, Events.ClientReady, { signal: refused.signal });
    const disconnected = once(client, Events.ShardDisconnect, { signal: refused.signal }).then(([event]) => {
      closedWith = (event as { code: number }).code;
      throw new Error(gatewayRefusal(closedWith));
    });
    try {
      await client.login(token);
      await Promise.race([ready, disconnected]);
    } catch (error) {
      if (closedWith === undefined && !/disallowed intents/i.test(String((error as Error)?.message))) throw error;
      throw new Error(gatewayRefusal(closedWith ?? DISALLOWED_INTENTS), { cause: error });
    } finally {
      refused.abort();
      ready.catch(() => undefined);
      disconnected.catch(() => undefined);
    }
    logger.info(
      {
        user: client.user?.tag,
        guilds: client.guilds.cache.size,
        shards: client.ws.shards.map((shard) => shard.id),
      },
      'connected to Discord',
    );
    if (this.options.registersCommands) await this.register();
  }

  /** Connected when every shard of this process is READY (resumed or identified). */
  gatewayState(): GatewayState {
    const shards = [...this.client.ws.shards.values()];
    const connected =
      this.client.isReady() && shards.length > 0 && shards.every((shard) => shard.status === Status.Ready);
    const status = shards.map((shard) => Status[shard.status]).join(',') || 'idle';
    return { connected, status, pingMs: shards[0]?.ping && shards[0].ping >= 0 ? shards[0].ping : null };
  }

  /**
   * Stops taking new work, waits up to `graceMs` for answers in flight, then leaves the
   * gateway. Work still running after the grace period is abandoned (its reply is not sent).
   */
  async stop(graceMs: number): Promise<void> {
    this.closing = true;
    const pending = this.inFlight.size;
    if (pending > 0) {
      const cancel = new AbortController();
      const finished = Promise.allSettled([...this.inFlight]).then(() => 'finished' as const);
      const outcome = await Promise.race([
        finished,
        delay(graceMs, 'timed out' as const, { signal: cancel.signal }),
      ]);
      cancel.abort();
      this.options.context.logger.info({ pending, outcome }, 'in-flight work at shutdown');
    }
    await this.client.destroy();
  }

  private async register(): Promise<void> {
    const { client, context, registration } = this.options;
    try {
      const count = await registerCommands(
        client.rest,
        client.application?.id ?? '',
        registration,
        commandDefinitions(),
      );
      context.logger.info(
        { count, scope: registration === 'global' ? 'global' : `guild ${registration.guildId}` },
        'slash commands registered',
      );
    } catch (error) {
      // Commands registered by an earlier run still work; the bot stays up.
      context.logger.error(
        { error: describeError(error, this.options.secrets) },
        'could not register slash commands',
      );
    }
  }

  private track(work: Promise<void>): void {
    const tracked = work.catch((error: unknown) => {
      this.options.context.logger.error(
        { error: describeError(error, this.options.secrets) },
        'unhandled error in an event handler',
      );
    });
    this.inFlight.add(tracked);
    void tracked.finally(() => this.inFlight.delete(tracked));
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (this.closing) {
      if (interaction.isRepliable()) await respondToInteraction(interaction, restartingReply());
      return;
    }
    const started = performance.now();
    await routeInteraction(interaction, this.options.context, this.boundary);
    this.options.context.logger.debug(
      { interactionId: interaction.id, type: interaction.type, ms: Math.round(performance.now() - started) },
      'interaction handled',
    );
  }

  private async onMessage(message: Message): Promise<void> {
    const botId = this.client.user?.id;
    if (this.closing || !botId || message.author.bot) return;
    await withErrorBoundary(
      this.boundary,
      {
        kind: 'message',
        messageId: message.id,
        userId: message.author.id,
        guildId: message.guildId,
        channelId: message.channelId,
      },
      () => handleMessage(message, botId, this.options.context),
      (payload) => message.reply(toMessageReplyOptions(payload)),
    );
  }
}
