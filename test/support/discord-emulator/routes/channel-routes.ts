/**
 * Channel routes the bot uses outside interactions: sending (and replying with
 * `message_reference`), editing, fetching and deleting messages, typing, DM creation.
 */
import { performance } from 'node:perf_hooks';
import { channelJson } from '../api-objects.js';
import type { EmulatorCore } from '../core.js';
import {
  DiscordErrorCode,
  discordError,
  emptyMessage,
  invalidFormBody,
  unknownChannel,
  unknownMessage,
  type FormErrorTree,
  type RestResult,
} from '../discord-errors.js';
import { deliverMessageCreate, deliverMessageDelete, deliverMessageUpdate } from '../message-events.js';
import { addFormError, validateMessageBody } from '../message-validation.js';
import type { RestRequest, RestRouter } from '../rest-router.js';
import type { EmulatedMessage } from '../types.js';
import { bodyObject, isEmptyMessage, restMessage, withUploadedAttachments } from './message-bodies.js';

const REPLY = 19;

/** Resolves `message_reference`; returns the referenced message, nothing, or an error answer. */
function resolveReference(
  core: EmulatorCore,
  channelId: string,
  body: Record<string, unknown>,
): EmulatedMessage | RestResult | undefined {
  const reference = body.message_reference;
  if (typeof reference !== 'object' || reference === null) return undefined;
  const {
    message_id: messageId,
    channel_id: referenceChannel,
    fail_if_not_exists: failIfMissing,
  } = reference as Record<string, unknown>;
  const referenced = typeof messageId === 'string' ? core.messages.get(messageId) : undefined;
  const sameChannel = referenced?.channel_id === (referenceChannel ?? channelId);
  if (referenced && sameChannel && !core.deletedMessageIds.has(referenced.id)) return referenced;
  if (failIfMissing === false) return undefined;
  const errors: FormErrorTree = {};
  addFormError(errors, ['message_reference'], 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE', 'Unknown message');
  return invalidFormBody(errors);
}

function createChannelMessage(core: EmulatorCore, request: RestRequest, channelId: string): RestResult {
  if (!core.channels.has(channelId)) return unknownChannel();
  const body = withUploadedAttachments(bodyObject(request), request.files);
  const errors = validateMessageBody(body);
  if (errors) return invalidFormBody(errors);
  const reference = resolveReference(core, channelId, body);
  if (reference && !('author' in reference)) return reference;
  const message = core.createMessage({ channel_id: channelId, author: core.botUser });
  core.applyMessageBody(message, body, false);
  if (isEmptyMessage(message)) {
    core.messages.delete(message.id);
    return emptyMessage();
  }
  if (reference) {
    const guildId = core.channels.get(channelId)?.guildId;
    message.type = REPLY;
    message.message_reference = {
      type: 0,
      message_id: reference.id,
      channel_id: channelId,
      ...(guildId ? { guild_id: guildId } : {}),
    };
    const { referenced_message: _nested, ...referencedCopy } = structuredClone(reference);
    message.referenced_message = referencedCopy;
    // Without allowed_mentions a reply pings its author; with it, only if replied_user is set.
    const allowed = body.allowed_mentions as { replied_user?: boolean } | undefined;
    const pingsAuthor = allowed === undefined || allowed.replied_user === true;
    if (pingsAuthor && !message.mentions.some((user) => user.id === reference.author.id))
      message.mentions.push(reference.author);
  }
  deliverMessageCreate(core, message);
  return { status: 200, body: restMessage(message) };
}

function botMessage(core: EmulatorCore, params: Record<string, string>): EmulatedMessage | RestResult {
  if (params.channelId === undefined || !core.channels.has(params.channelId)) return unknownChannel();
  const message = params.messageId === undefined ? undefined : core.messages.get(params.messageId);
  if (!message || message.channel_id !== params.channelId || core.deletedMessageIds.has(message.id))
    return unknownMessage();
  return message;
}

const isResult = (value: EmulatedMessage | RestResult): value is RestResult => !('id' in value);

/** Registers the channel, typing and DM routes (all need `Authorization: Bot <token>`). */
export function addChannelRoutes(router: RestRouter, core: EmulatorCore): void {
  router
    .add('POST', '/channels/:channelId/messages', (request, params) =>
      createChannelMessage(core, request, params.channelId ?? ''),
    )
    .add('GET', '/channels/:channelId', (_request, params) => {
      const channel = params.channelId === undefined ? undefined : core.channels.get(params.channelId);
      return channel
        ? { status: 200, body: channelJson(channel, core.lastMessageId(channel.id)) }
        : unknownChannel();
    })
    .add('GET', '/channels/:channelId/messages/:messageId', (_request, params) => {
      const message = botMessage(core, params);
      return isResult(message) ? message : { status: 200, body: restMessage(message) };
    })
    .add('PATCH', '/channels/:channelId/messages/:messageId', (request, params) => {
      const message = botMessage(core, params);
      if (isResult(message)) return message;
      if (message.author.id !== core.botUser.id) {
        return discordError(
          403,
          DiscordErrorCode.CannotEditOtherUsersMessage,
          'Cannot edit a message authored by another user',
        );
      }
      const body = withUploadedAttachments(bodyObject(request), request.files);
      const errors = validateMessageBody(body);
      if (errors) return invalidFormBody(errors);
      core.applyMessageBody(message, body, true);
      deliverMessageUpdate(core, message);
      return { status: 200, body: restMessage(message) };
    })
    .add('DELETE', '/channels/:channelId/messages/:messageId', (_request, params) => {
      const message = botMessage(core, params);
      if (isResult(message)) return message;
      deliverMessageDelete(core, message);
      return { status: 204 };
    })
    .add('POST', '/channels/:channelId/typing', (_request, params) => {
      if (params.channelId === undefined || !core.channels.has(params.channelId)) return unknownChannel();
      core.emit('typing', { channelId: params.channelId, at: performance.now() });
      return { status: 204 };
    })
    .add('POST', '/users/@me/channels', (request) => {
      const recipientId = bodyObject(request).recipient_id;
      const user = typeof recipientId === 'string' ? core.users.get(recipientId) : undefined;
      if (!user) return discordError(400, 50033, 'Invalid Recipient(s)');
      const channel = core.dmChannelFor(user);
      return { status: 200, body: channelJson(channel, core.lastMessageId(channel.id)) };
    });
}
