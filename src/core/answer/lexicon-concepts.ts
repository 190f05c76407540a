/**
 * The lexicon read from the concepts' side: which keys own each concept and which reach it in
 * one step, so that the words related to a name can be listed (lexicon.ts, `relatedKeys`)
 * instead of each article's words being asked about one by one.
 */

const EMPTY_LINES = new Int32Array();
const [NEWLINE, TAB, COMMA, DIGIT_ZERO, DIGIT_NINE, LETTER_A] = ['\n', '\t', ',', '0', '9', 'a'].map((character) => character.charCodeAt(0)) as [number, number, number, number, number, number];

/** Which key lines own, and which extend to, each concept: the lexicon read from the concept's side. */
export class ConceptMembers {
  private constructor(
    private readonly own: CompressedLists,
    private readonly extended: CompressedLists,
  ) {}

  /**
   * Indexes a lexicon file's text, whose key lines start at `lineStarts`: every line's ids read
   * in one pass, character by character, into typed arrays (splitting 47,000 lines into strings
   * and arrays took 300 ms).
   */
  static of(text: string, lineStarts: Uint32Array): ConceptMembers {
    const start = lineStarts.length > 0 ? (lineStarts[0] as number) : text.length;
    // Ids end at a comma, a tab or a line's end: a bound on how many there are, for typed arrays.
    let bound = 1;
    for (let index = start; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === COMMA || code === TAB || code === NEWLINE) bound += 1;
    }
    const own = new Pairs(bound);
    const extended = new Pairs(bound);
    let line = 0;
    let field = 0; // 0 the key, 1 its own ids, 2 its extended ids
    let id = 0;
    let digits = 0;
    for (let index = start; index <= text.length; index += 1) {
      const code = index < text.length ? text.charCodeAt(index) : NEWLINE;
      if (code === NEWLINE || code === TAB || code === COMMA) {
        if (digits > 0) {
          (field === 1 ? own : extended).add(id, line);
        }
        id = 0;
        digits = 0;
        if (code === TAB) field += 1;
        else if (code === NEWLINE) {
          line += 1;
          field = 0;
        }
      } else if (field > 0) {
        id = id * 36 + (code <= DIGIT_NINE ? code - DIGIT_ZERO : code - LETTER_A + 10);
        digits += 1;
      }
    }
    return new ConceptMembers(CompressedLists.of(own), CompressedLists.of(extended));
  }

  /** Lines whose own concepts include `concept`. */
  owning(concept: number): Int32Array {
    return this.own.get(concept);
  }

  /** Lines whose extended concepts include `concept`. */
  extending(concept: number): Int32Array {
    return this.extended.get(concept);
  }
}

/** Concept and line pairs, in two flat typed arrays of a capacity fixed in advance. */
class Pairs {
  readonly concepts: Int32Array;
  readonly lines: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.concepts = new Int32Array(capacity);
    this.lines = new Int32Array(capacity);
  }

  add(concept: number, line: number): void {
    this.concepts[this.size] = concept;
    this.lines[this.size] = line;
    this.size += 1;
  }
}

/** Lists of line numbers by concept, in two flat arrays (offsets and values), compact for 180,000 pairs. */
class CompressedLists {
  private constructor(
    private readonly offsets: Int32Array,
    private readonly values: Int32Array,
  ) {}

  static of(pairs: Pairs): CompressedLists {
    const concepts = pairs.concepts.subarray(0, pairs.size);
    const size = concepts.reduce((highest, concept) => Math.max(highest, concept + 1), 0);
    const offsets = new Int32Array(size + 1);
    for (const concept of concepts) offsets[concept + 1] = (offsets[concept + 1] as number) + 1;
    for (let concept = 0; concept < size; concept += 1) offsets[concept + 1] = (offsets[concept + 1] as number) + (offsets[concept] as number);
    const filled = offsets.slice(0, size);
    const values = new Int32Array(concepts.length);
    for (let index = 0; index < concepts.length; index += 1) {
      const concept = concepts[index] as number;
      values[filled[concept] as number] = pairs.lines[index] as number;
      filled[concept] = (filled[concept] as number) + 1;
    }
    return new CompressedLists(offsets, values);
  }

  get(concept: number): Int32Array {
    if (concept < 0 || concept + 1 >= this.offsets.length) return EMPTY_LINES;
    return this.values.subarray(this.offsets[concept], this.offsets[concept + 1]);
  }
}
