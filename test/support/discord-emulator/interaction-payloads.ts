/**
 * INTERACTION_CREATE payloads for slash commands, buttons and autocomplete, with every
 * field discord.js reads unconditionally (it throws in its gateway handler otherwise).
 */
import { randomBytes } from 'node:crypto';
import { channelJson, DEFAULT_PERMISSIONS, memberJson, type ChannelRecord } from './api-objects.js';
import type { EmulatorCore } from './core.js';
import { nextSnowflake } from './snowflake.js';
import type { EmulatedMessage, EmulatedUser, RegisteredCommand } from './types.js';

/** A command option value as tests give it; types are taken from the registered command if known. */
export type OptionValue = string | number | boolean;

/** Raw application command interaction option, as on the wire. */
export interface CommandOption {
  name: string;
  type: number;
  value?: OptionValue;
  options?: CommandOption[];
  focused?: boolean;
}

/** Interaction types. */
export const InteractionType = { ApplicationCommand: 2, MessageComponent: 3, Autocomplete: 4 } as const;

const OptionType = {
  Subcommand: 1,
  SubcommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  Number: 10,
} as const;

/** The fields every interaction carries; guild interactions have `member`, DMs have `user`. */
export function interactionBase(
  core: EmulatorCore,
  type: number,
  user: EmulatedUser,
  channel: ChannelRecord,
): Record<string, unknown> & { id: string; token: string; channel_id: string } {
  const id = nextSnowflake();
  const guild = channel.guildId === undefined ? undefined : core.guilds.get(channel.guildId);
  const where = guild
    ? {
        guild_id: guild.id,
        guild_locale: 'en-US',
        member: {
          ...memberJson(user, guild.joinedAt),
          permissions: core.memberPermissions.get(user.id) ?? DEFAULT_PERMISSIONS,
        },
      }
    : { user };
  return {
    id,
    application_id: core.options.applicationId,
    type,
    token: Buffer.from(`interaction:${id}:${randomBytes(24).toString('base64url')}`).toString('base64url'),
    version: 1,
    locale: 'en-US',
    app_permissions: DEFAULT_PERMISSIONS,
    entitlements: [],
    // Keys are integration types: 0 guild install, 1 user install.
    authorizing_integration_owners: guild ? { '0': guild.id } : { '1': user.id },
    // Context: 0 guild, 1 bot DM.
    context: guild ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
    channel: {
      ...channelJson(channel, core.lastMessageId(channel.id)),
      ...(guild ? { permissions: DEFAULT_PERMISSIONS } : {}),
    },
    channel_id: channel.id,
    ...where,
  };
}

/** The registered command a slash command or autocomplete refers to (guild scope first). */
export function findCommand(
  core: EmulatorCore,
  name: string,
  guildId: string | undefined,
): RegisteredCommand | undefined {
  const candidates = [
    ...(guildId === undefined ? [] : core.commandsOf({ guildId })),
    ...core.commandsOf('global'),
  ];
  return candidates.find((command) => command.name === name && command.type === 1);
}

function inferType(value: OptionValue): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

/** Builds wire options from `{ name: value }`, nesting them under a subcommand (group) if given. */
export function buildOptions(
  values: Record<string, OptionValue> | CommandOption[] | undefined,
  command: RegisteredCommand | undefined,
  path: {
    subcommand?: string | undefined;
    subcommandGroup?: string | undefined;
    focused?: string | undefined;
  },
): CommandOption[] {
  if (Array.isArray(values)) return values;
  type Declared = { name: string; type: number; options?: Declared[] };
  let declared = (command?.options ?? []) as Declared[];
  if (path.subcommandGroup !== undefined)
    declared = declared.find((option) => option.name === path.subcommandGroup)?.options ?? [];
  if (path.subcommand !== undefined)
    declared = declared.find((option) => option.name === path.subcommand)?.options ?? [];
  let options: CommandOption[] = Object.entries(values ?? {}).map(([name, value]) => ({
    name,
    type: declared.find((option) => option.name === name)?.type ?? inferType(value),
    value,
    ...(path.focused === name ? { focused: true } : {}),
  }));
  if (path.subcommand !== undefined)
    options = [{ name: path.subcommand, type: OptionType.Subcommand, options }];
  if (path.subcommandGroup !== undefined)
    options = [{ name: path.subcommandGroup, type: OptionType.SubcommandGroup, options }];
  return options;
}

/** Finds a component by custom_id anywhere in a message's component tree. */
export function findComponent(components: unknown[], customId: string): Record<string, unknown> | undefined {
  for (const component of components) {
    if (typeof component !== 'object' || component === null) continue;
    const record = component as Record<string, unknown>;
    if (record.custom_id === customId) return record;
    const nested = [record.components, record.accessory ? [record.accessory] : undefined].flatMap((list) =>
      Array.isArray(list) ? list : [],
    );
    const found = findComponent(nested, customId);
    if (found) return found;
  }
  return undefined;
}

/** `data` of a component interaction for the given component. */
export function componentData(
  component: Record<string, unknown>,
  values: string[] | undefined,
): Record<string, unknown> {
  return { custom_id: component.custom_id, component_type: component.type, ...(values ? { values } : {}) };
}

/** The message a component interaction carries (as REST shapes it). */
export function interactionMessage(message: EmulatedMessage): Record<string, unknown> {
  const { guild_id: _guildId, ...rest } = message;
  return rest;
}
