import { PARTICLES } from '../../core/text/particles.js';
import { isContentTerm, normalizeTerm, stem } from '../../core/text/terms.js';
import type { Synset } from './wordnet-files.js';

/** What the lexicon keeps of WordNet; part of the built file, so a change shows in the reproducibility test. */
export interface LexiconRecipe {
  /** Senses kept per lemma and part of speech, most frequent first: rare senses relate too much. Names keep all. */
  sensesPerPartOfSpeech: number;
  /** Pointers followed one step from a lemma's own synsets. */
  pointers: readonly string[];
  /** Pointers followed a second step from an instance (a named place or person): Kremlin → Moscow → Russia. */
  instancePointers: readonly string[];
  /** Multi-word lemmas longer than this are left out (questions and sentences are matched word pairs at most). */
  maxWordsPerLemma: number;
  /** Stopwords a two-word lemma may end with: a phrasal verb's particle ("turn_down", "call_off"). */
  particles: readonly string[];
}

export const DEFAULT_LEXICON_RECIPE: LexiconRecipe = {
  sensesPerPartOfSpeech: 3,
  // hypernym, instance hypernym, derivation, pertainym, similar-to, attribute, part and member holonym
  pointers: ['@', '@i', '+', '\\', '&', '=', '#p', '#m'],
  instancePointers: ['#p', '#m'],
  maxWordsPerLemma: 2,
  particles: [...PARTICLES],
};

/** A key's concepts: the synsets it names itself, and those one relation away. */
export interface KeyConcepts {
  own: Set<string>;
  extended: Set<string>;
}

/**
 * The matching key of a WordNet lemma, as the answerer's terms are made: each word normalised
 * and stemmed, joined by a space ("United_States" → "unit state", "turn_down" → "turn down").
 * Undefined for lemmas with a stopword (but a particle after a first content word), a
 * non-letter or too many words.
 */
export function lemmaKey(lemma: string, maxWords: number, particles: ReadonlySet<string> = new Set()): string | undefined {
  const words = lemma.split(/[_ ]/);
  if (words.length > maxWords || !words.every((word) => /^\p{L}+$/u.test(word))) return undefined;
  const terms = words.map((word) => normalizeTerm(word));
  const particle = terms.length === 2 && isContentTerm(terms[0] as string) && particles.has(terms[1] as string);
  if (!particle && !terms.every(isContentTerm)) return undefined;
  return terms.map(stem).join(' ');
}

/**
 * Each key's own and extended concepts, for lemmas whose words are all in `vocabulary` (the
 * embedding model's words: what the bot can read at all). Keys sharing a stem share concepts.
 */
export function buildKeyConcepts(
  sensesByPartOfSpeech: ReadonlyArray<ReadonlyMap<string, readonly string[]>>,
  synsets: ReadonlyMap<string, Synset>,
  vocabulary: ReadonlySet<string>,
  recipe: LexiconRecipe = DEFAULT_LEXICON_RECIPE,
): Map<string, KeyConcepts> {
  const follow = new Set(recipe.pointers);
  const followInstance = new Set(recipe.instancePointers);
  const particles = new Set(recipe.particles);
  const concepts = new Map<string, KeyConcepts>();
  for (const [lemma, keys] of sensesByPartOfSpeech.flatMap((senses) => [...senses])) {
    if (!lemma.split('_').every((word) => vocabulary.has(word))) continue;
    const key = lemmaKey(lemma, recipe.maxWordsPerLemma, particles);
    if (key === undefined) continue;
    let entry = concepts.get(key);
    if (!entry) {
      entry = { own: new Set(), extended: new Set() };
      concepts.set(key, entry);
    }
    for (const [rank, synsetKey] of keys.entries()) {
      const synset = synsets.get(synsetKey);
      if (!synset) continue;
      // Every sense of a name counts ("Russia" the federation, the empire, the Soviet Union).
      const isInstance = synset.pointers.some((pointer) => pointer.symbol === '@i');
      if (rank >= recipe.sensesPerPartOfSpeech && !isInstance) continue;
      entry.own.add(synsetKey);
      for (const pointer of synset.pointers) {
        if (!follow.has(pointer.symbol)) continue;
        entry.extended.add(pointer.target);
        if (!isInstance || !followInstance.has(pointer.symbol)) continue;
        for (const next of synsets.get(pointer.target)?.pointers ?? []) {
          if (followInstance.has(next.symbol)) entry.extended.add(next.target);
        }
      }
    }
  }
  return concepts;
}

/**
 * Drops concepts that can never make a match: two keys are related when one's own concept is
 * the other's own or extended one, so an extended concept nobody owns, or an own concept that
 * no other key owns or reaches, only costs space.
 */
export function pruneConcepts(concepts: ReadonlyMap<string, KeyConcepts>): Map<string, KeyConcepts> {
  const owners = new Map<string, number>();
  const reached = new Set<string>();
  for (const entry of concepts.values()) {
    for (const concept of entry.own) owners.set(concept, (owners.get(concept) ?? 0) + 1);
    for (const concept of entry.extended) reached.add(concept);
  }
  const pruned = new Map<string, KeyConcepts>();
  for (const [key, entry] of concepts) {
    const own = new Set([...entry.own].filter((concept) => (owners.get(concept) ?? 0) > 1 || reached.has(concept)));
    const extended = new Set([...entry.extended].filter((concept) => owners.has(concept) && !own.has(concept)));
    if (own.size > 0 || extended.size > 0) pruned.set(key, { own, extended });
  }
  return pruned;
}
