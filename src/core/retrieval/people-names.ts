import type { Passage } from '../corpus/types.js';
import type { TermStatistics } from '../answer/term-statistics.js';
import type { Lexicon } from '../answer/lexicon.js';
import type { KeywordIndex } from '../index/keyword-index.js';
import { isContentTerm, stem, tokenize } from '../text/terms.js';

/**
 * A people's name for its country: members write "the americans", "the american side", "who was
 * the american in charge" of an article that writes only "the US". None of those words is in the
 * article, so the passage naming Sherman as the head of the US delegation had no keyword score and
 * "who was the american in charge" heard "doesn't say. Nothing in it is about this question"
 * (0.015), where "who was the US in charge" is answered (0.16). WordNet is the resource: it relates
 * "American" to the United States and its other names ("US", "USA", "America"), "Ukrainian" to
 * Ukraine; the corpus says which of those names it writes.
 */

/** The endings of the words for a people ("american", "ukrainian", "european", "chinese", "british", "israeli"), singular or plural. */
const PEOPLE_WORD = /^[a-z]{3,}(?:an|ese|ish|i)s?$/;
/**
 * A name is written with a capital more often than not, and at least twice: "US" twenty times
 * beside a quoted "told us" is the country; "us" the pronoun alone is not.
 */
const LEAST_CAPITALISED = 2;
/** Passages read to see how the corpus writes a word. */
const PASSAGES_READ = 8;

/**
 * Reads a question's words for a people as the name the corpus writes for their country, where
 * the corpus has no such word itself. Each word is looked up once.
 */
export class PeopleNames {
  private readonly names = new Map<string, string | undefined>();
  private readonly written = new Map<string, string | undefined>();

  constructor(
    private readonly keywords: KeywordIndex,
    private readonly passages: readonly Passage[],
    private readonly lexicon: Lexicon,
  ) {}

  /** The question with each word for a people the corpus lacks written as the corpus names their country ("the americans" → "the US"). */
  rewritten(question: string, statistics: TermStatistics): string {
    const tokens = tokenize(question);
    // Only a question the corpus holds no other word of: where it does ("who was running the
    // american side of the talks"), the word-vector and WordNet features already relate
    // "american" to the US sentences, and the rare unmatched word weighs more than a matched "US"
    // (written as "US", that question went from answered to "doesn't say" at 0.094).
    if (tokens.some((token) => isContentTerm(token.term) && !PEOPLE_WORD.test(token.term) && statistics.has(stem(token.term)))) return question;
    let text = question;
    for (const token of tokens.reverse()) {
      if (!PEOPLE_WORD.test(token.term) || !isContentTerm(token.term)) continue;
      const term = stem(token.term);
      if (statistics.has(term)) continue;
      const name = this.nameFor(term, statistics);
      if (name === undefined) continue;
      // "the american's title": the token holds its clitic, which the name keeps.
      const clitic = /['’]s$/i.exec(token.raw)?.[0] ?? '';
      text = `${text.slice(0, token.start)}${name}${clitic}${text.slice(token.end)}`;
    }
    return text;
  }

  /** The corpus's commonest name WordNet relates to a people's word, when one is commoner than the rest. */
  private nameFor(term: string, statistics: TermStatistics): string | undefined {
    if (this.names.has(term)) return this.names.get(term);
    const ranked = this.lexicon
      .relatedKeys(term)
      .filter((key) => statistics.has(key))
      .map((key) => ({ key, frequency: statistics.frequency(key), written: this.asName(key) }))
      .filter((found): found is { key: string; frequency: number; written: string } => found.written !== undefined)
      .sort((a, b) => b.frequency - a.frequency);
    const [first, second] = ranked;
    const name = first !== undefined && (second === undefined || first.frequency > second.frequency) ? first.written : undefined;
    this.names.set(term, name);
    return name;
  }

  /** How the corpus writes a term when it writes it as a name (with a capital more often than not, and at least twice), else undefined. */
  private asName(term: string): string | undefined {
    if (this.written.has(term)) return this.written.get(term);
    const forms = new Map<string, number>();
    let total = 0;
    let capitalised = 0;
    for (const label of this.keywords.labelsHolding(term, PASSAGES_READ)) {
      for (const token of tokenize(this.passages[label]?.text ?? '')) {
        if (stem(token.term) !== term) continue;
        total += 1;
        if (!/^\p{Lu}/u.test(token.raw)) continue;
        capitalised += 1;
        forms.set(token.raw, (forms.get(token.raw) ?? 0) + 1);
      }
    }
    const commonest = [...forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const name = capitalised >= LEAST_CAPITALISED && capitalised * 2 > total ? commonest : undefined;
    this.written.set(term, name);
    return name;
  }
}
