/**
 * Starting a thread from a message (`POST /channels/:id/messages/:id/threads`), as a bot does:
 * the thread takes the message's id, the message gets the HAS_THREAD flag, and the bot gets
 * THREAD_CREATE. Discord's refusals are modelled: an unknown channel or message, a channel that
 * cannot hold threads, an ephemeral message, a second thread on one message (160004), and a bad
 * name or archive duration (50035).
 */
import { ChannelKind, channelJson } from '../api-objects.js';
import type { EmulatorCore } from '../core.js';
import {
  DiscordErrorCode,
  discordError,
  invalidFormBody,
  unknownChannel,
  unknownMessage,
  type FormErrorTree,
  type RestResult,
} from '../discord-errors.js';
import { deliverThreadCreate } from '../message-events.js';
import { addFormError } from '../message-validation.js';
import type { RestRequest, RestRouter } from '../rest-router.js';
import { bodyObject } from './message-bodies.js';

const ARCHIVE_DURATIONS = new Set([60, 1440, 4320, 10080]);
const EPHEMERAL = 64;

function startThreadFromMessage(core: EmulatorCore, request: RestRequest, params: Record<string, string>): RestResult {
  const channel = params.channelId === undefined ? undefined : core.channels.get(params.channelId);
  if (!channel) return unknownChannel();
  const message = params.messageId === undefined ? undefined : core.messages.get(params.messageId);
  if (!message || message.channel_id !== channel.id || core.deletedMessageIds.has(message.id)) return unknownMessage();
  if (channel.type !== ChannelKind.GuildText || (message.flags & EPHEMERAL) !== 0) {
    return discordError(400, DiscordErrorCode.General, 'Cannot execute action on this channel type');
  }
  if (core.channels.has(message.id)) {
    return discordError(400, DiscordErrorCode.ThreadAlreadyCreatedForMessage, 'A thread has already been created for this message');
  }
  const body = bodyObject(request);
  const errors: FormErrorTree = {};
  if (typeof body.name !== 'string' || body.name.trim() === '' || body.name.length > 100) {
    addFormError(errors, ['name'], 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 100 in length.');
  }
  const duration = body.auto_archive_duration;
  if (duration !== undefined && duration !== null && !ARCHIVE_DURATIONS.has(Number(duration))) {
    addFormError(errors, ['auto_archive_duration'], 'BASE_TYPE_CHOICES', 'Value must be one of {60, 1440, 4320, 10080}.');
  }
  if (Object.keys(errors).length > 0) return invalidFormBody(errors);
  const thread = core.createThread({
    parentId: channel.id,
    name: String(body.name),
    ownerId: core.botUser.id,
    startMessage: message,
    ...(typeof duration === 'number' ? { autoArchiveDuration: duration } : {}),
  });
  deliverThreadCreate(core, thread);
  return { status: 201, body: channelJson(thread, null) };
}

/** Registers the thread routes (they need `Authorization: Bot <token>`). */
export function addThreadRoutes(router: RestRouter, core: EmulatorCore): void {
  router.add('POST', '/channels/:channelId/messages/:messageId/threads', (request, params) =>
    startThreadFromMessage(core, request, params),
  );
}
