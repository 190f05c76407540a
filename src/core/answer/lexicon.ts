import { stem } from '../text/terms.js';
import { ConceptMembers } from './lexicon-concepts.js';

/** The lexicon's format tag, first on its header line; the loader refuses any other. */
export const LEXICON_FORMAT = 'article-qa-lexicon/1';

/** The lexicon's file name inside its directory. */
export const LEXICON_FILE = 'relations.tsv';

interface Concepts {
  own: Int32Array;
  extended: Int32Array;
}

const NONE: Concepts = { own: new Int32Array(), extended: new Int32Array() };
const NO_INDEXES: readonly number[] = [];

const shares = (a: Int32Array, b: Int32Array): boolean => a.some((concept) => b.includes(concept));

const splitIds = (ids: string | undefined): Int32Array => Int32Array.from(ids ? ids.split(',') : [], (id) => Number.parseInt(id, 36));

/**
 * Which words are related in meaning, from WordNet: synonyms ("troops" ~ "soldiers"), one
 * hypernym, derivation or pertainym step ("invasion" ~ "invade", "American" ~ "United States"),
 * and places within places ("Moscow" ~ "Russia"). Keys are stemmed terms or stemmed word
 * pairs, exactly as the answerer's terms are made.
 *
 * The file (built by `npm run build:lexicon`) is one line per key, `key\town ids\textended ids`,
 * sorted by key, after a header line. Loading only notes where lines start; a key is found by
 * binary search and decoded on first use. Parsing every line up front (45,000 then) cost about 50 ms,
 * which every cold `ask` would pay.
 */
export class Lexicon {
  private readonly decoded = new Map<string, Concepts>();
  private neighbours?: ConceptMembers;

  private constructor(
    private readonly text: string,
    /** Offsets of the first character of each key line, in key order. */
    private readonly lineStarts: Uint32Array,
  ) {}

  /** Reads a lexicon file's text; throws on another format. */
  static parse(text: string): Lexicon {
    const firstBreak = text.indexOf('\n');
    const header = text.slice(0, firstBreak < 0 ? text.length : firstBreak);
    if (header.split('\t')[0] !== LEXICON_FORMAT) throw new Error(`not an ${LEXICON_FORMAT} lexicon`);
    const starts: number[] = [];
    for (let start = firstBreak + 1; firstBreak >= 0 && start < text.length; ) {
      starts.push(start);
      const end = text.indexOf('\n', start);
      start = end < 0 ? text.length : end + 1;
    }
    return new Lexicon(text, Uint32Array.from(starts));
  }

  /** A lexicon that relates nothing: for models or tests without one. */
  static empty(): Lexicon {
    return new Lexicon('', new Uint32Array());
  }

  /** Number of keys. */
  get size(): number {
    return this.lineStarts.length;
  }

  /** Whether the key is in the lexicon at all. */
  has(key: string): boolean {
    return this.concepts(key) !== NONE;
  }

  /** Whether a word (as written, lower case) is a WordNet word the lexicon holds, in any inflection ("budging": "budge"). */
  knowsWord(word: string): boolean {
    return this.has(stem(word));
  }

  /** True when two different keys share a concept: one's own sense is the other's own or one step from it. */
  related(a: string, b: string): boolean {
    if (a === b) return false;
    const left = this.concepts(a);
    if (left === NONE) return false;
    const right = this.concepts(b);
    return shares(left.own, right.own) || shares(left.own, right.extended) || shares(left.extended, right.own);
  }

  /**
   * For a set of keys (a question's terms), a function telling which of them a key (a sentence's
   * term) is related to, by index. Indexing the keys' concepts once makes each lookup a few
   * hash probes, which matters when every word of fifty candidate sentences is looked up.
   */
  relater(keys: readonly string[]): (key: string) => readonly number[] {
    // A candidate's own concept matches a key's own or extended one; its extended, a key's own.
    const byOwnOrExtended = new Map<number, number[]>();
    const byOwn = new Map<number, number[]>();
    const add = (map: Map<number, number[]>, concept: number, index: number): void => {
      const list = map.get(concept);
      if (!list) map.set(concept, [index]);
      else if (!list.includes(index)) list.push(index);
    };
    keys.forEach((key, index) => {
      const concepts = this.concepts(key);
      for (const concept of concepts.own) {
        add(byOwnOrExtended, concept, index);
        add(byOwn, concept, index);
      }
      for (const concept of concepts.extended) add(byOwnOrExtended, concept, index);
    });
    if (byOwnOrExtended.size === 0) return () => NO_INDEXES;
    return (key) => {
      const concepts = this.concepts(key);
      if (concepts === NONE) return NO_INDEXES;
      let found: number[] | undefined;
      const collect = (indexes: readonly number[] | undefined): void => {
        if (!indexes) return;
        for (const index of indexes) {
          // A key is not "related" to itself: an exact match is counted as such, elsewhere.
          if (keys[index] === key || found?.includes(index)) continue;
          (found ??= []).push(index);
        }
      };
      for (const concept of concepts.own) collect(byOwnOrExtended.get(concept));
      for (const concept of concepts.extended) collect(byOwn.get(concept));
      return found ?? NO_INDEXES;
    };
  }

  /**
   * The single-word keys {@link relater} relates to `key`, found from the key's side: which
   * words an article would have to hold to mention it by another name ("geneva" for
   * "switzerland"). Reading each article's words to ask the relater instead meant tokenising
   * every candidate article again for every question (see document-terms.ts). The first call
   * indexes every key's concepts, once (25 ms here, 60 ms in a fresh process).
   */
  relatedKeys(key: string): string[] {
    const concepts = this.concepts(key);
    if (concepts === NONE) return [];
    this.neighbours ??= ConceptMembers.of(this.text, this.lineStarts);
    const lines = new Set<number>();
    // A key's own concept matches this key's own or extended one; its extended, this key's own.
    for (const concept of concepts.own) {
      for (const line of this.neighbours.owning(concept)) lines.add(line);
      for (const line of this.neighbours.extending(concept)) lines.add(line);
    }
    for (const concept of concepts.extended) for (const line of this.neighbours.owning(concept)) lines.add(line);
    const keys: string[] = [];
    for (const line of lines) {
      const start = this.lineStarts[line] as number;
      const found = this.text.slice(start, this.text.indexOf('\t', start));
      if (found !== key && !found.includes(' ')) keys.push(found);
    }
    return keys.sort();
  }

  /**
   * True when two keys are different members of one kind ("Poland" and "Ukraine", both European
   * countries; "Monday" and "Tuesday"): they share a neighbouring concept but are not related
   * themselves. Word vectors put such words close together, yet one never stands for the other.
   */
  contrasting(a: string, b: string): boolean {
    if (a === b) return false;
    const left = this.concepts(a);
    if (left === NONE) return false;
    const right = this.concepts(b);
    return shares(left.extended, right.extended) && !this.related(a, b);
  }

  /**
   * True when `other` is one step above `word` and not the reverse: a place that contains it
   * ("Europe" for "Poland"), a kind it is of. An article that names Europe does not name Poland,
   * while one that names Geneva names a place in Switzerland.
   */
  above(word: string, other: string): boolean {
    if (word === other) return false;
    const lower = this.concepts(word);
    if (lower === NONE) return false;
    const upper = this.concepts(other);
    return shares(lower.extended, upper.own) && !shares(lower.own, upper.extended) && !shares(lower.own, upper.own);
  }

  private concepts(key: string): Concepts {
    let concepts = this.decoded.get(key);
    if (!concepts) {
      const line = this.find(key);
      if (line === undefined) concepts = NONE;
      else {
        const [own, extended] = line.split('\t');
        concepts = { own: splitIds(own), extended: splitIds(extended) };
      }
      this.decoded.set(key, concepts);
    }
    return concepts;
  }

  /** The line's text after the key, by binary search over the sorted keys. */
  private find(key: string): string | undefined {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = this.lineStarts[middle] as number;
      const tab = this.text.indexOf('\t', start);
      const found = this.text.slice(start, tab);
      if (found === key) {
        const end = this.text.indexOf('\n', tab);
        return this.text.slice(tab + 1, end < 0 ? this.text.length : end);
      }
      if (found < key) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }
}
