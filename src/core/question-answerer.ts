import type { Logger } from 'pino';
import { combineAnswers } from './answer/combine-answers.js';
import { readAfterEarlierPart } from './conversation/later-part.js';
import { ExtractiveAnswerer, type ExtractiveResult } from './answer/extractive-answerer.js';
import { correctedPremiseAnswer, premiseQuestion } from './answer/premise-check.js';
import { asksAboutTopic, asksWhetherMentioned, withoutLinks } from './answer/question-frame.js';
import type { AnswerTuning } from './answer/tuning.js';
import { isTentative } from './answer/tentative.js';
import type { Answer } from './answer/types.js';
import type { AskOptions } from './engine-types.js';
import { UserError } from './errors.js';
import { extractiveAnswer, type AnswerProgress } from './generation/generated-answerer.js';
import type { TextGenerator } from './generation/language-model-writer.js';
import type { UntimedAnswer } from './intent/intent-answers.js';
import { reproduces } from './intent/quoted-lines.js';
import { leansOnEarlier } from './intent/split-questions.js';
import type { HybridRetriever, RetrievalResult } from './retrieval/hybrid-retriever.js';
import { withoutSentences } from './retrieval/without-sentences.js';
import { roundScore } from './scores.js';
import { unreadableLetters } from './text/script.js';
import { isNumberTerm } from './text/terms.js';

/** The reply to a question the engine cannot read for its alphabet. */
export const ASK_IN_ENGLISH = 'Please ask in English: I can only read questions in the alphabet the article is written in.';

/** What one question is answered against: the snapshot's retriever and its corpus's share of Latin letters. */
export interface AnswerSource {
  retriever: HybridRetriever;
  /** Counted on demand: only a question whose names stay unreadable after mending needs it. */
  latinShare: () => number;
}

/**
 * Answers questions of fact: retrieval, the extractive answer and, when a language model is
 * configured, the generated one. The engine routes a message here once it knows it is a question
 * (not small talk or a summary request) and which index snapshot it reads; this class owns what
 * happens from there, so the engine stays a router.
 */
export class QuestionAnswerer {
  private readonly extractive: ExtractiveAnswerer;

  constructor(
    private readonly k: number,
    private readonly tuning: AnswerTuning,
    private readonly logger: Logger,
    /** Optional language model; the extractive answer is the default and every fallback. */
    private readonly generator?: TextGenerator,
  ) {
    this.extractive = new ExtractiveAnswerer(tuning);
  }

  /**
   * Runs one question through retrieval and the extractive answerer and drops the result, so the
   * first real question does not pay for compiling the hot code. Never calls a language model.
   */
  async warmUp(retriever: HybridRetriever): Promise<void> {
    this.extractive.answer(await retriever.retrieve('What does the article say about it?', this.k));
  }

  /** Each question of a message that asked several, combined into one answer. */
  async answerParts(source: AnswerSource, clean: string, parts: readonly string[], started: number, options: AskOptions): Promise<Answer> {
    const answered: Array<{ question: string; answer: Answer }> = [];
    // A follow-up's message as written holds every part: a model is asked each part as it stands.
    const { conversation: _message, ...perPart } = options;
    // One after another: a language model is asked once per part, and drafts are not streamed. A
    // part that leans on the one before ("… and how long did it last?") is read as its follow-up,
    // and the reading shown as a corrected question is.
    let earlier: { asked: string; answer: Answer } | undefined;
    for (const part of parts) {
      const asked = earlier && leansOnEarlier(part) ? await readAfterEarlierPart(part, earlier) : part;
      const answer = await this.answer(source, asked, performance.now(), {}, perPart);
      answered.push({ question: part, answer: asked !== part && answer.correctedQuestion === undefined ? { ...answer, correctedQuestion: asked } : answer });
      earlier = { asked, answer };
    }
    const total = roundScore(performance.now() - started);
    const sum = (pick: (timings: Answer['timingsMs']) => number): number => roundScore(answered.reduce((value, part) => value + pick(part.answer.timingsMs), 0));
    const combined = combineAnswers(clean, answered.map(({ question, answer: { timingsMs: _timings, ...answer } }) => ({ question, answer })));
    return { ...combined, timingsMs: { retrieve: sum((timings) => timings.retrieve), compose: sum((timings) => timings.compose), total } };
  }

  /** Retrieval, the extractive answer and, when configured, the generated one. */
  async answer(source: AnswerSource, clean: string, started: number, progress: AnswerProgress, options: AskOptions): Promise<Answer> {
    const intent = 'question' as const;
    const retrieve = (explained: readonly string[]): Promise<RetrievalResult> =>
      source.retriever.retrieve(clean, this.k, 'hybrid', {
        ...(options.retrievalPrior ? { prior: options.retrievalPrior } : {}),
        ...(explained.length > 0 ? { explained } : {}),
      });
    const shown = options.alreadyShown ?? [];
    let whole = await retrieve(shown);
    // The sentence a member quoted is theirs already; to "why?" about it, the reason the article gives comes first.
    const quoted = quotedSentences(whole, options.quoted);
    if (quoted.length > 0 && whole.question.type === 'why') whole = await retrieve([...shown, ...quoted]);
    const fresh = withoutSentences(whole, [...shown, ...quoted]);
    // A name in another alphabet that the slip mender could not spell as the article does, and that
    // outweighs the English around it by its letters, leaves a question nothing can match: refused
    // as one in another alphabet is ("who is Столтенберг" is mended to "Stoltenberg" and answered).
    if (unreadableLetters(withoutLinks(fresh.question.text), source.latinShare())) throw new UserError('question-language', ASK_IN_ENGLISH);
    const retrieved = performance.now();
    // "is georgia mentioned?" and "tell me more" want what the article says on the topic: anything
    // related will do, not a sentence that answers a question of fact. "why?" after an answer wants
    // an answer still, and when nothing new passes, it may be among the sentences already shown.
    const why = fresh.question.type === 'why';
    // A topic named alone ("troops") is read so when the corpus holds every word of it, or none
    // ("nord stream 2", said never to be mentioned); with some words it holds and some it does not
    // ("russia sanctions impact"), it is asked as a question, which may still be answered.
    // A number in it counts for neither: "nord stream 2" is a name the article never writes, though
    // it writes "two" ("the two countries' representatives", quoted for it at 0.16).
    const words = fresh.question.terms.filter((term) => !isNumberTerm(term));
    const known = words.filter((term) => fresh.statistics.has(term)).length;
    const topic = asksAboutTopic(clean) && words.length > 0 && (known === 0 || known === words.length);
    const bar = options.alreadyShown?.length && !why ? 'related' : asksWhetherMentioned(clean) || topic ? 'mention' : 'answer';
    let retrieval = fresh;
    let extractive = this.extractive.answer(fresh, bar);
    if (extractive.abstained && why && options.alreadyShown?.length) {
      retrieval = whole;
      extractive = this.extractive.answer(whole, bar);
    }
    // "so the talks were in Vienna, right?": the article never mentions Vienna, but says where they were.
    if (!this.generator && bar === 'answer' && extractive.decision.reason === 'unmentioned-name') {
      extractive = await this.withPremiseChecked(source, retrieval, extractive, options);
    }
    const result = this.generator
      ? await this.generator.answer(clean, retrieval, extractive, progress, options.conversation)
      : extractiveAnswer(extractive);
    const finished = performance.now();
    this.logger.debug({ question: clean, decision: extractive.decision, mode: result.mode }, 'answered');
    const abstentionReason = result.abstentionReason ?? (extractive.decision.abstain ? extractive.decision.reason : undefined);
    // Quotes for a question of fact that the model is unsure of are said to be so. A generated
    // answer is the language model's own call, and "tell me more" or "is X mentioned?" ask only
    // for what the article says on a topic.
    const tentative = isTentative(result.abstained, result.mode, bar, extractive.decision.confidence, this.tuning);
    const answer: UntimedAnswer = {
      question: clean,
      ...(retrieval.mended ? { correctedQuestion: retrieval.question.text } : {}),
      intent,
      answer: result.answer,
      abstained: result.abstained,
      confidence: roundScore(extractive.decision.confidence),
      ...(tentative ? { tentative } : {}),
      ...(result.abstained && abstentionReason ? { abstentionReason } : {}),
      ...(extractive.saidInstead ? { saidInstead: extractive.saidInstead } : {}),
      citations: result.citations,
      highlights: result.highlights,
      mode: result.mode,
      ...(result.model ? { model: result.model } : {}),
    };
    return {
      ...answer,
      timingsMs: {
        retrieve: roundScore(retrieved - started),
        compose: roundScore(finished - retrieved),
        total: roundScore(finished - started),
      },
    };
  }

  /**
   * A claim or yes/no question about a name the article never mentions, asked again with the name
   * left open (premise-check.ts): when the article answers that, the reply still says the name is
   * never mentioned, and quotes what it says in its place. The question as asked stays unanswered
   * (`abstained`, `unmentioned-name`), and the quotes come from the passages cited.
   */
  private async withPremiseChecked(source: AnswerSource, retrieval: RetrievalResult, refused: ExtractiveResult, options: AskOptions): Promise<ExtractiveResult> {
    const unmentioned = retrieval.unmentioned ?? [];
    const reopened = premiseQuestion(retrieval.question.text, unmentioned);
    if (reopened === undefined) return refused;
    const again = await source.retriever.retrieve(reopened, this.k, 'hybrid', options.retrievalPrior ? { prior: options.retrievalPrior } : {});
    const answered = this.extractive.answer(again, 'answer');
    if (answered.abstained) return refused;
    return { ...refused, ...correctedPremiseAnswer(unmentioned, answered), saidInstead: unmentioned };
  }
}

/**
 * The candidate sentences a member's quotation reproduces (quoted-lines.ts), none when nothing was
 * quoted or the question asks who: "> … / who said this?" may be answered by the very sentence.
 */
function quotedSentences(retrieval: RetrievalResult, quotation: string | undefined): string[] {
  if (quotation === undefined || retrieval.question.type === 'who') return [];
  return retrieval.sentences.filter((sentence) => reproduces(quotation, sentence.candidate.text)).map((sentence) => sentence.candidate.text);
}
