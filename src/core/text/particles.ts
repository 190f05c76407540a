/**
 * The particles of English phrasal verbs that are also stopwords: "turn down", "call off", "kick
 * off", "go on", "rule out", "back down". Members write these where news writes one Latinate verb
 * ("reject", "cancel", "start", "continue", "exclude", "withdraw"), and WordNet lists about 1,700
 * such verbs. A stopword ends no word pair, so without them "turn down" was two unrelated
 * words: the lexicon keys a phrasal verb by its verb's stem and the particle, and a text's
 * profile pairs a content word with a particle after it (text-profile.ts).
 */
export const PARTICLES: ReadonlySet<string> = new Set(['on', 'off', 'up', 'out', 'down', 'in', 'over', 'through', 'about', 'by']);
