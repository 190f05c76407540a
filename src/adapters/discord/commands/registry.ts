import { Collection } from 'discord.js';
import type { Command, CommandSettings } from '../command.js';
import { about } from './about.js';
import { article } from './article.js';
import { ask } from './ask.js';
import { stats } from './stats.js';
import { summary } from './summary.js';

/** Every slash command, explicitly: what is registered with Discord is exactly this list. */
export const COMMANDS: readonly Command[] = [ask, summary, about, stats, article];

/** Commands by name, for dispatch. */
export const commandsByName = new Collection<string, Command>(
  COMMANDS.map((command) => [command.data.name, command]),
);

/** The JSON bodies for Discord's bulk overwrite, shaped by the configured settings. */
export function commandDefinitions(settings: CommandSettings): ReturnType<Command['data']['toJSON']>[] {
  return COMMANDS.map((command) => command.definition?.(settings) ?? command.data.toJSON());
}
