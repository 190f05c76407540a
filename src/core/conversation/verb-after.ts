/**
 * The verb a subject pronoun goes with, found past modals, adverbs and helping verbs: what it
 * tells of the pronoun ("how long did it last" is an event, "why do they want it" someone who
 * acts) is read in reference-edits.ts and joint-reference.ts.
 */
import { BE } from './question-form.js';
import type { TextAnalysis } from './text-analysis.js';

/** Words between a subject pronoun and its verb: modals, "not" and adverbs ("they would never accept"). */
const BEFORE_VERB = new Set([
  'will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'not', 'never', 'really', 'also', 'still', 'ever', 'even', 'actually', 'just', 'already', 'now', 'then',
]);
/** Words that, with "to", only put the verb after them in the future: "going to", "about to". */
const FUTURE = new Set(['going', 'about']);
/** Forms of "do" that stress a verb after them. */
const EMPHATIC_DO = new Set(['do', 'does', 'did']);
/** Forms of "be" and "have" that only help a verb after them ("they have accepted", "it was rejected"). */
const HELPING = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'have', 'has', 'had']);

/**
 * A verb, or an "-ing" form after a helping verb, which the tagger may take for a noun ("they were
 * still negotiating").
 */
function verbLike(token: TextAnalysis['tokens'][number] | undefined): boolean {
  return token !== undefined && (token.tags.has('Verb') || /^\p{L}{2,}ing$/u.test(token.lower));
}

/**
 * The verb a subject pronoun at `index` goes with, and whether it is passive: "they would accept"
 * → accept; "is it feared to …", "it was rejected" → feared / rejected, passive.
 */
export function verbAfter(analysis: TextAnalysis, index: number): { verb: string; at: number; passive: boolean } {
  const { tokens } = analysis;
  let be = BE.has(tokens[index - 1]?.lower ?? '');
  let at = index + 1;
  for (;;) {
    const word = tokens[at]?.lower ?? '';
    // A modal the tagger knows, in any spelling chat gives it: "won't", "wont", "can't", "wouldn't".
    if (BEFORE_VERB.has(word) || tokens[at]?.tags.has('Modal') === true) at += 1;
    // "if they do attack": "do" only stresses the verb after it.
    else if (EMPHATIC_DO.has(word) && tokens[at + 1]?.tags.has('Verb') === true) at += 1;
    // "it is going to invade", "they're about to sign": the verb is the one after "to".
    else if (FUTURE.has(word) && tokens[at + 1]?.lower === 'to' && tokens[at + 2]?.tags.has('Verb') === true) at += 2;
    // "they were still negotiating", "it has already been rejected": an adverb after the helping verb.
    else if (HELPING.has(word) && (verbLike(tokens[at + 1]) || (BEFORE_VERB.has(tokens[at + 1]?.lower ?? '') && verbLike(tokens[at + 2])))) {
      be = be || (BE.has(word) || word === 'be' || word === 'been' || word === 'being');
      at += 1;
    } else break;
  }
  const verb = tokens[at];
  const participle = verb !== undefined && (verb.tags.has('Participle') || verb.tags.has('PastTense') || /ed$/.test(verb.lower));
  return { verb: verb?.lower ?? '', at, passive: be && participle };
}
