/**
 * What a member says before the question proper ("sorry if dumb question but what …", "i'm
 * confused, what …", "so i read it and what …"): words around the question that ask nothing of
 * the article. The framing words of question-frame.ts are the common ones; this catches the
 * rest by what they are not: nothing the corpus says, and no name or number.
 */
import { QUESTION_WORD_PATTERN } from '../text/question-words.js';
import { isContentTerm, stem, tokenize } from '../text/terms.js';
import { askedNames } from './unmentioned-names.js';

/**
 * A question that opens with its verb or its question word has no lead-in: also as chat writes
 * them ("whos the leader and what did he say", "isnt it …").
 */
const OPENS_A_QUESTION =
  /^(?:(?:who|what|when|where|why|how)(?:['’]?(?:s|re|d|ll))?|whom|whose|which|(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|wo|ca)(?:n['’]?t)?|am|shall|may|might|must)\b/i;
/** "in what year", "to whom", "during which war": the question word's own preposition. */
const PREPOSITION =
  /\b(?:in|at|on|during|for|from|to|by|with|of|between|after|before|since|until|about|under|over|into|through|among|against|within|without|like|than|as|per|via)\s*$/i;
/** A word that may follow a question word closing the message ("… said what exactly?"). */
const CLOSING_WORD = /^(?:exactly|again|then|now|tho|though|specifically)$/i;
/** A lead-in longer than this is more than a lead-in. */
const MAX_WORDS = 8;

/**
 * The question from its first question word on, when what comes before it holds no word the
 * corpus uses (`corpusUses`, by stem), no name and no number, and no preposition of the
 * question word's own; otherwise the question as it is. `asCorpusWrites` gives the words as the
 * corpus writes them: "an open door" says what the corpus does only as its "open-door", which
 * the keyword index keeps whole ("something about an open door, what was that about?" had been
 * read as "what was that about").
 */
export function withoutLeadIn(question: string, corpusUses: (term: string) => boolean, asCorpusWrites: (text: string) => string = (text) => text): string {
  const text = question.trimStart();
  if (OPENS_A_QUESTION.test(text)) return question;
  const at = QUESTION_WORD_PATTERN.exec(text)?.index;
  if (at === undefined || at === 0) return question;
  // A question word that closes the message asks about what comes before it ("stoltenburg said
  // what", "russia wants what exactly?"): that is the question, not a lead-in to it.
  const after = text.slice(at).match(/\p{L}+/gu) ?? [];
  if (after.length === 1 || (after.length === 2 && CLOSING_WORD.test(after[1] ?? ''))) return question;
  const before = text.slice(0, at);
  const words = before.match(/\p{L}[\p{L}'’]*/gu) ?? [];
  if (words.length === 0 || words.length > MAX_WORDS || PREPOSITION.test(before)) return question;
  if (/\d/.test(before) || askedNames(before).length > 0) return question;
  const says = tokenize(asCorpusWrites(before)).some((token) => isContentTerm(token.term) && corpusUses(stem(token.term)));
  return says ? question : text.slice(at);
}
