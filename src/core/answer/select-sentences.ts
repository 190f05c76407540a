import { cosine } from '../embedding/embedder.js';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import type { AnswerTuning } from './tuning.js';

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
