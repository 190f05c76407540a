import { z } from 'zod';
import { configSchema } from './schema.js';

/**
 * The configuration's problems that the schema alone cannot word helpfully: blank values, quoted
 * variables, a pasted token's usual mistakes, and a misspelt setting beside the ones it could be.
 */

/** A setting given a non-blank value (the schema trims text settings, so blank means unset). */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '');
}

/**
 * A variable's value wrapped in quotes, which `docker run --env-file` and some .env loaders keep.
 * Before, a quoted path was taken as a folder named with quotes under the working directory, and
 * a quoted LLM_MODEL or LLM_API_KEY was sent as it was (every answer then fell back in silence);
 * other settings failed with a message that did not say why. The token has its own hint (checkToken).
 */
export function quoted(variable: string, value: string): boolean {
  return variable !== 'DISCORD_TOKEN' && /^(["']).*\1$/s.test(value.trim());
}

/** A token is three base64url parts separated by dots; anything else is a paste error. */
const TOKEN_SHAPE = /^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/;

/** Adds what is wrong with the Discord token, if anything, to `problems`. */
export function checkToken(token: unknown, problems: string[]): void {
  if (typeof token !== 'string' || token.trim() === '') {
    problems.push('DISCORD_TOKEN is not set: create a bot in the Discord developer portal and put its token in .env');
  } else if (!TOKEN_SHAPE.test(token.trim())) {
    // Two pastes that copying again would not fix: the header's "Bot " prefix, and quotes that
    // `docker run --env-file` (unlike Compose) keeps as part of the value.
    const bare = token.trim();
    const hint = /^bot\s/i.test(bare)
      ? ': give the token alone, without the "Bot " prefix'
      : /^["'].*["']$/.test(bare)
        ? ': remove the quotes around it (docker run --env-file keeps them as part of the value)'
        : '; copy it again from the developer portal';
    problems.push(`DISCORD_TOKEN does not look like a bot token (three dot-separated parts)${hint}`);
  }
}

/** A setting the schema does not have, with the ones its section does have, so a misspelling is easy to fix. */
export function unknownSetting(section: readonly string[], name: string): string {
  let schema: unknown = configSchema;
  for (const key of section) {
    // Sections are objects wrapped in a prefault ({} when absent): look through the wrapper.
    const inner = schema instanceof z.ZodPrefault ? (schema.unwrap() as unknown) : schema;
    schema = inner instanceof z.ZodObject ? (inner.shape as Record<string, unknown>)[key] : undefined;
  }
  const object = schema instanceof z.ZodPrefault ? (schema.unwrap() as unknown) : schema;
  const known = object instanceof z.ZodObject ? Object.keys(object.shape) : [];
  const where = [...section, name].join('.');
  return known.length > 0 ? `${where}: unknown setting (${section.length > 0 ? `${section.join('.')} has` : 'known settings are'} ${known.join(', ')})` : `${where}: unknown setting`;
}
