import type { Answer } from '../answer/types.js';
import { splitSentences } from '../text/sentences.js';
import { contentTerms } from '../text/terms.js';
import { answerItems } from '../text/enumeration.js';
import { answerReferents } from './answer-referents.js';
import { turnReferents } from './referents.js';
import { analyseText, spanText } from './text-analysis.js';
import type { ConversationTurn, Referent } from './types.js';

const MARKER = /\s*\[\d+\]/g;

/**
 * Whether a question asks for names ("who …", "which countries …"): then the names its answer gives
 * are what "the second one" picks from. After "what are russia's demands", they are not: the
 * second name of an answer about demands is not the second demand.
 */
function asksForNames(question: string): boolean {
  return /^\s*(?:who|whom|whose|which)\b/i.test(question);
}

/** The names an answer gives, in the order it gives them: a list for "the second one" when it has no other. */
function namesInOrder(sentences: readonly string[]): string[] {
  const names: string[] = [];
  for (const sentence of sentences) {
    const analysis = analyseText(sentence);
    for (const span of analysis.names) {
      const text = spanText(analysis, span).replace(/[’']s$/, '');
      if (!names.some((name) => name.toLowerCase() === text.toLowerCase())) names.push(text);
    }
  }
  return names;
}

/**
 * The names the passages an answer cites give, in the sentences that hold a word of the question:
 * what the article says the question's names are, when the answer's own sentences do not say.
 * "how old is ryabkov" is not answered, but the closest passages name "Deputy Foreign Minister
 * Sergei Ryabkov", so the next "what's his position" means him; without them "ryabkov" was a
 * thing, which "his" cannot stand for. The closest passages of a "doesn't say" are still no
 * evidence: these only tell what the question's own names are (`known`), and add no referent.
 */
function namesInCitedPassages(question: string, answer: Answer): Referent[] {
  const clues = new Set(contentTerms(question));
  if (clues.size === 0) return [];
  const sentences = answer.citations
    .flatMap((citation) => splitSentences(citation.text).map((sentence) => sentence.text))
    .filter((sentence) => contentTerms(sentence).some((term) => clues.has(term)));
  return answerReferents(sentences, []);
}

/**
 * What a conversation keeps of one question and its answer: the answer's sentences (without
 * [n] markers), the passages it cited, what later questions can refer to, and any list in it. An
 * answer that says the article doesn't say keeps no sentences or passages: its closest passages
 * are not evidence, and nothing in it should pull later questions back. Nor does the how-to reply
 * to small talk.
 */
export function buildTurn(
  input: { question: string; resolvedQuestion: string; answer: Answer; askedAt: number; antecedents?: readonly Referent[] },
  earlier: readonly ConversationTurn[],
): ConversationTurn {
  const { answer } = input;
  // The how-to reply to "thanks!" or "hi" names the article, not anything said in it: a later
  // "why?" must reach past it to the exchange before.
  const fromArticle = !answer.abstained && answer.intent !== 'help';
  const answerSentences = fromArticle
    ? splitSentences(answer.answer.replace(MARKER, '')).map((sentence) => sentence.text)
    : [];
  const highlights = !fromArticle
    ? []
    : answer.highlights.map((span) => answer.answer.slice(span.start, span.end).replace(MARKER, ''));
  // A summary is of the article: "who is the main person in it" means in the article, not "in a summary".
  const question = answer.intent === 'summary' ? 'what is the article about' : input.resolvedQuestion;
  const known = earlier.flatMap((turn) => turn.referents);
  const articleNames = answer.intent === 'question' ? namesInCitedPassages(question, answer) : [];
  // Small talk names nothing: "ty" is thanks, not a person "he" could be.
  const referents =
    answer.intent === 'help'
      ? []
      : turnReferents({ question, answerSentences, highlights, antecedents: input.antecedents ?? [] }, [...known, ...articleNames]);
  const listed = answerItems(answerSentences);
  const names = asksForNames(input.resolvedQuestion) ? namesInOrder(answerSentences) : [];
  // "which one was in geneva" (or "which of the three stages …") picks from the list being talked
  // about, and "the second one" after it still means that list's second, not the answer's second name.
  const picking = /^\s*(?:and\s+)?which\s+(?:one|ones|of)\b/i;
  const talkedAbout = picking.test(input.resolvedQuestion) || picking.test(input.question) ? ([...earlier].reverse().find((turn) => turn.items.length >= 2)?.items ?? []) : undefined;
  return {
    question: input.question,
    resolvedQuestion: input.resolvedQuestion,
    intent: answer.intent,
    answerSentences,
    abstained: answer.abstained,
    passageIds: fromArticle ? answer.citations.map((citation) => citation.chunkId) : [],
    referents,
    items: listed.length >= 2 ? listed : talkedAbout ?? (names.length >= 2 ? names : []),
    askedAt: input.askedAt,
  };
}
