/**
 * `npm run register`: registers the slash commands on their own (the bot also does this at
 * every start-up), by the same idempotent bulk overwrite: in DISCORD_GUILD_ID's server when it
 * is set (immediate), globally otherwise.
 */
import { REST, Routes, type APIApplication } from 'discord.js';
import { unknownVariablesWarning } from '../config/environment-variables.js';
import { loadConfig } from '../config/load-config.js';
import { ConfigError } from '../core/errors.js';
import { commandDefinitions } from '../adapters/discord/commands/registry.js';
import { registerCommands, registrationScope } from '../adapters/discord/register-commands.js';
import { discordFailureMessage } from '../adapters/discord/safe-error.js';
import { refusalOf } from '../adapters/discord/gateway-close.js';

try {
  const config = loadConfig({ requireDiscord: true });
  const unknownVariables = unknownVariablesWarning(process.env);
  if (unknownVariables) process.stderr.write(`article-qa: ${unknownVariables}\n`);
  const token = (config.discord.token ?? '').trim();
  const rest = new REST({ api: config.discord.apiBase }).setToken(token);
  const application = (await rest.get(Routes.currentApplication())) as APIApplication;
  const scope = registrationScope(config.discord.guildId);
  const count = await registerCommands(rest, application.id, scope, commandDefinitions({ questionMaxChars: config.limits.questionMaxChars }));
  const where =
    scope === 'global' ? 'globally (may take a while to appear everywhere)' : `in server ${scope.guildId}`;
  process.stdout.write(`Registered ${count} commands for ${application.name} ${where}.\n`);
} catch (error) {
  // A refused token is named as such: "check DISCORD_API_BASE" would send the admin the wrong way.
  const refusal = refusalOf(error);
  const message =
    error instanceof ConfigError
      ? error.message
      : `Could not register the commands: ${refusal ? refusal.message : discordFailureMessage(error, [process.env.DISCORD_TOKEN ?? ''])}`;
  process.stderr.write(`${message}\n`);
  process.exitCode = 1;
}
