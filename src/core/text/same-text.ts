import { createHash } from 'node:crypto';

/**
 * Fingerprints of texts as read, kept per document object: the bot compares each new article
 * with every corpus document of the index it serves, whose objects live as long as that index.
 */
const fingerprints = new WeakMap<object, string>();

/**
 * A text as compared for copies: Unicode compatibility forms folded (NFKC: full-width letters,
 * ligatures, no-break spaces) and every run of whitespace, line breaks included, made one space.
 * A copy reflowed, re-wrapped or saved with other line endings is the same text; a copy with any
 * word changed is not (it may be a corrected version, and telling versions apart is the admin's call).
 */
export function normalizedText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** sha256 of {@link normalizedText}: equal for texts that differ only in spacing and line breaks. */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(normalizedText(text)).digest('hex');
}

function fingerprintOf(holder: { text: string }): string {
  let fingerprint = fingerprints.get(holder);
  if (fingerprint === undefined) {
    fingerprint = textFingerprint(holder.text);
    fingerprints.set(holder, fingerprint);
  }
  return fingerprint;
}

/** The first of `candidates` whose text is the same as `text` once normalised; undefined when none is. */
export function findSameText<T extends { text: string }>(
  text: string,
  candidates: Iterable<T>,
): T | undefined {
  const wanted = textFingerprint(text);
  for (const candidate of candidates) if (fingerprintOf(candidate) === wanted) return candidate;
  return undefined;
}
