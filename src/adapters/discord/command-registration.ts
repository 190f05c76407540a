import type { Client } from 'discord.js';
import type { Logger } from '../../logging/logger.js';
import type { CommandSettings } from './command.js';
import { commandDefinitions } from './commands/registry.js';
import { registerCommands, type RegistrationScope } from './register-commands.js';
import { describeError } from './safe-error.js';

/** What {@link registerAtStart} logs with. */
export interface RegistrationLog {
  logger: Logger;
  /** Strings never to log (the bot token). */
  secrets: readonly string[];
}

/**
 * Registers the slash commands once the client is ready, logging how many and where. A failure
 * is logged, never thrown (see below).
 */
export async function registerAtStart(
  client: Client,
  registration: RegistrationScope,
  commandSettings: CommandSettings,
  { logger, secrets }: RegistrationLog,
): Promise<void> {
  try {
    const count = await registerCommands(
      client.rest,
      client.application?.id ?? '',
      registration,
      commandDefinitions(commandSettings),
    );
    logger.info(
      { count, scope: registration === 'global' ? 'global' : `guild ${registration.guildId}` },
      'slash commands registered',
    );
  } catch (error) {
    // Commands registered by an earlier run still work; the bot stays up.
    logger.error(
      { error: describeError(error, secrets) },
      'could not register slash commands',
    );
  }
}
