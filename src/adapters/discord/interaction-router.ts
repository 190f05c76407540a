import type { Interaction } from 'discord.js';
import { UserError } from '../../core/errors.js';
import { runButton } from './buttons/registry.js';
import type { BotContext } from './command.js';
import { commandsByName } from './commands/registry.js';
import { parseButtonId } from './custom-ids.js';
import {
  respondToInteraction,
  withErrorBoundary,
  type BoundaryOptions,
  type HandlerContext,
} from './error-boundary.js';
import { describeError } from './safe-error.js';

/** The log context of an interaction: what, who, where. */
function interactionContext(interaction: Interaction): HandlerContext {
  return {
    interactionId: interaction.id,
    kind:
      interaction.isChatInputCommand() || interaction.isAutocomplete()
        ? 'command'
        : interaction.isButton()
          ? 'button'
          : 'other',
    command:
      interaction.isChatInputCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isButton() ? interaction.customId : undefined,
    userId: interaction.user.id,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  };
}

/**
 * Routes an interaction to its command, autocomplete or button handler, inside the error
 * boundary. Unknown commands and buttons (e.g. from an older version) get a helpful reply.
 */
export async function routeInteraction(
  interaction: Interaction,
  context: BotContext,
  boundary: BoundaryOptions,
): Promise<void> {
  const logContext = interactionContext(interaction);
  if (interaction.isAutocomplete()) {
    const command = commandsByName.get(interaction.commandName);
    try {
      await command?.autocomplete?.(interaction, context);
    } catch (error) {
      boundary.logger.error(
        { ...logContext, error: describeError(error, boundary.secrets) },
        'autocomplete failed',
      );
    }
    return;
  }
  if (!interaction.isRepliable()) return;
  await withErrorBoundary(
    boundary,
    logContext,
    async () => {
      if (interaction.isChatInputCommand()) {
        const command = commandsByName.get(interaction.commandName);
        if (!command) {
          throw new UserError(
            'command-unknown',
            `I don't know /${interaction.commandName} (it may be left over from an older version). Try /ask, /summary or /about.`,
          );
        }
        await command.execute(interaction, context);
      } else if (interaction.isButton()) {
        const target = parseButtonId(interaction.customId);
        if (!target)
          throw new UserError(
            'button-unknown',
            'This button is from an older version of the bot and no longer works. Ask again to get fresh buttons.',
          );
        await runButton(interaction, target, context);
      }
    },
    (payload, kind) => respondToInteraction(interaction, payload, { privateUserError: kind === 'user-error' }),
  );
}
