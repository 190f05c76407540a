/**
 * A protocol-faithful local Discord (REST + gateway) for end-to-end tests of bots built
 * on the real discord.js client. See README.md in this folder.
 */
export { DiscordEmulator, startDiscordEmulator, type EmulatedGuild, type EmulatedThread } from './emulator.js';
export type { EmulatorEventMap } from './core.js';
export type { FormErrorTree } from './discord-errors.js';
export { DiscordErrorCode } from './discord-errors.js';
export type {
  CallbackRecord,
  InteractionHandle,
  InteractionReply,
  RejectedRequest,
} from './interaction-handle.js';
export type { CommandOption, OptionValue } from './interaction-payloads.js';
export { Intent } from './message-events.js';
export { MessageLimits } from './message-validation.js';
export type { RestFault, RestFaultSpec } from './rest-faults.js';
export type * from './types.js';
export type {
  AutocompleteInput,
  ComponentInput,
  SlashCommandInput,
  UserMessageInput,
  UserThreadInput,
} from './user-actions.js';
export type { WaitOptions } from './wait.js';
