import { Routes, type REST, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';

/** Where commands are registered: one server (appear at once; for testing) or everywhere. */
export type RegistrationScope = { guildId: string } | 'global';

/**
 * Registers the commands by bulk overwrite (`PUT`): idempotent, so it runs at every start-up;
 * commands keep their ids, and commands no longer in the list disappear.
 */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  scope: RegistrationScope,
  commands: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[],
): Promise<number> {
  const route =
    scope === 'global'
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, scope.guildId);
  const registered = (await rest.put(route, { body: commands })) as unknown[];
  return registered.length;
}

/** The scope for a configured guild id. */
export function registrationScope(guildId: string | undefined): RegistrationScope {
  return guildId === undefined ? 'global' : { guildId };
}
