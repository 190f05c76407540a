import { normalizeRequest, WANT_TO_KNOW } from './request-wording.js';

// Questions about the article's own outline: its title ("what's the headline?", "what is the
// article called?") and its sections ("what are the sections?", "what parts does it have?").
// The bot knows both from the file it read, and the answer model cannot find them: a title is
// no sentence, and "Nothing in it is about this question" was the reply.

/** What a message asks of the article's outline. */
export type OutlineAsk = 'title' | 'sections';

/** The article, named as such: "it" alone could be anything a conversation was about. */
const ARTICLE = "(?:the|this|that|the whole|this whole) (?:article|story|piece|report|text|news story|news article|post|document)(?:'s)?";
/** "the" or "its" before what is asked, or "the article's". */
const OWNER = `(?:(?:the|its|their|${ARTICLE}) )?`;
/** A request or question around it: "tell me", "do you know", "i wanna know". */
const ASKED_IN = `(?:(?:tell me|show me|give me|do you know|${WANT_TO_KNOW}|what's|whats|what is|what was|what are|what were|which are|list|name) )`;
/** Words that name an article's title and nothing else here; "name" only with the article named. */
const TITLE_WORDS = '(?:title|headline)';
/** Words that name an article's sections whatever follows; "parts", "outline", "structure" only with the article named. */
const SECTION_WORDS = '(?:sections|section titles|section headings|headings|subheadings|chapters|table of contents)';
const ARTICLE_PARTS = '(?:parts|contents|outline|structure)';

const TITLE_QUESTIONS: readonly RegExp[] = [
  // "what's the title", "what is the headline of the article", "tell me the article's title", "title?"
  new RegExp(`^${ASKED_IN}?${OWNER}(?:article |story )?${TITLE_WORDS}(?: of ${ARTICLE}| of it)?$`),
  // "what's the name of the article", "the article's name"
  new RegExp(`^${ASKED_IN}?(?:the )?(?:name of ${ARTICLE}|${ARTICLE} name|article name)$`),
  // "what is the article called", "what's this story titled"
  new RegExp(`^(?:what|whats|what's)(?: is| was|'s)? ${ARTICLE} (?:called|titled|named)$`),
  // "what title does the article have", "what headline did it run under"
  new RegExp(`^(?:what|which) (?:title|headline) (?:does|did) (?:${ARTICLE}|it) (?:have|carry|use|run under)$`),
];

const SECTION_QUESTIONS: readonly RegExp[] = [
  // "what are the sections", "list the article's sections", "table of contents?", "what are its headings"
  new RegExp(`^${ASKED_IN}?${OWNER}${SECTION_WORDS}(?: (?:of|in) (?:${ARTICLE}|it))?$`),
  // "what are the parts of the article", "the article's structure"
  new RegExp(`^${ASKED_IN}?(?:(?:the|its) ${ARTICLE_PARTS} (?:of|in) ${ARTICLE}|${ARTICLE} ${ARTICLE_PARTS}|its ${ARTICLE_PARTS})$`),
  // "what sections does the article have", "how many parts does it have", "which sections are there"
  new RegExp(`^(?:what|which|how many) (?:${SECTION_WORDS}|${ARTICLE_PARTS}) (?:does|did) (?:${ARTICLE}|it) (?:have|contain|include|consist of|have in it)$`),
  new RegExp(`^(?:what|which|how many) ${SECTION_WORDS} (?:are|were) there$`),
  new RegExp(`^(?:what|which|how many) (?:${SECTION_WORDS}|${ARTICLE_PARTS}) (?:are|were) (?:in ${ARTICLE}|in it)$`),
  // "how is the article organised", "how is it structured"
  new RegExp(`^how (?:is|was) (?:${ARTICLE}|it) (?:organi[sz]ed|structured|laid out|divided|split up|split)$`),
];

/**
 * What a message asks of the article's outline, or undefined. The patterns match the whole
 * message, so "what is the title of the proposal", "what was ryabkov's title" and "which
 * section talks about nato" stay questions about the article's content.
 */
export function outlineRequest(text: string): OutlineAsk | undefined {
  // "ok, and what is title of it?": a follow-up's "and" or "also" asks the same.
  const request = normalizeRequest(text).replace(/^(?:(?:and|also|so|then|ok|okay)\s+)+/, '');
  if (TITLE_QUESTIONS.some((pattern) => pattern.test(request))) return 'title';
  if (SECTION_QUESTIONS.some((pattern) => pattern.test(request))) return 'sections';
  return undefined;
}
