/** An answer of a REST route: status, JSON body (none for 204) and extra headers. */
export interface RestResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Discord's JSON error codes the emulator produces. */
export const DiscordErrorCode = {
  General: 0,
  UnknownChannel: 10003,
  UnknownMessage: 10008,
  UnknownWebhook: 10015,
  UnknownInteraction: 10062,
  MissingAccess: 50001,
  CannotEditOtherUsersMessage: 50005,
  CannotSendEmptyMessage: 50006,
  InvalidFormBody: 50035,
  InteractionAlreadyAcknowledged: 40060,
  ThreadAlreadyCreatedForMessage: 160004,
} as const;

/** A nested `errors` object as in Discord's 50035 answers: `{ field: { _errors: [...] } }`. */
export interface FormErrorTree {
  _errors?: Array<{ code: string; message: string }>;
  [field: string]: FormErrorTree | Array<{ code: string; message: string }> | undefined;
}

/** Builds a Discord-style JSON error answer. */
export function discordError(
  status: number,
  code: number,
  message: string,
  errors?: FormErrorTree,
): RestResult {
  return { status, body: errors ? { code, errors, message } : { code, message } };
}

/** 400 Invalid Form Body with the given field errors. */
export function invalidFormBody(errors: FormErrorTree): RestResult {
  return discordError(400, DiscordErrorCode.InvalidFormBody, 'Invalid Form Body', errors);
}

export const unauthorized = (): RestResult =>
  discordError(401, DiscordErrorCode.General, '401: Unauthorized');
export const notFound = (): RestResult => discordError(404, DiscordErrorCode.General, '404: Not Found');
export const unknownInteraction = (): RestResult =>
  discordError(404, DiscordErrorCode.UnknownInteraction, 'Unknown interaction');
export const unknownWebhook = (): RestResult =>
  discordError(404, DiscordErrorCode.UnknownWebhook, 'Unknown Webhook');
export const unknownMessage = (): RestResult =>
  discordError(404, DiscordErrorCode.UnknownMessage, 'Unknown Message');
export const unknownChannel = (): RestResult =>
  discordError(404, DiscordErrorCode.UnknownChannel, 'Unknown Channel');
export const alreadyAcknowledged = (): RestResult =>
  discordError(
    400,
    DiscordErrorCode.InteractionAlreadyAcknowledged,
    'Interaction has already been acknowledged.',
  );
export const emptyMessage = (): RestResult =>
  discordError(400, DiscordErrorCode.CannotSendEmptyMessage, 'Cannot send an empty message');
