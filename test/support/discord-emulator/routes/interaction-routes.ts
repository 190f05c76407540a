/**
 * `POST /interactions/{id}/{token}/callback`: the acknowledgement of an interaction, with
 * Discord's rules — once only, within the deadline, of a type fitting the interaction.
 */
import { performance } from 'node:perf_hooks';
import type { EmulatorCore } from '../core.js';
import {
  alreadyAcknowledged,
  emptyMessage,
  invalidFormBody,
  unknownInteraction,
  type FormErrorTree,
  type RestResult,
} from '../discord-errors.js';
import type { InteractionHandle, InteractionKind } from '../interaction-handle.js';
import { deliverMessageCreate, deliverMessageUpdate } from '../message-events.js';
import { addFormError, nestFormErrors, validateMessageBody } from '../message-validation.js';
import { validateChoices, validateModal } from './callback-validation.js';
import type { RestRequest, RestRouter } from '../rest-router.js';
import type { EmulatedMessage } from '../types.js';
import { bodyObject, isEmptyMessage, restMessage, withUploadedAttachments } from './message-bodies.js';

/** Interaction callback types. */
export const CallbackType = {
  ChannelMessageWithSource: 4,
  DeferredChannelMessageWithSource: 5,
  DeferredUpdateMessage: 6,
  UpdateMessage: 7,
  AutocompleteResult: 8,
  Modal: 9,
} as const;

const ALLOWED_TYPES: Record<InteractionKind, number[]> = {
  slashCommand: [4, 5, 9],
  button: [4, 5, 6, 7, 9],
  autocomplete: [8],
};
const EPHEMERAL = 64;
const LOADING = 128;

/** The message an interaction response creates, attributed to the application's webhook. */
function interactionMessage(
  core: EmulatorCore,
  handle: InteractionHandle,
  fields: Partial<EmulatedMessage>,
): EmulatedMessage {
  const payload = handle.payload as Record<string, unknown> & { member?: { user: unknown }; user?: unknown };
  return core.createMessage({
    channel_id: handle.payload.channel_id,
    author: core.botUser,
    webhook_id: core.options.applicationId,
    application_id: core.options.applicationId,
    // 20 = CHAT_INPUT_COMMAND reply; component responses are plain (0) messages.
    type: handle.kind === 'slashCommand' ? 20 : 0,
    interaction_metadata: {
      id: handle.id,
      type: payload.type,
      user: payload.member?.user ?? payload.user,
      authorizing_integration_owners: payload.authorizing_integration_owners,
      ...(handle.sourceMessageId === undefined ? {} : { interacted_message_id: handle.sourceMessageId }),
    },
    ...fields,
  });
}

/** Applies an accepted callback; returns an error answer if the data is invalid. */
function applyCallback(
  core: EmulatorCore,
  handle: InteractionHandle,
  type: number,
  data: Record<string, unknown>,
): RestResult | undefined {
  const dataErrors =
    type === CallbackType.AutocompleteResult
      ? validateChoices(data)
      : type === CallbackType.Modal
        ? validateModal(data)
        : type === CallbackType.ChannelMessageWithSource || type === CallbackType.UpdateMessage
          ? validateMessageBody(data)
          : undefined;
  if (dataErrors) return invalidFormBody(nestFormErrors('data', dataErrors));

  if (type === CallbackType.ChannelMessageWithSource) {
    const message = interactionMessage(core, handle, {});
    core.applyMessageBody(message, data, false);
    if (isEmptyMessage(message)) {
      core.messages.delete(message.id);
      return emptyMessage();
    }
    handle.originalMessageId = message.id;
    deliverMessageCreate(core, message);
    handle.recordReply(message, 'callback');
  } else if (type === CallbackType.DeferredChannelMessageWithSource) {
    const flags = LOADING | ((typeof data.flags === 'number' ? data.flags : 0) & EPHEMERAL);
    const message = interactionMessage(core, handle, { flags });
    handle.originalMessageId = message.id;
    deliverMessageCreate(core, message);
  } else if (type === CallbackType.DeferredUpdateMessage) {
    handle.originalMessageId = handle.sourceMessageId;
  } else if (type === CallbackType.UpdateMessage) {
    const message =
      handle.sourceMessageId === undefined ? undefined : core.messages.get(handle.sourceMessageId);
    if (!message) return unknownInteraction();
    core.applyMessageBody(message, data, true);
    handle.originalMessageId = message.id;
    deliverMessageUpdate(core, message);
    handle.recordReply(message, 'callback');
  } else if (type === CallbackType.AutocompleteResult) {
    handle.autocompleteChoices = Array.isArray(data.choices)
      ? (data.choices as Array<Record<string, unknown>>)
      : [];
  } else if (type === CallbackType.Modal) {
    handle.modal = data;
  }
  return undefined;
}

function handleCallback(
  core: EmulatorCore,
  request: RestRequest,
  params: Record<string, string>,
): RestResult {
  const at = performance.now();
  const handle =
    params.interactionId === undefined ? undefined : core.interactionsById.get(params.interactionId);
  if (!handle || handle.token !== params.token) return unknownInteraction();
  const body = bodyObject(request);
  const type = typeof body.type === 'number' ? body.type : -1;
  const data = withUploadedAttachments(
    typeof body.data === 'object' && body.data !== null ? (body.data as Record<string, unknown>) : {},
    request.files,
  );
  const refuse = (result: RestResult): RestResult => {
    handle.callbacks.push({ type, data, status: result.status, at });
    const answer = result.body as { code: number; message: string; errors?: FormErrorTree };
    handle.recordRejection({ route: 'callback', status: result.status, ...answer });
    return result;
  };

  if (handle.isPastDeadline(at)) return refuse(unknownInteraction());
  if (handle.acknowledged) return refuse(alreadyAcknowledged());
  if (!ALLOWED_TYPES[handle.kind].includes(type)) {
    const errors: FormErrorTree = {};
    addFormError(
      errors,
      ['type'],
      'INTERACTION_RESPONSE_TYPE_INVALID',
      `Interaction response type ${type} is not valid for this interaction`,
    );
    return refuse(invalidFormBody(errors));
  }
  const refusal = applyCallback(core, handle, type, data);
  if (refusal) return refuse(refusal);

  handle.callbacks.push({ type, data, status: 200, at });
  handle.dispose();
  core.emit('interactionUpdate', handle);
  if (request.query.get('with_response') !== 'true') return { status: 204 };
  const original = handle.original;
  const message = type === CallbackType.DeferredUpdateMessage || !original ? undefined : original;
  return {
    status: 200,
    body: {
      interaction: {
        id: handle.id,
        type: handle.payload.type,
        ...(message
          ? {
              response_message_id: message.id,
              response_message_loading: (message.flags & LOADING) !== 0,
              response_message_ephemeral: (message.flags & EPHEMERAL) !== 0,
            }
          : {}),
      },
      resource: { type, ...(message ? { message: restMessage(message) } : {}) },
    },
  };
}

/** Registers the interaction callback route (no Authorization, like Discord). */
export function addInteractionRoutes(router: RestRouter, core: EmulatorCore): void {
  router.add(
    'POST',
    '/interactions/:interactionId/:token/callback',
    (request, params) => handleCallback(core, request, params),
    {
      authenticated: false,
    },
  );
}
