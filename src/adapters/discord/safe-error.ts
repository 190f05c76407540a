import { DiscordAPIError, RESTJSONErrorCodes } from 'discord.js';
import { redactSecrets } from '../../logging/secrets.js';

/** Discord refused a request for want of a permission, or of access to the channel: a server setting, not a bug. */
export function isPermissionRefusal(error: unknown): boolean {
  const code = error instanceof DiscordAPIError ? error.code : undefined;
  return code === RESTJSONErrorCodes.MissingPermissions || code === RESTJSONErrorCodes.MissingAccess;
}

/**
 * Errors from discord.js carry the request URL, and interaction and webhook URLs contain a
 * token. Errors are logged through {@link describeError}, which keeps what helps debugging
 * and scrubs every secret.
 */
const URL_TOKENS = /\/(webhooks|interactions)\/(\d+)\/[\w.-]+/g;

/** Replaces URL tokens, the given secrets and every secret the process registered in text. */
export function scrubSecrets(text: string, secrets: readonly string[] = []): string {
  return redactSecrets(text.replace(URL_TOKENS, '/$1/$2/[token]'), secrets);
}

/** A plain, loggable description of an error, with secrets scrubbed. */
export interface ErrorDescription {
  type: string;
  message: string;
  stack?: string;
  code?: string | number;
  status?: number;
  method?: string;
  url?: string;
}

/** Describes any thrown value for the log, without tokens or request bodies. */
export function describeError(error: unknown, secrets: readonly string[] = []): ErrorDescription {
  if (!(error instanceof Error)) return { type: typeof error, message: scrubSecrets(String(error), secrets) };
  const fields = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  return {
    type: error.name,
    message: scrubSecrets(error.message, secrets),
    ...(error.stack ? { stack: scrubSecrets(error.stack, secrets) } : {}),
    ...(typeof fields.code === 'string' || typeof fields.code === 'number' ? { code: fields.code } : {}),
    ...(typeof fields.status === 'number' ? { status: fields.status } : {}),
    ...(typeof fields.method === 'string' ? { method: fields.method } : {}),
    ...(typeof fields.url === 'string' ? { url: scrubSecrets(fields.url, secrets) } : {}),
  };
}

/** Network failures that mean the API could not be reached at all. */
const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/**
 * Why a call to Discord's API failed, in words an admin can act on: the status and the address
 * the API answered from (a wrong `DISCORD_API_BASE` gives "404 No Description" alone), no answer
 * in time, or no connection; anything else as {@link describeError} gives it. Secrets scrubbed.
 */
export function discordFailureMessage(error: unknown, secrets: readonly string[] = []): string {
  const described = describeError(error, secrets);
  const check = 'Check DISCORD_API_BASE and that this host can reach Discord.';
  if (described.status !== undefined && described.url !== undefined) {
    return `the Discord API answered ${described.status} (${described.message}) to ${described.method ?? 'a request'} ${described.url}. ${check}`;
  }
  if (described.type === 'AbortError' || described.type === 'TimeoutError') return `the Discord API did not answer in time. ${check}`;
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : typeof described.code === 'string' ? described.code : undefined;
  if (code !== undefined && UNREACHABLE.has(code)) return `cannot reach the Discord API (${code}). ${check}`;
  return described.message;
}
