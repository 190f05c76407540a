import { answerSummaryRequest, type SummaryRequestContext } from './answer-summary-request.js';
import type { Answer } from './answer/types.js';
import type { IndexSnapshots } from './engine-snapshots.js';
import type { AskOptions } from './engine-types.js';
import { UserError } from './errors.js';
import type { AnswerProgress } from './generation/generated-answerer.js';
import { intentReading } from './intent/intent.js';
import { summaryRequest } from './intent/summary-request.js';
import { helpAnswer } from './intent/intent-answers.js';
import { outlineRequest } from './intent/outline-request.js';
import { outlineAnswer } from './outline/outline-answer.js';
import { sourcesAnswer } from './sources/sources-answer.js';
import { peopleRequest } from './intent/people-request.js';
import { peopleAnswer } from './people/people-answer.js';
import { outlookRequest } from './intent/outlook-request.js';
import { outlookAnswer } from './outlook/outlook-answer.js';
import { splitQuestions } from './intent/split-questions.js';
import { standsOnItsOwn, withoutContextBefore } from './intent/context-before-question.js';
import type { QuotedMessage } from './intent/quoted-lines.js';
import type { QuestionAnswerer } from './question-answerer.js';
import type { QuestionChecks } from './question-checks.js';
import { roundScore } from './scores.js';

/** What the engine lends a question: its snapshots, checks, answerer and summary context. */
export interface AskContext {
  snapshots: IndexSnapshots;
  checks: QuestionChecks;
  answerer: QuestionAnswerer;
  summaryRequests: SummaryRequestContext;
}

/**
 * The body of `QaEngine.ask` once the question has passed its checks (`clean`): small talk
 * and summary requests are told apart first, then a question in another language than the
 * article's is refused, and one holding several questions is answered part by part.
 */
export async function answerCheckedQuestion(
  context: AskContext,
  clean: string,
  started: number,
  progress: AnswerProgress,
  options: AskOptions,
  quotation?: QuotedMessage,
): Promise<Answer> {
  const { snapshots, checks, answerer } = context;
  // "Sorry if this is a dumb question, I'm not into politics. Who is Russia meeting next?": the
  // question is read without the statements before it when it says on its own what it asks, and
  // without those after it ("which outlets does it cite? need to cite sources").
  const question = withoutContextBefore(clean);
  // What the member says about a quotation is what they ask ("> …" / "tl;dr?" asks for the summary).
  const reading = intentReading(quotation?.said ?? question);
  const intent = reading.intent;
  if (intent !== 'question') {
    // Small talk as the patterns read it: "thanksss" as "thanks".
    const said = reading.text;
    // "tl;dr", "sources?" or "hi" is not a question the article answers: summarise, list the
    // article's sources, or say how to use the bot.
    const asked = intent === 'summary' ? summaryRequest(said) : undefined;
    // The answer keeps the message as typed: reading "thanksss" as "thanks" is no guess to show.
    if (asked) return { ...(await answerSummaryRequest(context.summaryRequests, said, asked, started, options)), question: clean };
    // "which outlets does it cite?": the sources the article names, each cited where it names them.
    // "what's the headline?", "what are the sections?": read from the file, each cited.
    const outline = intent === 'outline' ? outlineRequest(said) : undefined;
    // "who is mentioned in the article?", "which nato official is named?": the people it names, each cited.
    const people = intent === 'people' ? peopleRequest(said) : undefined;
    // "what's next?", "what's next for nato?": what the article says is to come, each cited.
    const outlook = intent === 'outlook' ? outlookRequest(said) : undefined;
    const answer =
      intent === 'sources'
        ? sourcesAnswer(said, snapshots.latest.index)
        : people
          ? await peopleAnswer(said, people, snapshots.latest.index)
          : outlook
            ? await outlookAnswer(said, outlook, snapshots.latest.index)
            : outline
              ? outlineAnswer(said, outline, snapshots.latest.index)
              : helpAnswer(said, snapshots.latest.index.documents);
    const total = roundScore(performance.now() - started);
    return { ...answer, question: clean, timingsMs: { retrieve: 0, compose: total, total } };
  }
  return snapshots.reading(async (snapshot) => {
    // Asked here, after small talk and summary requests ("hi", "tl;dr") have been told apart.
    const refusal = await checks.languageRefusal(snapshot, clean);
    if (refusal !== undefined) throw new UserError('question-language', refusal);
    const asked = quotation ? aboutQuotation(quotation) : question;
    // A language model reads the message as written, context and all; retrieval reads what it asks.
    const written = asked !== clean && options.conversation === undefined ? { ...options, conversation: { asked: clean, earlier: [] } } : options;
    const quoted = quotation ? { ...written, quoted: quotation.quoted } : written;
    const parts = splitQuestions(asked);
    if (parts.length > 1) return answerer.answerParts(snapshots.source(snapshot), clean, parts, started, quoted);
    const answer = await answerer.answer(snapshots.source(snapshot), asked, started, progress, quoted);
    return asked === clean ? answer : { ...answer, question: clean };
  });
}

/**
 * What is asked about a quotation: the member's question alone when it says on its own what it
 * asks, as after other context; else the question read after the quotation, which its "that" or
 * "why so long?" leans on.
 */
function aboutQuotation({ quoted, said }: QuotedMessage): string {
  return standsOnItsOwn(said) ? said : `${quoted} ${said}`;
}
