import { cosine } from '../embedding/embedder.js';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import type { AnswerTuning } from './tuning.js';
import { asksOutlet, carriers, typeSpans } from './sentence-cues.js';
import { enumerationIn } from '../text/enumeration.js';
import { isContentTerm, normalizeTerm, stem, tokenize } from '../text/terms.js';

/** Characters a sentence adds to the answer, with its marker and separating space. */
const answerLength = (sentence: ScoredSentence): number => sentence.candidate.text.length + 5;

/**
 * Picks the most probable sentence, then up to `maxSentences - 1` companions that are nearly as
 * probable and say something the chosen ones do not. Companions come from the best sentence's own
 * article: in a corpus of several, a sentence of another story is no context for this answer, and
 * the ratio lets weak ones through when the best is itself unsure. Takes sentences best first;
 * returns them best first.
 */
export function selectSentences(
  ranked: readonly ScoredSentence[],
  options: Pick<AnswerTuning, 'maxSentences' | 'companionRatio' | 'redundancy' | 'maxChars'>,
): ScoredSentence[] {
  const best = ranked[0];
  if (!best) return [];
  const chosen: ScoredSentence[] = [best];
  let length = answerLength(best);
  for (const candidate of ranked.slice(1)) {
    if (chosen.length >= options.maxSentences) break;
    if (candidate.probability < best.probability * options.companionRatio) break;
    if (candidate.candidate.passage.docId !== best.candidate.passage.docId) continue;
    if (length + answerLength(candidate) > options.maxChars) continue;
    if (chosen.some((picked) => cosine(picked.vector, candidate.vector) > options.redundancy)) continue;
    chosen.push(candidate);
    length += answerLength(candidate);
  }
  return chosen;
}

/**
 * The order an answer reads in: the best sentence first (the answer itself), then the companions
 * that follow it in its article, then the others, each group as in the source (by document, then
 * position). A quotation the best sentence opens ('Ryabkov said "unfortunately …') so goes on
 * with its next sentence, instead of around an earlier one.
 */
export function readingOrder(chosen: readonly ScoredSentence[]): ScoredSentence[] {
  const [best, ...companions] = chosen;
  if (!best) return [];
  const follows = (sentence: ScoredSentence): boolean =>
    sentence.candidate.passage.docId === best.candidate.passage.docId && sentence.candidate.start > best.candidate.start;
  const inSource = (a: ScoredSentence, b: ScoredSentence): number =>
    a.candidate.passage.docId.localeCompare(b.candidate.passage.docId) || a.candidate.start - b.candidate.start;
  return [best, ...companions.filter(follows).sort(inSource), ...companions.filter((sentence) => !follows(sentence)).sort(inSource)];
}

/**
 * A sentence that opens by pointing at a person or people it does not name ("He appointed …",
 * "According to him, …"), or at what the sentence before says ("That's because NATO will not
 * allow itself to be dictated by Moscow.", "This means …", "As a result, …"): read alone, it does
 * not say what it is about.
 */
const POINTS_BACK =
  /^\W*(?:(?:he|she|they|his|her|their|according to (?:him|her|them)|(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:because|why|the reason)|(?:that|this)\s+(?:means|meant)|because of (?:this|that)|for (?:this|that) reason)\b|as a result,)/i;

/**
 * A "sentence" that is the clause of the one before it, cut off by a full stop: "There is some
 * fear from US allies in Europe. That the current tensions … would cost Moscow too big a prize."
 * A "That" followed by an article, a possessive or a subject pronoun opens a clause; "That's
 * because …", "That plan failed" and "That Monday, …" point back with a sentence of their own.
 */
const CLAUSE_OF_PREVIOUS = /^\W*that (?:the|a|an|his|her|their|its|our|this|these|those|such|he|she|they|we|it|there)\b/i;

/** Characters between two sentences that are next to each other: a space or a line break or two. */
export const ADJACENT = 4;

/** The first of `sentences` right before `best` in its document. */
function justBefore(best: ScoredSentence, sentences: readonly ScoredSentence[]): ScoredSentence | undefined {
  const { start } = best.candidate;
  return sentences.find((sentence) => sentence.candidate.passage.docId === best.candidate.passage.docId && sentence.candidate.end <= start && start - sentence.candidate.end <= ADJACENT);
}

/** The first of `sentences` right after `best` in its document. */
function justAfter(best: ScoredSentence, sentences: readonly ScoredSentence[]): ScoredSentence | undefined {
  const { end } = best.candidate;
  return sentences.find((sentence) => sentence.candidate.passage.docId === best.candidate.passage.docId && sentence.candidate.start >= end && sentence.candidate.start - end <= ADJACENT);
}

/** `extra`, when it is chosen already or fits in `maxChars` with the chosen sentences. */
function shownWith(chosen: readonly ScoredSentence[], extra: ScoredSentence, maxChars: number): ScoredSentence | undefined {
  if (chosen.includes(extra)) return extra;
  const length = [...chosen, extra].reduce((sum, sentence) => sum + answerLength(sentence), 0);
  return length <= maxChars ? extra : undefined;
}

/**
 * The sentence just before the best one, when the best opens with a pronoun for a person (or is
 * the cut-off clause of the one before) and the one before is among the candidates and fits in
 * `maxChars` with the rest: "He appointed Robert of Jumièges archbishop of Canterbury …" answers
 * "who made Robert of Jumièges archbishop" only with the sentence before it, which says who "he"
 * is. Shown before the best, also when it was chosen as a companion (which would read after it);
 * it decides nothing.
 */
export function antecedentOf(chosen: readonly ScoredSentence[], candidates: readonly ScoredSentence[], maxChars: number): ScoredSentence | undefined {
  const [best] = chosen;
  if (!best || !(POINTS_BACK.test(best.candidate.text) || CLAUSE_OF_PREVIOUS.test(best.candidate.text))) return undefined;
  const previous = justBefore(best, chosen) ?? justBefore(best, candidates);
  return previous && shownWith(chosen, previous, maxChars);
}

/**
 * The sentence just after the best one, when it is the best's clause cut off by a full stop, or
 * the list of what the best one counts (see listsWhatIsAnnounced), and is among the candidates and
 * fits in `maxChars` with the rest: "There is some fear from US allies in Europe." says what is
 * feared only in "That the current tensions … would cost Moscow too big a prize …". Shown right
 * after the best; it decides nothing.
 */
export function continuationOf(chosen: readonly ScoredSentence[], candidates: readonly ScoredSentence[], maxChars: number, itemsAsked = true): ScoredSentence | undefined {
  const [best] = chosen;
  if (!best || justAfter(best, chosen)) return undefined;
  const next = justAfter(best, candidates);
  if (!next) return undefined;
  const follows = CLAUSE_OF_PREVIOUS.test(next.candidate.text) || (itemsAsked && listsWhatIsAnnounced(best.candidate.text, next.candidate.text));
  return follows ? shownWith(chosen, next, maxChars) : undefined;
}

/** Words after an amount that may be what it counts: "three main demands", "4 young men". */
const COUNTED_WINDOW = 3;

/**
 * Whether `next` lists the things `announced` counts: "There are three main demands the Kremlin
 * put forward …" says what the demands are only in "The three demands are, NATO does not expand
 * …, NATO does not place …". Asked what Russia's three main demands were, the first had been
 * quoted alone (0.69), the list left out. The list's head must be a counted noun of the first.
 */
function listsWhatIsAnnounced(announced: string, next: string): boolean {
  const head = enumerationIn(next)?.head;
  if (!head) return false;
  const listed = stem(normalizeTerm(head));
  const tokens = tokenize(announced);
  return typeSpans('quantity', announced).some((amount) =>
    tokens
      .filter((token) => token.start >= amount.end)
      .slice(0, COUNTED_WINDOW)
      .some((token) => isContentTerm(token.term) && stem(token.term) === listed),
  );
}

/**
 * The chosen sentences as the answer shows them: the sentence that says who the best one's "he"
 * is (or whose clause it is) first, then the best, then the clause cut off from it, then the
 * other companions in reading order (see readingOrder). `itemsAsked` is false for a question that
 * asks when, where, who or why, which a list of what the best sentence counts does not answer.
 */
export function answerOrder(chosen: readonly ScoredSentence[], candidates: readonly ScoredSentence[], maxChars: number, itemsAsked = true): ScoredSentence[] {
  const antecedent = antecedentOf(chosen, candidates, maxChars);
  const continuation = continuationOf(chosen, candidates, maxChars, itemsAsked);
  const [best, ...rest] = readingOrder(chosen.filter((sentence) => sentence !== antecedent));
  if (!best) return [];
  return [...(antecedent ? [antecedent] : []), best, ...(continuation ? [continuation] : []), ...rest];
}

/**
 * For "who reported that the talks lasted eight hours", whose best sentence names no outlet: the
 * sentence just before it, when that one opens by naming where its words were carried ("Reported
 * by Al Jazeera, the diplomacy began …"), as news writes a paragraph's source once. Shown first,
 * with the outlet in bold; it decides nothing. Undefined for any other question, or when the best
 * names an outlet itself, or the sentence before is not among the candidates or would not fit.
 */
export function attributionBefore(chosen: readonly ScoredSentence[], candidates: readonly ScoredSentence[], question: string, maxChars: number): ScoredSentence | undefined {
  const [best] = chosen;
  if (!best || !asksOutlet(question) || carriers(best.candidate.text).length > 0) return undefined;
  const previous = justBefore(best, candidates);
  if (!previous || !/^\W*(?:reported by|according to)\s/i.test(previous.candidate.text) || carriers(previous.candidate.text).length === 0) return undefined;
  return shownWith(chosen, previous, maxChars);
}
