import type { DiscordEmulator } from '../../support/discord-emulator/index.js';
import type { RecordedRequest } from '../../support/discord-emulator/types.js';

/** The message body of a request that sends or edits a message (a callback's `data`, or the body itself). */
export function messageBody(request: RecordedRequest): Record<string, unknown> | undefined {
  const body = request.body as Record<string, unknown> | undefined;
  if (!body || (request.method !== 'POST' && request.method !== 'PATCH')) return undefined;
  if (request.path.endsWith('/callback')) {
    const data = body.data as Record<string, unknown> | undefined;
    return data && ('content' in data || 'embeds' in data) ? data : undefined;
  }
  return /\/messages(\/|$)|\/webhooks\//.test(request.path) && ('content' in body || 'embeds' in body)
    ? body
    : undefined;
}

/** Every message the bot sent or edited, as request bodies. */
export function sentMessageBodies(emulator: DiscordEmulator): Array<Record<string, unknown>> {
  return emulator.requests
    .map(messageBody)
    .filter((body): body is Record<string, unknown> => body !== undefined);
}

/** Nearest-rank percentile of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}
