import { Events, type Client, type Interaction, type Message } from 'discord.js';
import type { BotContext, CommandSettings } from './command.js';
import { registerAtStart } from './command-registration.js';
import { respondToInteraction, withErrorBoundary, type BoundaryOptions } from './error-boundary.js';
import { routeInteraction } from './interaction-router.js';
import { AckMonitor } from './ack-monitor.js';
import type { DiscordRefusedError } from './gateway-close.js';
import { gatewayStateOf, watchGateway, type GatewayState } from './gateway-events.js';
import { logInAndWaitForReady } from './gateway-login.js';
import { InFlightWork, type Abandon } from './in-flight.js';
import { handleMessage, isAddressedToBot } from './messages/message-handler.js';
import type { RegistrationScope } from './register-commands.js';
import { restartingReply } from './replies/notices.js';
import { toMessageReplyOptions } from './replies/reply-payload.js';
import { restartNotices, type RestartNotices } from './restart-notice.js';
import { describeError } from './safe-error.js';

/** Options of {@link DiscordBot}. */
export interface DiscordBotOptions {
  client: Client;
  /** The handlers' services; the bot adds the shutdown signal. */
  context: Omit<BotContext, 'abandoned'>;
  /** Strings never to log (the bot token). */
  secrets: readonly string[];
  registration: RegistrationScope;
  /** Settings the registered commands follow (e.g. /ask's longest question). */
  commandSettings: CommandSettings;
  /** Whether this process registers the commands (only shard 0 does under sharding). */
  registersCommands: boolean;
}

/**
 * The Discord adapter: wires client events to the handlers, keeps track of work in flight so
 * shutdown can wait for it, and registers the commands once the client is ready.
 */
export class DiscordBot {
  private readonly inFlight = new InFlightWork();
  private readonly abandoned = new AbortController();
  private readonly context: BotContext;
  private readonly notices: RestartNotices;
  private readonly acknowledgements: AckMonitor;
  private closing = false;
  private readonly boundary: BoundaryOptions;
  private refuse: (error: DiscordRefusedError) => void = () => undefined;
  /**
   * Settles when Discord closes the gateway for good (token rejected, intents refused…): the
   * process cannot recover by itself and should exit. Never settles otherwise.
   */
  readonly refused = new Promise<DiscordRefusedError>((resolve) => (this.refuse = resolve));

  constructor(private readonly options: DiscordBotOptions) {
    this.boundary = { logger: options.context.logger, secrets: options.secrets };
    this.context = { ...options.context, abandoned: this.abandoned.signal };
    this.notices = restartNotices(options.client);
    const { logger, state } = this.context;
    this.acknowledgements = new AckMonitor({
      logger,
      onLate: (late) => {
        try {
          state.recordLateAcknowledgement({ ...late, at: new Date() });
        } catch (error) {
          logger.error({ err: error, interactionId: late.interactionId }, 'could not record a late acknowledgement');
        }
      },
    });
  }

  get client(): Client {
    return this.options.client;
  }

  /** Logs in, waits for READY and registers the commands. */
  async start(token: string): Promise<void> {
    const { client } = this.options;
    const { logger } = this.context;
    this.acknowledgements.attach(client.rest);
    client.on(Events.InteractionCreate, (interaction) =>
      this.track(
        this.onInteraction(interaction),
        interaction.isRepliable() ? () => this.notices.interaction(interaction) : undefined,
      ),
    );
    client.on(Events.MessageCreate, (message) =>
      this.track(
        this.onMessage(message),
        this.awaitsReply(message) ? () => this.notices.message(message) : undefined,
      ),
    );
    client.on(Events.Error, (error) =>
      logger.error({ error: describeError(error, this.options.secrets) }, 'discord client error'),
    );
    client.on(Events.Warn, (message) => logger.warn({ detail: message }, 'discord client warning'));
    watchGateway(client, logger, { closing: () => this.closing, refuse: (refusal) => this.refuse(refusal) });
    await logInAndWaitForReady(client, token, this.refused, logger);
    if (this.options.registersCommands) {
      const { registration, commandSettings, secrets } = this.options;
      await registerAtStart(client, registration, commandSettings, { logger, secrets });
    }
  }

  /** Connected when every shard of this process is READY (resumed or identified). */
  gatewayState(): GatewayState {
    return gatewayStateOf(this.client);
  }

  /**
   * Stops taking new work (newcomers are told the bot is restarting) and lets answers in flight
   * finish. Replies that cannot finish within `graceMs` are replaced with a short "restarting;
   * please ask again" note before it is over, never left as "thinking…" or a draft. Then leaves
   * the gateway.
   */
  async stop(graceMs: number): Promise<void> {
    this.closing = true;
    if (this.inFlight.size > 0) {
      const report = await this.inFlight.settle(graceMs, () => this.abandoned.abort());
      this.context.logger.info({ ...report, graceMs }, 'in-flight work at shutdown');
    }
    await this.client.destroy();
  }

  private track(work: Promise<void>, abandon?: Abandon): void {
    const logFailure = (message: string) => (error: unknown) =>
      this.context.logger.error({ error: describeError(error, this.options.secrets) }, message);
    const tracked = work.catch(logFailure('unhandled error in an event handler'));
    this.inFlight.track(
      tracked,
      abandon && (() => abandon().catch((error: unknown) => {
        logFailure('could not send the restart note')(error);
        throw error;
      })),
    );
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    this.acknowledgements.arrived(interaction.id, interaction.guildId);
    try {
      if (this.closing) {
        if (interaction.isRepliable()) await respondToInteraction(interaction, restartingReply());
        return;
      }
      const started = performance.now();
      await routeInteraction(interaction, this.context, this.boundary);
      this.context.logger.debug(
        { interactionId: interaction.id, type: interaction.type, ms: Math.round(performance.now() - started) },
        'interaction handled',
      );
    } finally {
      this.acknowledgements.forget(interaction.id);
    }
  }

  /**
   * Whether the bot answers this message, so shutdown replaces an unfinished answer with the
   * restart note. Runs in the event listener, where a throw would take the process down: a
   * state store that cannot say is the handler's to report.
   */
  private awaitsReply(message: Message): boolean {
    const botId = this.client.user?.id;
    try {
      return botId !== undefined && isAddressedToBot(message, botId, this.context);
    } catch {
      return false;
    }
  }

  private async onMessage(message: Message): Promise<void> {
    const botId = this.client.user?.id;
    if (!botId || message.author.bot) return;
    if (this.closing) {
      if (isAddressedToBot(message, botId, this.context)) await message.reply(toMessageReplyOptions(restartingReply()));
      return;
    }
    await withErrorBoundary(
      this.boundary,
      {
        kind: 'message',
        messageId: message.id,
        userId: message.author.id,
        guildId: message.guildId,
        channelId: message.channelId,
      },
      () => handleMessage(message, botId, this.context),
      (payload) => message.reply(toMessageReplyOptions(payload)),
    );
  }
}
