import { normalizeRequest } from './request-wording.js';

// Questions about where the article gets what it reports ("which news outlets does the article
// cite?", "where's this info from?"): the article's own sources, not a fact in it.

/** The article, however it is named; "it" and "this" are the article when nothing else is asked about. */
const ARTICLE =
  '(?:the (?:article|story|report|piece|news|text|author|writer|reporter|journalist)|this (?:article|story|report|piece)|this|it|they)';
/** Where information comes from. */
const SOURCES =
  '(?:(?:news |media |original |main |primary )?(?:sources?|outlets?|agencies|agency|newspapers?|papers|publications?|references?|citations?)|media|the press)';
/** Ways of naming a source. */
const CITES =
  '(?:cite|cites|quote|quotes|use|uses|mention|mentions|name|names|rely on|relies on|draw on|draws on|reference|references|refer to|refers to|get (?:it|its information|its info) from)';
/** What an article gets from its sources. */
const INFORMATION = '(?:info|information|facts|news|quotes|sources|data|story|stuff|numbers)';

const SOURCE_QUESTIONS: readonly RegExp[] = [
  // "what are the sources", "what are the article's sources", "who are the sources for this article", "sources?"
  new RegExp(
    `^(?:(?:what|which|who)(?:'s| is| are| were|s)? )?(?:the |its |their |the article's |the story's )?${SOURCES}(?: (?:for|of|behind|used in|cited in|quoted in|in) ${ARTICLE})?$`,
  ),
  // "tell me what the sources are", "list the sources", "show me the article's sources"
  new RegExp(
    `^(?:tell me|show me|give me|list)(?: (?:what|which))? (?:the |its |all the |the article's )?${SOURCES}(?: (?:are|were))?(?: (?:for|of|behind|used in|cited in|in) ${ARTICLE})?$`,
  ),
  // "which news outlets does the article cite", "what sources does it use", "who does the article quote"
  new RegExp(`^(?:what|which) ${SOURCES} (?:does|did|do) ${ARTICLE} ${CITES}$`),
  new RegExp(`^who (?:does|did) ${ARTICLE} (?:cite|quote|rely on|get (?:it|its information|its info) from)$`),
  // "what sources are cited in the article", "which outlets were quoted"
  new RegExp(
    `^(?:what|which) ${SOURCES} (?:are|were|is|was|get|got) (?:cited|quoted|used|mentioned|named|referenced)(?: (?:in|by) ${ARTICLE})?$`,
  ),
  // "where does the article get its information (from)", "where did they get this info"
  new RegExp(
    `^where (?:does|did|do) ${ARTICLE} get (?:its |their |his |her |the |this |that |all this |all that )?${INFORMATION}(?: from)?$`,
  ),
  // "where's this from", "where does this info come from", "where is the article getting this"
  new RegExp(
    `^where(?:'s| is| does| did|s) (?:this|that|it|all this|the article|the story|the info|the information|this info|this information|this news|the news)(?: info| information)? (?:come from|coming from|from|sourced from|getting (?:this|it|its information|its info)(?: from)?)$`,
  ),
  // "does the article cite any sources", "does it name its sources"
  new RegExp(
    `^(?:does|did) ${ARTICLE} (?:cite|name|give|list|have|quote|mention|say|use) (?:any |its |their |the )?${SOURCES}$`,
  ),
];

/**
 * Whether a message asks where the article's information comes from ("which news outlets does
 * the article cite?", "where does it get its info?", "sources?"). The patterns match the whole
 * message, so "who reported that ryabkov said it" or "what did the sources say about the
 * troops" stay questions about the article's content.
 */
export function asksForSources(text: string): boolean {
  const request = normalizeRequest(text);
  return SOURCE_QUESTIONS.some((pattern) => pattern.test(request));
}
