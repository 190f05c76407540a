import { ORDINAL_PLACES } from '../text/ordinals.js';
import { normalizeRequest, WANT_TO_KNOW } from './request-wording.js';

// Questions about the article's own outline: its title ("what's the headline?", "what is the
// article called?") and its sections ("what are the sections?", "what parts does it have?").
// The bot knows both from the file it read, and the answer model cannot find them: a title is
// no sentence, and "Nothing in it is about this question" was the reply.

/**
 * What a message asks of the article's outline: its title, its sections, one section's heading by
 * its place (1-based; −1 for the last), or how it opens or ends.
 */
export type OutlineAsk = 'title' | 'sections' | 'opening' | 'ending' | { section: number };

/** The article, named as such: "it" alone could be anything a conversation was about. */
const ARTICLE = "(?:the|this|that|the whole|this whole) (?:article|story|piece|report|text|news story|news article|post|document)(?:'s)?";
/** "the" or "its" before what is asked, or "the article's". */
const OWNER = `(?:(?:the|its|their|${ARTICLE}) )?`;
/** A request or question around it: "tell me", "do you know", "i wanna know". */
const ASKED_IN = `(?:(?:tell me|show me|give me|do you know|${WANT_TO_KNOW}|what's|whats|what is|what was|what are|what were|which are|list|name) )`;
/** Words that name an article's title and nothing else here; "name" only with the article named. */
const TITLE_WORDS = '(?:title|headline)';
/** Words that name an article's sections whatever follows; "parts", "outline", "structure" only with the article named. */
const SECTION_WORDS = '(?:(?:main|different|major|key|various) )?(?:sections|section titles|section headings|headings|subheadings|chapters|table of contents)';
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
 * "how does the article start?", "how does it end", "what's the first paragraph", "what is the
 * article's last sentence": how the text itself opens or closes, which no sentence says of itself
 * (a blind probe's "how does it start?" heard "Nothing in it is about this question"). "it" only
 * with "does": "how did it end" asks how the events ended.
 */
const OPENING_QUESTIONS: readonly RegExp[] = [
  new RegExp(`^how (?:does|do) (?:${ARTICLE}|it) (?:start|begin|open|kick off)$`),
  new RegExp(`^${ASKED_IN}?(?:the |its |${ARTICLE} )?(?:first|opening|1st) (?:line|lines|sentence|sentences|paragraph)(?: of ${ARTICLE}| of it)?$`),
];
const ENDING_QUESTIONS: readonly RegExp[] = [
  new RegExp(`^how (?:does|do) (?:${ARTICLE}|it) (?:end|finish|close|conclude|wrap up)$`),
  new RegExp(`^${ASKED_IN}?(?:the |its |${ARTICLE} )?(?:last|final|closing|concluding) (?:line|lines|sentence|sentences|paragraph)(?: of ${ARTICLE}| of it)?$`),
];

/** A section's place, as a digit or an ordinal word: "2", "second", "2nd", "last". */
const PLACE = `(\\d{1,2}|${ORDINAL_PLACES.map(([word]) => word).join('|')})`;
/** Words for a section's heading. */
const HEADING_WORDS = '(?:heading|title|headline|name|subheading|header)';
const SECTION = '(?:section|part|chapter)';

/**
 * One section's heading asked for by its place: "what is the heading of section 2", "what's the
 * title of the second section", "what does the heading of the second numbered section say", "what
 * is section 2 called". The first group of each is the place. Not "what does section 2 say", which
 * asks for what it says (a summary of it).
 */
const SECTION_HEADING_QUESTIONS: readonly RegExp[] = [
  new RegExp(`^${ASKED_IN}?(?:the )?${HEADING_WORDS} of (?:${SECTION} ${PLACE}|the ${PLACE} (?:numbered )?${SECTION})(?: of ${ARTICLE}| in ${ARTICLE})?$`),
  new RegExp(`^what (?:does|did) the ${HEADING_WORDS} of (?:${SECTION} ${PLACE}|the ${PLACE} (?:numbered )?${SECTION})(?: of ${ARTICLE})? say$`),
  new RegExp(`^(?:what|whats|what's)(?: is| was|'s)? (?:${SECTION} ${PLACE}|the ${PLACE} (?:numbered )?${SECTION})(?: of ${ARTICLE})? (?:called|titled|named|headed)$`),
  new RegExp(`^(?:${SECTION} ${PLACE}|the ${PLACE} ${SECTION}) ${HEADING_WORDS}$`),
];

/** A place as the outline answer reads it: 2 for "2", "second" or "2nd"; −1 for "last". */
function placeOf(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  return ORDINAL_PLACES.find(([ordinal]) => ordinal === word)?.[1];
}

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
  if (OPENING_QUESTIONS.some((pattern) => pattern.test(request))) return 'opening';
  if (ENDING_QUESTIONS.some((pattern) => pattern.test(request))) return 'ending';
  for (const pattern of SECTION_HEADING_QUESTIONS) {
    const match = pattern.exec(request);
    const place = match ? placeOf(match[1] ?? match[2] ?? '') : undefined;
    if (place !== undefined) return { section: place };
  }
  return undefined;
}
