/**
 * Which language a text is written in, by the `eld` language identifier (n-grams of 60 languages,
 * offline). Its smallest database takes about half a second and 33 MB to load, so it is loaded on
 * the first text that needs it, never at start-up: an English question never gets that far (see
 * other-language.ts).
 */

/** What the identifier says of one text. */
export interface DetectedLanguage {
  /** ISO 639-1 code ("de", "fr"), or undefined when the text has nothing to go on. */
  language: string | undefined;
  /** Whether eld holds its guess reliable: three n-grams or more, a score near the language's usual one, and a lead over the runner-up. */
  reliable: boolean;
}

/** What eld's `detect` returns, as far as it is read here. */
interface EldResult {
  language: string;
  isReliable(): boolean;
}

/** eld reads at most this many characters of a text: a document is judged by its opening. */
const READ_CHARS = 1_000;

let detector: Promise<(text: string) => EldResult> | undefined;

/**
 * The detector, loaded once. The extra-small database (0.35–0.55 s, 33 MB) tells the questions
 * measured as well as the larger ones: 89 of 110 foreign questions caught, against 90 with the
 * small, medium or large one (2.4 s and 156 MB), and no English question refused with any.
 */
function loadDetector(): Promise<(text: string) => EldResult> {
  detector ??= import('eld/extrasmall').then(({ eld }) => (text: string) => eld.detect(text));
  return detector;
}

/** The language of a text, as eld tells it. */
export async function detectLanguage(text: string): Promise<DetectedLanguage> {
  const result = (await loadDetector())(text.slice(0, READ_CHARS));
  return { language: result.language || undefined, reliable: result.language !== '' && result.isReliable() };
}

/** Letters a document needs for its language to be told: a title or an empty page is left out. */
const MIN_LETTERS = 200;

/**
 * The languages a corpus is written in: each document's, told from its opening. Undefined when
 * a document's language cannot be told reliably (a question in that language must never be
 * refused), or when no document is long enough to tell.
 */
export async function corpusLanguages(texts: readonly string[]): Promise<ReadonlySet<string> | undefined> {
  const languages = new Set<string>();
  for (const text of texts) {
    const opening = text.slice(0, READ_CHARS);
    if ((opening.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) continue;
    const { language, reliable } = await detectLanguage(opening);
    if (!reliable || language === undefined) return undefined;
    languages.add(language);
  }
  return languages.size > 0 ? languages : undefined;
}

let names: Intl.DisplayNames | undefined;

/** A language's English name ("en" → "English"), or its code when Node's ICU does not know it. */
export function languageName(code: string): string {
  // Made on first use: loading ICU's display names took 6 ms of every cold `article-qa ask`,
  // which names no language unless it refuses one.
  names ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return names.of(code) ?? code;
}
