import type { RetrievalResult } from '../retrieval/hybrid-retriever.js';
import type { ScoredSentence } from '../retrieval/hybrid-retriever.js';
import { decideAbstention, type AnswerDecision } from './abstention.js';
import { abstentionAnswer, composeAnswer, nothingToLookForAnswer, type ComposedAnswer } from './compose-answer.js';
import { answerOrder, attributionBefore, selectSentences } from './select-sentences.js';
import { DEFAULT_ANSWER_TUNING, type AnswerTuning } from './tuning.js';
import { indexTerms, isNumberTerm } from '../text/terms.js';
import { missingKind } from './type-evidence.js';
import { givesFullForm } from './unmentioned-names.js';
import type { QuestionType } from './question-type.js';
import { typeSpans } from './sentence-cues.js';
import { QUESTION_WORD_PATTERN } from '../text/question-words.js';
import { spokenBy } from './spoken-by.js';

/** An extractive answer with the evidence behind the decision. */
export interface ExtractiveResult extends ComposedAnswer {
  abstained: boolean;
  decision: AnswerDecision;
  /** The chosen sentences, best first (empty when abstaining). */
  chosen: ScoredSentence[];
  /**
   * Whether any retrieved passage is related to the question at all (its best sentence reaches
   * `relatedFloor`, or it holds `relatedTermShare` of the question's terms). A language model is
   * asked only then: otherwise there is nothing to read.
   */
  related: boolean;
  /** Names never mentioned whose place the answer says what the article says instead (see premise-check.ts). */
  saidInstead?: string[];
}

/** Whether a sentence holds every one of the question's (stemmed) content terms. */
function namesAll(sentence: string, terms: readonly string[]): boolean {
  const held = new Set(indexTerms(sentence));
  return terms.every((term) => held.has(term));
}

/**
 * Answers by quoting the 1–3 sentences that the answer model finds most probable, or says
 * plainly that the article does not say when even the best is below `minConfidence`. Never
 * invents a word.
 */
export class ExtractiveAnswerer {
  constructor(private readonly tuning: AnswerTuning = DEFAULT_ANSWER_TUNING) {}

  /**
   * `bar` is what the best sentence must reach: `answer` (`minConfidence`) for a question;
   * `related` (`relatedFloor`) when more is asked about what was just answered ("tell me more"),
   * which wants what else the article says on it rather than another answer.
   */
  answer(retrieval: RetrievalResult, bar: 'answer' | 'related' | 'mention' = 'answer'): ExtractiveResult {
    // "what did Ryabkov say …" is answered from the sentences in which Ryabkov speaks (spoken-by.ts).
    const spoken = bar === 'answer' ? spokenBy(retrieval) : undefined;
    // "what does OSCE stand for", read as "what is OSCE?", is answered from the sentences that spell
    // it out; one about the OSCE that does not is no answer, and with none the article gives no full form.
    const expansion = bar === 'answer' && !spoken ? retrieval.expansion : undefined;
    const spelledOut = expansion === undefined ? undefined : retrieval.sentences.filter((sentence) => givesFullForm(expansion, sentence.candidate.text));
    const spelled = spelledOut !== undefined && spelledOut.length > 0;
    const ranked = spoken ?? (spelled ? spelledOut : retrieval.sentences);
    // Their words need only be related to the question, and any of them answers "what did X say"
    // alone, as any sentence that spells it out answers "what does X stand for".
    const minConfidence = spelled || (spoken && retrieval.speakerOnly) ? 0 : bar === 'answer' && !spoken ? this.tuning.minConfidence : this.tuning.relatedFloor;
    let decision = decideAbstention(retrieval.question, ranked[0], { minConfidence });
    // "is france mentioned?" is answered only by a sentence that names France: at the related
    // floor, a sentence about something else can otherwise pass.
    const best = retrieval.sentences[0];
    const chosen = decision.abstain ? [] : selectSentences(ranked, this.tuning);
    // "when …" is answered only by sentences that say something about time, "how many …" by ones
    // that could state an amount: an answer none of whose sentences does is no answer.
    // The checks read the best sentence and the companions the answer model finds likely on their
    // own: the ranker admits a companion by its odds against the best, which a date or a number
    // raises, and a companion admitted for that alone must not vouch for the answer.
    const vouching = chosen.filter((sentence, index) => index === 0 || (sentence.pointwise ?? sentence.probability) >= (chosen[0]?.probability ?? 0) * this.tuning.companionRatio);
    const missing = bar === 'answer' && chosen.length > 0 ? missingKind(retrieval.question.text, vouching.map((sentence) => sentence.candidate.text), retrieval.question.type) : undefined;
    if (missing) decision = { abstain: true, reason: missing, confidence: decision.confidence };
    // "what did Obama say about the letter" is not answered by sentences that never name Obama,
    // nor follow one that does, however much else they share with it.
    const speaker = retrieval.speakerNamedIn;
    if (bar === 'answer' && speaker && chosen.length > 0 && !decision.abstain && !vouching.some((sentence) => speaker.has(sentence.candidate.key))) {
      decision = { abstain: true, reason: 'speaker-not-named', confidence: decision.confidence };
    }
    if (spelledOut !== undefined && !spelled && !decision.abstain) decision = { abstain: true, reason: 'no-expansion', confidence: decision.confidence };
    // The sentence that names it all may be a companion of the best: "russias demands" is best
    // matched by "There are three main demands the Kremlin put forward …", and "The three demands
    // are, NATO does not … bordering Russia …" names Russia (it had heard "not mentioned").
    // Or one the ranker left out that the answer model finds likely on its own: "the new members"
    // was best ranked by sentences under the heading "… acceptance of new NATO members", none of
    // which names them, and heard "not mentioned" beside "… a policy of accepting new members" (0.82).
    // Only for a topic of two words or more: one word ("plans" for "plan B", whose "B" is no term)
    // is too little to name it by.
    const namesTopic = (sentence: ScoredSentence): boolean => namesAll(sentence.candidate.text, retrieval.question.terms);
    const likely = (sentence: ScoredSentence): boolean => (sentence.pointwise ?? sentence.probability) >= this.tuning.minConfidence;
    const naming =
      bar === 'mention' && !decision.abstain
        ? (chosen.find(namesTopic) ?? (retrieval.question.terms.length >= 2 ? ranked.find((sentence) => likely(sentence) && namesTopic(sentence)) : undefined))
        : undefined;
    if (bar === 'mention' && !decision.abstain && best && naming === undefined) {
      decision = { abstain: true, reason: 'not-mentioned', confidence: decision.confidence };
    }
    // A question about a place, person or number the corpus never names is not answered by a sentence
    // that shares its other words ("what time is it in tokyo"). After "tell me more" the topic
    // is what was just answered, so there it does not apply.
    const named = bar === 'related' ? [] : (retrieval.unmentioned ?? []);
    // "is zelensky mentioned?" asks about the words it names, whatever their case: when the corpus
    // holds none of them (and none was mended from a slip), say so by name.
    const { question: asked } = retrieval;
    const mentioned = bar === 'mention' ? mentionedThing(asked.text) : undefined;
    const neverNamed = mentioned !== undefined && named.length === 0 && !retrieval.mended && asked.terms.some((term) => !isNumberTerm(term)) && !asked.terms.some((term) => !isNumberTerm(term) && retrieval.statistics.has(term));
    const unmentioned = neverNamed && mentioned !== undefined ? [mentioned] : named;
    if (unmentioned.length > 0 && decision.reason !== 'no-terms') {
      decision = { abstain: true, reason: 'unmentioned-name', confidence: decision.confidence };
    }
    // Related: a sentence the model finds likely enough, or a passage holding most of what the question names.
    const closest = retrieval.results.filter((result) => result.score >= this.tuning.relatedFloor || (result.termShare ?? 0) >= this.tuning.relatedTermShare);
    const related = closest.length > 0 && retrieval.question.terms.length > 0;
    if (decision.abstain && decision.reason === 'no-terms') return { ...nothingToLookForAnswer(), abstained: true, decision, chosen: [], related };
    if (decision.abstain) {
      const never = decision.reason === 'unmentioned-name' ? unmentioned : [];
      // "what did putin say after the talks": the article names him, and has him say nothing of it.
      const silent = decision.reason === 'speaker-not-named' ? retrieval.speaker : undefined;
      return { ...abstentionAnswer(closest.slice(0, this.tuning.closestPassages), never, silent), abstained: true, decision, chosen: [], related };
    }
    // "He appointed …" is shown after the sentence that says who he is.
    // "There is some fear from US allies in Europe." goes on with its clause, "That the current …".
    // "who reported that …": the sentence before, which names the outlet, first and in bold.
    const attribution = attributionBefore(chosen, retrieval.sentences, retrieval.question.text, this.tuning.maxChars);
    // "what were russia's three main demands": "There are three main demands …" goes on with their list.
    const itemsAsked = !['when', 'where', 'who', 'why'].includes(retrieval.question.type);
    const led = bar === 'answer' ? ledByTheAskedKind(chosen, retrieval.question, ranked) : naming !== undefined ? [naming, ...chosen.filter((sentence) => sentence !== naming)] : chosen;
    const inOrder = answerOrder(attribution ? led.filter((sentence) => sentence !== attribution) : led, retrieval.sentences, this.tuning.maxChars, itemsAsked);
    const ordered = attribution ? [attribution, ...inOrder] : inOrder;
    const composed = composeAnswer(ordered, { primary: attribution ?? led[0], question: retrieval.question, maxChars: this.tuning.maxChars, namesCounted: retrieval.namesCounted });
    return { ...composed, abstained: false, decision, chosen, related };
  }
}

/**
 * The chosen sentences with the first that states what a when- or how-many question asks for
 * (or an amount, for a claim that states one) leading, when the best does not: "what figure does the piece give for russian troops" is best
 * matched by "The buildup of Russian troops near … the Ukrainian border …", which gives no
 * figure, and "… amassed about 100,000 troops …" came last. The order of the rest is kept.
 */
function ledByTheAskedKind(chosen: readonly ScoredSentence[], question: { text: string; type: QuestionType }, ranked: readonly ScoredSentence[] = []): ScoredSentence[] {
  const [best] = chosen;
  if (!best) return [...chosen];
  // A claim that states an amount ("russia had like 10,000 troops near the border, yeah?") is
  // checked against the sentence that states one: "… amassed about 100,000 troops …" had come last.
  const claimsAmount = !QUESTION_WORD_PATTERN.test(question.text) && typeSpans('quantity', question.text).length > 0;
  const lacks = (text: string): boolean =>
    claimsAmount ? typeSpans('quantity', text).length === 0 : missingKind(question.text, [text], question.type) !== undefined;
  if (!lacks(best.candidate.text)) return [...chosen];
  const inKind = chosen.find((sentence) => !lacks(sentence.candidate.text));
  if (inKind) return [inKind, ...chosen.filter((sentence) => sentence !== inKind)];
  // A claim's figure with no chosen sentence stating one ("I read 200,000 Russian troops are near
  // the border", answered with "The buildup of Russian troops …" alone) is checked against the
  // article's own, when one of the best few candidates states an amount of what the claim names.
  const claimed = claimsAmount ? new Set(indexTerms(question.text).filter((term) => !/\d/.test(term))) : new Set<string>();
  const stated = ranked
    .slice(0, CLAIM_CHECK_DEPTH)
    .find((sentence) => !chosen.includes(sentence) && !lacks(sentence.candidate.text) && indexTerms(sentence.candidate.text).some((term) => claimed.has(term)));
  return stated ? [stated, ...chosen] : [...chosen];
}

/** How far down the candidates a claim's figure looks for the sentence that states the article's. */
const CLAIM_CHECK_DEPTH = 5;

/** A thing a reply can say is never mentioned: a few words, not a clause (no verb of its own). */
const MAX_THING_WORDS = 8;
const CLAUSE_VERB = /\b(?:is|are|was|were|be|been|being|am|might|would|could|should|will|can|may|must|shall|do|does|did|has|have|had)\b/i;

/**
 * What "is X mentioned?" asks about, as the reply names it: the words asked about, without an
 * opening "anything (about)" ("does it mention anything about zelensky" → "zelensky"); undefined
 * when that is a clause, not a thing ("anything the Americans might be open to", which "it never
 * mentions" would misquote as a name).
 */
export function mentionedThing(asked: string): string | undefined {
  const thing = asked
    .trim()
    .replace(/[?!.]+$/, '')
    .replace(/^(?:anything|something|everything|any|anyone|anybody)\s+(?:(?:about|on|regarding|of)\s+)?/i, '')
    .trim();
  const words = thing.split(/\s+/).filter((word) => word !== '');
  return words.length > 0 && words.length <= MAX_THING_WORDS && !CLAUSE_VERB.test(thing) ? thing : undefined;
}
