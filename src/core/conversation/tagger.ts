/** compromise's entry point. */
export type Tagger = typeof import('compromise').default;

let loaded: Tagger | undefined;

/**
 * Loads the tagger (compromise) once. Building its lexicon takes a few hundred milliseconds, so
 * it loads when a conversation first needs it, never at start-up: `ask` and the bot's first
 * answer do not pay for it.
 */
export async function loadTagger(): Promise<void> {
  loaded ??= (await import('compromise')).default;
}

/** The loaded tagger; {@link loadTagger} must have run. */
export function tagger(): Tagger {
  if (!loaded) throw new Error('the tagger is not loaded yet: await loadTagger() first');
  return loaded;
}
