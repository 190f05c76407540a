import type { ButtonInteraction } from 'discord.js';
import type { BotContext } from '../command.js';
import type { ButtonTarget } from '../custom-ids.js';
import { feedbackButton } from './feedback-button.js';
import { followUpButton } from './follow-up-button.js';
import { sourcesButton } from './sources-button.js';

/** Runs the handler for a parsed button id; every action has exactly one. */
export function runButton(
  interaction: ButtonInteraction,
  target: ButtonTarget,
  context: BotContext,
): Promise<void> {
  switch (target.action) {
    case 'sources':
      return sourcesButton.execute(interaction, target, context);
    case 'vote':
      return feedbackButton.execute(interaction, target, context);
    case 'follow':
      return followUpButton.execute(interaction, target, context);
  }
}
