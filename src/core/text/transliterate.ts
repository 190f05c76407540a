import { createRequire } from 'node:module';

/**
 * Names written in another alphabet inside an English question ("what did Рябков say?",
 * "is Столтенберг mentioned"), spelled in Latin letters ("Ryabkov", "Stoltenberg"), so that the
 * slip mender can match them to the corpus's spelling. The `transliteration` package's tables
 * cover Cyrillic, Greek, Arabic, Hebrew, CJK and the rest; loading them costs ≈ 45 ms, so they
 * are loaded on the first word that needs them, never for an ordinary question.
 */

type Transliterate = (text: string) => string;

let loaded: Transliterate | undefined;

function transliterator(): Transliterate {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = (require('transliteration') as { transliterate: Transliterate }).transliterate;
  }
  return loaded;
}

/** Whether a word holds a letter outside the Latin alphabet. */
export function hasNonLatinLetter(word: string): boolean {
  return /(?=\p{L})\P{Script=Latin}/u.test(word);
}

/**
 * The word spelled in Latin letters, or undefined when it is already Latin or its letters have no
 * single-word Latin spelling (a CJK name comes back as several syllables: "北京" → "Bei Jing").
 */
export function latinSpelling(word: string): string | undefined {
  if (!hasNonLatinLetter(word)) return undefined;
  const spelled = transliterator()(word).trim();
  return /^\p{Script=Latin}+$/u.test(spelled) ? spelled : undefined;
}
