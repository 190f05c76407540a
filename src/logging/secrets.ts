/**
 * The secret values this process knows (the Discord token, the language model's API key, any
 * credentials in a URL), and the one function that removes them from text. Every log line goes
 * through it (see `createLogger`), and so does every error message shown to a user. It works on
 * values, not field names: a server that echoes the Authorization header in an error body, an
 * exception message or a stack trace is scrubbed as well as a field called `apiKey`.
 */

/** What a secret is replaced with. */
export const REDACTED = '[redacted]';

/** Shorter values are not secrets anyone could rely on, and replacing them would wreck every line. */
const MIN_SECRET_LENGTH = 4;

const known = new Set<string>();
let pattern: RegExp | undefined;

/** JSON escaping levels covered: an error body quoted in a message, logged as a JSON line, is two deep. */
const JSON_DEPTH = 3;

/** The forms a value takes in logs: as is, inside JSON strings (nested), URL-encoded. */
function variants(secret: string): string[] {
  const forms = [secret, encodeURIComponent(secret)];
  let escaped = secret;
  for (let depth = 0; depth < JSON_DEPTH; depth += 1) {
    escaped = JSON.stringify(escaped).slice(1, -1);
    forms.push(escaped);
  }
  // A Discord token is id.timestamp.signature; the signature is the secret part.
  const parts = secret.split('.');
  if (parts.length === 3 && (parts[2]?.length ?? 0) >= 20) forms.push(parts[2] as string);
  return forms;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Adds secret values to scrub from now on (empty and very short ones are ignored). */
export function registerSecrets(values: Iterable<string | undefined>): void {
  let added = false;
  for (const value of values) {
    const secret = value?.trim();
    if (!secret || secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of variants(secret)) {
      if (form.length >= MIN_SECRET_LENGTH && !known.has(form)) {
        known.add(form);
        added = true;
      }
    }
  }
  if (!added) return;
  // Longest first, so a secret that contains another is replaced whole.
  const alternatives = [...known].sort((a, b) => b.length - a.length).map(escapeForRegExp);
  pattern = new RegExp(alternatives.join('|'), 'g');
}

/** Replaces every registered secret (and any `extra` ones) in `text` with {@link REDACTED}. */
export function redactSecrets(text: string, extra: readonly string[] = []): string {
  let clean = pattern ? text.replace(pattern, REDACTED) : text;
  for (const secret of extra) {
    if (secret.length >= MIN_SECRET_LENGTH) clean = clean.split(secret).join(REDACTED);
  }
  return clean;
}
