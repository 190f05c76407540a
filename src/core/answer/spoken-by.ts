import type { RetrievalResult, ScoredSentence } from '../retrieval/hybrid-retriever.js';

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
  return spoken.length > 0 ? spoken : undefined;
}
