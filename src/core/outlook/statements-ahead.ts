import { quotationOpenAfter } from '../answer/reported-speech.js';
import { tagger } from '../conversation/tagger.js';

/** The words of a sentence that look ahead ("will involve", "is expected to"), and whether someone is quoted saying them. */
export interface AheadPhrase {
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * What news writes of plans and prospects without a future tense: "is expected to", "are likely
 * to", "plans to", "next week", "later this month", "in the coming days". The tagger reads "will
 * hold" and "is going to be" as future; "are expected to resume" it reads as present.
 */
const AHEAD_WORDS =
  /\b(?:(?:is|are|'s|'re) (?:now )?(?:expected|scheduled|set|due|slated|poised|likely|unlikely|planning|preparing|going) to|(?:plans?|intends?) to|next (?:week|month|year|round|stage|phase|meeting|step)|later (?:today|this (?:week|month|year))|in the (?:coming|next) (?:days|weeks|months|years)|upcoming)\b/i;

/**
 * What only looks like the future: "you'll find plenty to smile about" addresses the reader, and
 * "wasn't going to settle" is the past's future. Both came up in the CNN stories of ../shared/eval.
 */
const NOT_AHEAD_BEFORE = /(?:\byou(?:['’]ll)?|\b(?:was|were|wasn['’]t|weren['’]t|wasnt|werent)(?:\s+not)?)\s+(?:still\s+|also\s+|never\s+)?$/i;

/**
 * The words that make a sentence speak of what is to come, or undefined: a verb the tagger
 * (compromise) reads in the future tense ("will involve", "will be discussed", "gonna be"), or
 * wording news uses for plans and prospects ({@link AHEAD_WORDS}). A question looks ahead to
 * nothing. `quoted` is true when the words fall inside quotation marks, counting from
 * `quotationOpen` (a quotation the sentence before left open): someone's "we will not allow …"
 * is a stance before it is a plan. {@link loadTagger} must have run.
 */
export function aheadPhrase(sentence: string, quotationOpen = false): AheadPhrase | undefined {
  if (/\?["”’)]*\s*$/.test(sentence)) return undefined;
  const span = futureVerb(sentence) ?? wordsAhead(sentence);
  if (!span || NOT_AHEAD_BEFORE.test(sentence.slice(0, span.start)) || /^(?:was|were)(?:n['’]?t)?\b/i.test(sentence.slice(span.start, span.end))) return undefined;
  return { ...span, quoted: quotationOpenAfter(quotationOpen, sentence.slice(0, span.start)) };
}

/** The first verb the tagger reads in the future tense, where it stands in the sentence. */
function futureVerb(sentence: string): { start: number; end: number } | undefined {
  const verbs = tagger()(sentence).verbs().json() as Array<{ text: string; verb?: { grammar?: { tense?: string } } }>;
  for (const verb of verbs) {
    if (verb.verb?.grammar?.tense !== 'FutureTense') continue;
    // Its text without the punctuation the tagger keeps beside it ("will not allow," → "will not allow").
    const words = verb.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const start = sentence.indexOf(words);
    if (start >= 0 && words !== '') return { start, end: start + words.length };
  }
  return undefined;
}

function wordsAhead(sentence: string): { start: number; end: number } | undefined {
  const match = AHEAD_WORDS.exec(sentence);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}
