import { normalizeRequest } from './request-wording.js';

// Questions about where the article gets what it reports ("which news outlets does the article
// cite?", "where's this info from?"): the article's own sources, not a fact in it.

/** The article, however it is named; "it" and "this" are the article when nothing else is asked about. */
const ARTICLE =
  '(?:the (?:article|story|report|piece|news|text|author|writer|reporter|journalist)|this (?:article|story|report|piece)|this|it|they)';
/** Where information comes from, in words that mean nothing else ("sources", "news outlets", "the press"). */
const SOURCES =
  '(?:(?:news |media |original |main |primary )?(?:sources?|outlets?|references?|citations?)|news (?:agencies|agency|organi[sz]ations?)|newspapers?|publications?|media|the press)';
/** The same, with words that are sources only after a verb of citing ("which agencies does it quote", not "which agencies are mentioned"). */
const CITED = `(?:${SOURCES}|agencies|papers|reports|organi[sz]ations)`;
/** Ways of naming a source. */
const CITES =
  '(?:cite|cites|quote|quotes|use|uses|mention|mentions|name|names|rely on|relies on|draw on|draws on|reference|references|refer to|refers to)';
/** What an article gets from its sources. */
const INFORMATION = '(?:info|information|facts|news|quotes|sources|data|story|stuff|numbers|reporting)';
/** The article's information, as the subject of "where does … come from" or the object of "the source of …". */
const ITS_INFORMATION = `(?:this|that|it|all this|all that|the article|the story|the news|the reporting|(?:the|this|its|the article's|this article's|the story's) ${INFORMATION}(?: in ${ARTICLE})?)`;
/** A question asked inside a request: "tell me where …", "does the article say where …". */
const ASKED_IN = `(?:(?:tell me|show me|do you know|does ${ARTICLE} say) )?`;

const SOURCE_QUESTIONS: readonly RegExp[] = [
  // "what are the sources", "what are the article's sources", "what's the source of this info", "any sources?"
  new RegExp(
    `^(?:(?:what|which|who)(?:'s| is| are| were|s)? )?(?:the |its |their |the article's |the story's |any )?${SOURCES}(?: (?:for|of|behind|used in|cited in|quoted in|in) (?:${ARTICLE}|${ITS_INFORMATION}))?$`,
  ),
  // "tell me what the sources are", "list the sources", "list the outlets the article cites", "cite your sources"
  new RegExp(
    `^(?:tell me|show me|give me|list)(?: (?:what|which))? (?:the |its |all the |the article's )?${SOURCES}(?: (?:are|were)|(?: (?:that|which))? ${ARTICLE} ${CITES})?(?: (?:for|of|behind|used in|cited in|in) ${ARTICLE})?$`,
  ),
  /^cite (?:your|its|the|their) sources$/,
  // "which news outlets does the article cite", "which agencies does it quote", "who does the article quote"
  new RegExp(`^(?:what|which) ${CITED} (?:does|did|do) ${ARTICLE} ${CITES}$`),
  new RegExp(
    `^who (?:does|did) ${ARTICLE} (?:cite|quote|rely on|get (?:it|this|its information|its info) from)$`,
  ),
  // "what does the article cite as sources"
  new RegExp(`^what (?:does|did) ${ARTICLE} (?:cite|use|name|give) as (?:its |their )?${SOURCES}$`),
  // "what sources are cited in the article", "which newspapers are mentioned as sources"
  new RegExp(
    `^(?:what|which) ${SOURCES} (?:are|were|is|was|get|got) (?:cited|quoted|used|mentioned|named|referenced)(?: as sources)?(?: (?:in|by) ${ARTICLE})?$`,
  ),
  // "what outlets is this based on", "what is this article based on"
  new RegExp(`^what(?: ${CITED})? (?:is|are|was) ${ARTICLE} based on$`),
  // "where does the article get its information (from)", "tell me where it gets its facts", "where did they get this from"
  new RegExp(
    `^${ASKED_IN}where (?:(?:does|did|do) ${ARTICLE} (?:get|find)|${ARTICLE} (?:gets|got|finds|found)|(?:is|was) ${ARTICLE} getting) (?:its |their |his |her |the |this |that |all this |all that )?(?:${INFORMATION}|this|that|it)(?: from)?$`,
  ),
  // "where's this from", "where does this info come from", "tell me where the info in the article comes from"
  new RegExp(
    `^${ASKED_IN}where(?:'s| is| does| did|s)? ${ITS_INFORMATION} (?:come from|comes from|came from|coming from|from|sourced from)$`,
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
