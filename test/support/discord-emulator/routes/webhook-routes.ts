/**
 * Interaction webhooks: follow-ups (`POST /webhooks/{app}/{token}`) and the response
 * messages (`GET/PATCH/DELETE /webhooks/{app}/{token}/messages/{@original|id}`).
 * No Authorization header is needed: the interaction token is the credential.
 */
import type { EmulatorCore } from '../core.js';
import {
  emptyMessage,
  invalidFormBody,
  unknownMessage,
  unknownWebhook,
  type FormErrorTree,
  type RestResult,
} from '../discord-errors.js';
import type { InteractionHandle, RejectedRequest } from '../interaction-handle.js';
import { deliverMessageCreate, deliverMessageDelete, deliverMessageUpdate } from '../message-events.js';
import { validateMessageBody } from '../message-validation.js';
import type { RestRequest, RestRouter } from '../rest-router.js';
import type { EmulatedMessage } from '../types.js';
import { bodyObject, isEmptyMessage, restMessage, withUploadedAttachments } from './message-bodies.js';

const LOADING = 128;
const EPHEMERAL = 64;

function interactionFor(core: EmulatorCore, params: Record<string, string>): InteractionHandle | undefined {
  if (params.applicationId !== core.options.applicationId || params.token === undefined) return undefined;
  return core.interactionsByToken.get(params.token);
}

function refuse(handle: InteractionHandle, route: RejectedRequest['route'], result: RestResult): RestResult {
  const answer = result.body as { code: number; message: string; errors?: FormErrorTree };
  handle.recordRejection({ route, status: result.status, ...answer });
  return result;
}

/** The message a `{messageId}` segment names; `@original` exists only once acknowledged with a message. */
function targetMessage(
  core: EmulatorCore,
  handle: InteractionHandle,
  messageId: string,
): EmulatedMessage | RestResult {
  if (messageId === '@original') {
    // Before any callback there is no webhook message at all.
    if (!handle.acknowledged) return unknownWebhook();
    const original = handle.original;
    return original && !core.deletedMessageIds.has(original.id) ? original : unknownMessage();
  }
  const owned =
    messageId === handle.originalMessageId || handle.followUps.some((message) => message.id === messageId);
  const message = owned ? core.messages.get(messageId) : undefined;
  return message && !core.deletedMessageIds.has(message.id) ? message : unknownMessage();
}

const isResult = (value: EmulatedMessage | RestResult): value is RestResult => !('id' in value);

function editMessage(
  core: EmulatorCore,
  handle: InteractionHandle,
  request: RestRequest,
  messageId: string,
): RestResult {
  const target = targetMessage(core, handle, messageId);
  if (isResult(target)) return refuse(handle, 'editMessage', target);
  const body = withUploadedAttachments(bodyObject(request), request.files);
  const errors = validateMessageBody(body);
  if (errors) return refuse(handle, 'editMessage', invalidFormBody(errors));
  const edited = structuredClone(target);
  core.applyMessageBody(edited, body, true);
  edited.flags &= ~LOADING;
  if (isEmptyMessage(edited)) return refuse(handle, 'editMessage', emptyMessage());
  Object.assign(target, edited);
  deliverMessageUpdate(core, target);
  if (target.id === handle.originalMessageId) handle.recordReply(target, 'edit');
  else core.emit('interactionUpdate', handle);
  return { status: 200, body: restMessage(target) };
}

function sendFollowUp(core: EmulatorCore, handle: InteractionHandle, request: RestRequest): RestResult {
  // Follow-ups need an acknowledgement first; until then the webhook does not exist.
  if (!handle.acknowledged) return refuse(handle, 'followUp', unknownWebhook());
  const body = withUploadedAttachments(bodyObject(request), request.files);
  const errors = validateMessageBody(body);
  if (errors) return refuse(handle, 'followUp', invalidFormBody(errors));
  const original = handle.original;
  let message: EmulatedMessage;
  if (original && (original.flags & LOADING) !== 0) {
    // Discord: the first follow-up after a deferred reply replaces the "thinking…" message (once
    // that is deleted, a follow-up is a message of its own, private when flagged so).
    const completed = structuredClone(original);
    core.applyMessageBody(completed, body, true);
    completed.flags = original.flags & ~LOADING;
    completed.edited_timestamp = null;
    if (isEmptyMessage(completed)) return refuse(handle, 'followUp', emptyMessage());
    Object.assign(original, completed);
    message = original;
    handle.followUps.push(message);
    deliverMessageUpdate(core, message);
    handle.recordReply(message, 'followUp');
  } else {
    message = core.createMessage({
      channel_id: handle.payload.channel_id,
      author: core.botUser,
      webhook_id: core.options.applicationId,
      application_id: core.options.applicationId,
      type: handle.kind === 'slashCommand' ? 20 : 0,
    });
    core.applyMessageBody(message, body, false);
    message.flags &= EPHEMERAL | 4 | 4096 | 32768;
    if (isEmptyMessage(message)) {
      core.messages.delete(message.id);
      return refuse(handle, 'followUp', emptyMessage());
    }
    handle.followUps.push(message);
    deliverMessageCreate(core, message);
    core.emit('interactionUpdate', handle);
  }
  return request.query.get('wait') === 'false'
    ? { status: 204 }
    : { status: 200, body: restMessage(message) };
}

/** Registers the interaction webhook routes. */
export function addWebhookRoutes(router: RestRouter, core: EmulatorCore): void {
  const withInteraction =
    (run: (handle: InteractionHandle, request: RestRequest, params: Record<string, string>) => RestResult) =>
    (request: RestRequest, params: Record<string, string>): RestResult => {
      const handle = interactionFor(core, params);
      return handle ? run(handle, request, params) : unknownWebhook();
    };
  const messagePath = '/webhooks/:applicationId/:token/messages/:messageId';
  const options = { authenticated: false };

  router
    .add(
      'POST',
      '/webhooks/:applicationId/:token',
      withInteraction((handle, request) => sendFollowUp(core, handle, request)),
      options,
    )
    .add(
      'PATCH',
      messagePath,
      withInteraction((handle, request, params) =>
        editMessage(core, handle, request, params.messageId ?? ''),
      ),
      options,
    )
    .add(
      'GET',
      messagePath,
      withInteraction((handle, _request, params) => {
        const target = targetMessage(core, handle, params.messageId ?? '');
        return isResult(target)
          ? refuse(handle, 'fetchMessage', target)
          : { status: 200, body: restMessage(target) };
      }),
      options,
    )
    .add(
      'DELETE',
      messagePath,
      withInteraction((handle, _request, params) => {
        const target = targetMessage(core, handle, params.messageId ?? '');
        if (isResult(target)) return refuse(handle, 'deleteMessage', target);
        deliverMessageDelete(core, target);
        core.emit('interactionUpdate', handle);
        return { status: 204 };
      }),
      options,
    );
}
