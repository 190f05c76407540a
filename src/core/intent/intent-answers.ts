import type { Answer } from '../answer/types.js';
import type { CorpusDocument } from '../corpus/types.js';
import type { Summary } from '../summary/types.js';
import { isAcknowledgement, isFarewell, isMoreRequest, isThanks } from './intent.js';

/** An answer without timings: the engine adds them. */
export type UntimedAnswer = Omit<Answer, 'timingsMs'>;

/** A request for a summary, answered with the cited summary itself. */
export function summaryAnswer(question: string, summary: Summary): UntimedAnswer {
  return {
    question,
    intent: 'summary',
    answer: summary.summary,
    abstained: false,
    citations: summary.citations,
    highlights: [],
    mode: summary.mode,
    ...(summary.model ? { model: summary.model } : {}),
  };
}

/**
 * How to use the bot, naming what it has read: the reply to "hi", "help" or "what can you do?".
 * Thanks get an acknowledgement first instead of a greeting; "ok", "lol" or "bye" only a line.
 */
export function helpAnswer(question: string, documents: readonly CorpusDocument[]): UntimedAnswer {
  const titles = documents.slice(0, 3).map((document) => `"${document.title}"`);
  const more = documents.length > 3 ? ` and ${documents.length - 3} more` : '';
  const subject = documents.length === 1 ? `the article ${titles[0]}` : `${documents.length} articles (${titles.join(', ')}${more})`;
  const short = isFarewell(question)
    ? `Bye! Ask me about ${subject} whenever you like.`
    : isAcknowledgement(question) && !isThanks(question)
      ? `Anything else you'd like to know? Ask me about ${subject} in your own words.`
      : undefined;
  return {
    question,
    intent: 'help',
    answer:
      short ??
      `${isThanks(question) ? "You're welcome!" : isMoreRequest(question) ? 'More about what? Ask me something first.' : 'Hi!'} I answer questions about ${subject}. Ask in your own words, for example "who led the talks?" or ` +
      '"what did they agree on?", and I quote the sentences that answer it, each with a numbered source you can check. ' +
      "When the article doesn't say, I tell you so rather than guess. Ask for a summary (\"tl;dr\", \"sum it up\") to get the gist.",
    abstained: false,
    citations: [],
    highlights: [],
    mode: 'extractive',
  };
}
