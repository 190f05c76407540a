/**
 * Gateway discovery, the bot's identity and application command registration
 * (bulk overwrite is idempotent: a command keeps its id while its name and type stay).
 */
import type { EmulatorCore } from '../core.js';
import { discordError, invalidFormBody, type FormErrorTree, type RestResult } from '../discord-errors.js';
import { addFormError } from '../message-validation.js';
import type { RestRouter } from '../rest-router.js';
import { nextSnowflake } from '../snowflake.js';
import type { CommandScope, RegisteredCommand } from '../types.js';

const CHAT_INPUT = 1;
const MAX_COMMANDS = 100;
const COMMAND_NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

function validateOptions(errors: FormErrorTree, path: Array<string | number>, options: unknown): void {
  if (options === undefined) return;
  if (!Array.isArray(options)) return addFormError(errors, path, 'BASE_TYPE_ARRAY', 'Must be an array.');
  if (options.length > 25)
    addFormError(errors, path, 'BASE_TYPE_MAX_LENGTH', 'Must be 25 or fewer in length.');
  options.forEach((option: Record<string, unknown>, index) => {
    checkNameAndDescription(errors, [...path, index], option);
    if (Array.isArray(option.choices) && option.choices.length > 25) {
      addFormError(
        errors,
        [...path, index, 'choices'],
        'BASE_TYPE_MAX_LENGTH',
        'Must be 25 or fewer in length.',
      );
    }
    validateOptions(errors, [...path, index, 'options'], option.options);
  });
}

function checkNameAndDescription(
  errors: FormErrorTree,
  path: Array<string | number>,
  item: Record<string, unknown>,
): void {
  if (typeof item.name !== 'string' || !COMMAND_NAME.test(item.name)) {
    addFormError(errors, [...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
  }
  const description = item.description;
  if (typeof description !== 'string' || description.length < 1 || description.length > 100) {
    addFormError(
      errors,
      [...path, 'description'],
      'BASE_TYPE_BAD_LENGTH',
      'Must be between 1 and 100 in length.',
    );
  }
}

/** Replaces every command of a scope, as `PUT …/commands` does; returns the error answer if invalid. */
export function overwriteCommands(core: EmulatorCore, scope: CommandScope, body: unknown): RestResult {
  if (!Array.isArray(body))
    return invalidFormBody({ _errors: [{ code: 'BASE_TYPE_ARRAY', message: 'Must be an array.' }] });
  const errors: FormErrorTree = {};
  if (body.length > MAX_COMMANDS)
    addFormError(errors, [], 'BASE_TYPE_MAX_LENGTH', `Must be ${MAX_COMMANDS} or fewer in length.`);
  const seen = new Set<string>();
  body.forEach((command: Record<string, unknown>, index) => {
    const type = typeof command.type === 'number' ? command.type : CHAT_INPUT;
    if (type === CHAT_INPUT) {
      checkNameAndDescription(errors, [index], command);
      validateOptions(errors, [index, 'options'], command.options);
    }
    const key = `${type}:${String(command.name)}`;
    if (seen.has(key))
      addFormError(
        errors,
        [index, 'name'],
        'APPLICATION_COMMANDS_DUPLICATE_NAME',
        'Application command names must be unique',
      );
    seen.add(key);
  });
  if (Object.keys(errors).length > 0) return invalidFormBody(errors);

  const previous = core.commandsOf(scope);
  const version = nextSnowflake();
  const commands = body.map((command: Record<string, unknown>): RegisteredCommand => {
    const type = typeof command.type === 'number' ? command.type : CHAT_INPUT;
    const existing = previous.find((candidate) => candidate.type === type && candidate.name === command.name);
    return {
      default_member_permissions: null,
      nsfw: false,
      description: '',
      ...command,
      type,
      name: String(command.name),
      id: existing?.id ?? nextSnowflake(),
      application_id: core.options.applicationId,
      ...(scope === 'global' ? {} : { guild_id: scope.guildId }),
      version,
    };
  });
  core.commands.set(scope === 'global' ? 'global' : scope.guildId, commands);
  core.emit('commandsRegistered', { scope, commands });
  return { status: 200, body: commands };
}

/** Registers discovery, identity and command routes. */
export function addApplicationRoutes(router: RestRouter, core: EmulatorCore, gatewayUrl: () => string): void {
  const { applicationId } = core.options;
  const wrongApplication = (id: string | undefined): RestResult | undefined =>
    id === applicationId ? undefined : discordError(403, 50001, 'Missing Access');
  const scopeOf = (params: Record<string, string>): CommandScope | RestResult => {
    if (params.guildId === undefined) return 'global';
    return core.guilds.has(params.guildId)
      ? { guildId: params.guildId }
      : discordError(404, 10004, 'Unknown Guild');
  };
  const isResult = (value: CommandScope | RestResult): value is RestResult =>
    typeof value === 'object' && 'status' in value;

  router
    .add('GET', '/gateway', () => ({ status: 200, body: { url: gatewayUrl() } }), { authenticated: false })
    .add('GET', '/gateway/bot', () => ({
      status: 200,
      body: {
        url: gatewayUrl(),
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 1 },
      },
    }))
    .add('GET', '/users/@me', () => ({
      status: 200,
      body: { ...core.botUser, verified: true, mfa_enabled: false, flags: 0 },
    }))
    .add('GET', '/applications/@me', () => ({
      status: 200,
      body: {
        id: applicationId,
        name: core.botUser.username,
        icon: null,
        description: '',
        bot_public: false,
        bot_require_code_grant: false,
        verify_key: '0'.repeat(64),
        flags: core.options.applicationFlags,
        bot: core.botUser,
        owner: core.humans[0] ?? core.botUser,
        team: null,
        approximate_guild_count: core.guilds.size,
      },
    }));

  for (const pattern of [
    '/applications/:applicationId/commands',
    '/applications/:applicationId/guilds/:guildId/commands',
  ]) {
    router.add('GET', pattern, (_request, params) => {
      const scope = scopeOf(params);
      return (
        wrongApplication(params.applicationId) ??
        (isResult(scope) ? scope : { status: 200, body: core.commandsOf(scope) })
      );
    });
    router.add('PUT', pattern, (request, params) => {
      const scope = scopeOf(params);
      return (
        wrongApplication(params.applicationId) ??
        (isResult(scope) ? scope : overwriteCommands(core, scope, request.body))
      );
    });
    router.add('POST', pattern, (request, params) => {
      // Single create = upsert by name into the current list.
      const scope = scopeOf(params);
      const refused = wrongApplication(params.applicationId) ?? (isResult(scope) ? scope : undefined);
      if (refused || isResult(scope)) return refused ?? notAScope();
      const command = (request.body ?? {}) as Record<string, unknown>;
      const others = core.commandsOf(scope).filter((existing) => existing.name !== command.name);
      const result = overwriteCommands(core, scope, [...others, command]);
      if (result.status !== 200) return result;
      return { status: 201, body: core.commandsOf(scope).find((existing) => existing.name === command.name) };
    });
  }
}

function notAScope(): RestResult {
  return discordError(404, 10004, 'Unknown Guild');
}
