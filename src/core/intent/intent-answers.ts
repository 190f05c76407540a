import type { Answer } from '../answer/types.js';
import { isOnlyLinks } from '../answer/question-frame.js';
import type { CorpusDocument, DocumentSection } from '../corpus/types.js';
import { sectionLabel, withoutHeadingNumber } from '../summary/sections.js';
import type { Summary } from '../summary/types.js';
import { STOPWORDS } from '../text/stopwords.js';
import { isAcknowledgement, isComplaint, isFarewell, isMoreRequest, isThanks } from './acknowledgements.js';
import { asksAboutMaker } from './intent.js';

/** An answer without timings: the engine adds them. */
export type UntimedAnswer = Omit<Answer, 'timingsMs'>;

/**
 * A request for a summary, answered with the cited summary itself, saying what it summarises
 * (which article and section) and keeping the summary's note: in a corpus of several articles,
 * "tl;dr" summarises one of them, and the reader must be told which and that there are others.
 */
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
    summaryOf: {
      docId: summary.docId,
      docTitle: summary.docTitle,
      section: summary.section ? (summary.section.title ?? 'Introduction') : null,
      ...(summary.note ? { note: summary.note } : {}),
    },
  };
}

/**
 * What a summary answer says it is, for the line before it: "a summary of the article", or of
 * the section asked for ("sum up section 3"), so a reader knows which part they are reading.
 */
export function summaryLabel(summaryOf: UntimedAnswer['summaryOf']): string {
  return summaryOf?.section ? `a summary of the section "${summaryOf.section}"` : 'a summary of the article';
}

/** The words of a phrase worth matching against a title: lowercase, no function words. */
function keyWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\d]+/gu) ?? []).filter((word) => word.length > 1 && !STOPWORDS.has(word));
}

/**
 * The one section whose title holds every key word of a topic, each as the start of a title
 * word ("nato" in "…new NATO members", "demand" in "…the three demands"), or undefined when no
 * section or several do. Whole words only: "us" is not in "Russia".
 */
export function sectionTitled(documents: readonly CorpusDocument[], topic: string): { document: CorpusDocument; section: DocumentSection } | undefined {
  const wanted = keyWords(topic);
  if (wanted.length === 0) return undefined;
  const matches = documents.flatMap((document) =>
    document.sections
      .filter((section) => section.title !== null)
      .filter((section) => {
        const titleWords = keyWords(withoutHeadingNumber(sectionLabel(section)));
        return wanted.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
      })
      .map((section) => ({ document, section })),
  );
  return matches.length === 1 ? matches[0] : undefined;
}

/** "summarize the part about bananas" in an article that never names them: said plainly, with the parts it has. */
export function nothingAboutAnswer(question: string, topic: string, documents: readonly CorpusDocument[]): UntimedAnswer {
  const titled = documents.length === 1 ? (documents[0]?.sections ?? []).filter((section) => section.title !== null) : [];
  const parts = titled.length > 0 ? ` Its sections are: ${titled.map((section) => `${section.number}. ${withoutHeadingNumber(sectionLabel(section))}`).join('; ')}.` : '';
  return {
    question,
    intent: 'summary',
    answer: `The article has no part about "${topic}": none of its passages uses those words.${parts}`,
    abstained: true,
    abstentionReason: 'no-terms',
    citations: [],
    highlights: [],
    mode: 'extractive',
  };
}

/**
 * How to use the bot, naming what it has read: the reply to "hi", "help" or "what can you do?".
 * Thanks ("ty", "thanks!") get "You're welcome!" and a line inviting the next question; "ok",
 * "lol" or "bye" only a line.
 */
export function helpAnswer(question: string, documents: readonly CorpusDocument[]): UntimedAnswer {
  const titles = documents.slice(0, 3).map((document) => `"${document.title}"`);
  const more = documents.length > 3 ? ` and ${documents.length - 3} more` : '';
  const subject = documents.length === 1 ? `the article ${titles[0]}` : `${documents.length} articles (${titles.join(', ')}${more})`;
  const short = isOnlyLinks(question)
    ? `I don't open links, so I can't tell what that page says. I answer questions about ${subject}: ask in words what you'd like to know. ` +
      'To ask about a web page, it has to be added as an article first (/article add in Discord, article-qa add on the command line).'
    : isFarewell(question)
    ? `Bye! Ask me about ${subject} whenever you like.`
    : isComplaint(question)
    ? `Sorry about that. I can only quote what ${documents.length === 1 ? 'the article says' : 'the articles say'}, and I may have picked the wrong sentence: ` +
      'try asking again in other words, or with a word the article uses, and check the numbered source of each quote.'
    : isAcknowledgement(question)
      ? // Thanks come after an answer, from a member who has seen how to ask: the whole usage note
        // again after each "ty" was noise (a blind probe of 30 conversations, forty-second session).
        `${isThanks(question) ? "You're welcome! " : ''}Anything else you'd like to know? Ask me about ${subject} in your own words.`
      : undefined;
  return {
    question,
    intent: 'help',
    answer:
      short ??
      `${isMoreRequest(question) ? 'More about what? Ask me something first.' : asksAboutMaker(question) ? "I'm article-qa, an open-source program (not a person) run by whoever set me up here." : 'Hi!'} I answer questions about ${subject}. Ask in your own words, for example "who led the talks?" or ` +
      '"what did they agree on?", and I quote the sentences that answer it, each with a numbered source you can check. ' +
      "When the article doesn't say, I tell you so rather than guess. Ask for a summary (\"tl;dr\", \"sum it up\") to get the gist, " +
      'or "where does the article get its information?" for the sources it names.',
    abstained: false,
    citations: [],
    highlights: [],
    mode: 'extractive',
  };
}
