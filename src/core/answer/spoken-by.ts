import type { RetrievalResult, ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { scoredAmong } from '../retrieval/without-sentences.js';

/**
 * For a question that asks what someone said ("what did Ryabkov say about the talks", "how did
 * Sherman describe the talk"), the sentences in which that speaker speaks, in the retriever's
 * order; undefined when the question asks no speaker or no candidate has them speak.
 *
 * What a speaker said is the asked kind of such a question, as a date is of a when-question: the
 * sentences that report it rarely repeat the question's other words ("about the talks"), so the
 * answer model scores them low (Ryabkov's quotes at 0.07), and the sentence it prefers names the
 * speaker without their words ("The head of the Russian delegation was … Sergei Ryabkov"), which
 * the speaker check then turns into "doesn't say". Answered from these sentences alone, they need
 * only be related to the question (`relatedFloor`), as a follow-up's are.
 */
export function spokenBy(retrieval: Pick<RetrievalResult, 'sentences' | 'speakerNamedIn'>): ScoredSentence[] | undefined {
  const speaker = retrieval.speakerNamedIn;
  if (!speaker || speaker.size === 0) return undefined;
  const spoken = retrieval.sentences.filter((sentence) => speaker.has(sentence.candidate.key));
  if (spoken.length === 0) return undefined;
  // Judged among themselves too, and each keeps the higher score: against a best that is not the
  // speaker's, "what did the us say about the missiles demand" had scored "But some US officials
  // have said they are willing to see restrictions on … missile deployments …" 0.006, under the
  // floor, for the list of demands (0.19). Among themselves alone, a speaker's sentences lose the
  // confidence a sentence naming them lends ("what did sherman tell the russians" fell under it).
  const among = new Map(scoredAmong(retrieval.sentences, spoken).map((sentence) => [sentence.candidate.key, sentence.probability]));
  return spoken
    .map((sentence) => ({ ...sentence, probability: Math.max(sentence.probability, among.get(sentence.candidate.key) ?? 0) }))
    .sort((a, b) => b.probability - a.probability || a.candidate.start - b.candidate.start);
}
