import { DiscordAPIError, HTTPError } from 'discord.js';

/**
 * Gateway close codes after which Discord will not take the bot back without a change on our
 * side (discord.js stops reconnecting). The process then exits with {@link EXIT_DISCORD_REFUSED},
 * so a restart-on-exit supervisor notices, instead of staying up and unhealthy forever.
 */

/** Exit code of the bot when Discord refuses its token or gateway settings (EX_CONFIG in sysexits.h). */
export const EXIT_DISCORD_REFUSED = 78;

/** What each fatal close means, and what the admin should do about it. */
const CAUSES: Record<number, string> = {
  4004: 'the token was rejected: reset it in the developer portal (Bot → Reset Token) and put the new one in DISCORD_TOKEN',
  4010: 'Discord refused the shard settings (invalid shard): check SHARD_COUNT',
  4011: 'Discord requires sharding for this many servers: run npm run start:sharded',
  4012: 'Discord refused the gateway API version: upgrade article-qa',
  4013: 'Discord refused the gateway intents as invalid: upgrade article-qa',
  4014: 'Discord refused the Message Content intent (close code 4014): switch it on in the developer portal (Bot → Privileged Gateway Intents → Message Content), or set DISCORD_MESSAGE_CONTENT=false to run without it (follow-ups in threads then need a mention)',
};

/** Whether a gateway close code means "stop; reconnecting will not help". */
export function isFatalClose(code: number): boolean {
  return code in CAUSES;
}

/** Discord refused the bot for good; `message` names the cause and the fix. */
export class DiscordRefusedError extends Error {
  override readonly name = 'DiscordRefusedError';

  constructor(readonly closeCode: number) {
    super(
      CAUSES[closeCode] ?? `Discord closed the gateway with code ${closeCode} and will not take the bot back`,
    );
  }
}

/**
 * A login refused before the gateway (REST answered 401 to the token) is the same failure as
 * close 4004, and so is any other REST call answered 401 (`npm run register` never logs in: its
 * first call is a REST one); a login that fails on the intents (discord.js rejects with "Used
 * disallowed intents" before the close event arrives) the same as close 4014.
 */
export function refusalOf(error: unknown): DiscordRefusedError | undefined {
  if (error instanceof DiscordRefusedError) return error;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'TokenInvalid') return new DiscordRefusedError(4004);
  if ((error instanceof DiscordAPIError || error instanceof HTTPError) && error.status === 401)
    return new DiscordRefusedError(4004);
  if (code === 'DisallowedIntents' || (typeof message === 'string' && /disallowed intents/i.test(message)))
    return new DiscordRefusedError(4014);
  return undefined;
}
