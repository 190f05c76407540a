/**
 * Everything about answers that is set rather than learned, in one place. The answer model
 * decides which sentence answers and how sure it is; these say how sure is sure enough, and how
 * an answer is put together. Config (`answer.*`) overrides them; its defaults come from here.
 */
export interface AnswerTuning {
  /**
   * The answer model's probability below which the engine says the article doesn't say.
   * Chosen by the rule in README ("How answers are found"): the best mean accuracy over the dev sets.
   */
  minConfidence: number;
  /** Sentences an answer may quote. */
  maxSentences: number;
  /**
   * A further sentence must be at least this share as probable as the best one (its score: odds
   * against the best under the ranker), and vouches for the answer's checks only when its own
   * pointwise probability is this share of the best's too (extractive-answerer.ts).
   */
  companionRatio: number;
  /** Sentences more similar than this (cosine) to one already chosen add nothing. */
  redundancy: number;
  /** Companions are added only while the answer stays under this many characters. */
  maxChars: number;
  /** Closest passages listed with a "doesn't say" answer, at most. */
  closestPassages: number;
  /**
   * A passage is listed as "closest" only when its best sentence is at least this probable: an
   * unrelated question ("how do I bake bread?") gets no list at all rather than noise. With a
   * language model configured, it is also the floor below which the model is not asked.
   */
  relatedFloor: number;
  /**
   * A passage holding at least this IDF share of the question's terms (of those the article uses
   * at all) is related too, whatever its sentences' probability: "how old is ryabkov" (0.023) is
   * about the passages that name Ryabkov, and a language model should read them.
   */
  relatedTermShare: number;
  /**
   * An answer whose confidence is under this is marked `tentative`, and front ends say so before
   * its quotes ("Not sure the article answers this directly; the closest it says:"). Chosen from
   * how often the best sentence is right at each confidence (docs/how-answers-are-found.md, step 5: "Unsure answers say so").
   */
  tentativeBelow: number;
}

export const DEFAULT_ANSWER_TUNING: AnswerTuning = {
  minConfidence: 0.1,
  maxSentences: 3,
  companionRatio: 0.05,
  redundancy: 0.9,
  maxChars: 650,
  closestPassages: 3,
  relatedFloor: 0.05,
  relatedTermShare: 0.5,
  tentativeBelow: 0.2,
};
