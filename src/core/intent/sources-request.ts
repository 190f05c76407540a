import { normalizeRequest, WANT_TO_KNOW } from './request-wording.js';

// Questions about where the article gets what it reports ("which news outlets does the article
// cite?", "where's this info from?"): the article's own sources, not a fact in it.

/** The article, however it is named; "it" and "this" are the article when nothing else is asked about. */
const ARTICLE =
  '(?:the (?:article|story|report|piece|news|text|author|writer|reporter|journalist)|this (?:article|story|report|piece|thing)|this|it|they)';
/** Where information comes from, in words that mean nothing else ("sources", "news outlets", "the press"). */
const SOURCES =
  '(?:(?:news |media |original |main |primary )?(?:sources?|outlets?|references?|citations?)|news (?:agencies|agency|organi[sz]ations?|sites?|websites?)|newspapers?|publications?|media|the press)';
/** The same, with words that are sources only after a verb of citing ("which agencies does it quote", not "which agencies are mentioned"). */
const CITED = `(?:${SOURCES}|agencies|papers|reports|organi[sz]ations|sites|websites)`;
/** Ways of naming a source. */
const CITES =
  '(?:cite|cites|quote|quotes|use|uses|mention|mentions|name|names|rely on|relies on|draw on|draws on|reference|references|refer to|refers to)';
/** What an article gets from its sources. */
const INFORMATION = '(?:info|information|facts|news|quotes|sources|data|story|stuff|numbers|reporting)';
/** The article's information, as the subject of "where does … come from" or the object of "the source of …". */
const ITS_INFORMATION = `(?:this|that|it|all this|all that|the article|the story|the news|the reporting|(?:the|this|its|the article's|this article's|the story's) ${INFORMATION}(?: in ${ARTICLE})?)`;
/** A question asked inside a request: "tell me where …", "i wanna know the sources", "does the article say where …". */
const ASKED_IN = `(?:(?:tell me|show me|do you know|${WANT_TO_KNOW}|does ${ARTICLE} say) )?`;
/** "the sources used in the article": a source noun's participle. */
const PARTICIPLE = '(?: (?:that |which )?(?:are |were )?(?:mentioned|used|cited|quoted|named|referenced))?';
/** What "where does … get" asks about: its information, or the article's "this". */
const GOTTEN = `(?:(?:(?:its|their|his|her|the|this|that|all this|all that|all the) )?${INFORMATION}|this|that|it|all this|all that|all of this)`;

const SOURCE_QUESTIONS: readonly RegExp[] = [
  // "what are the sources", "i wanna know the sources", "what's the source on this", "the sources used in the article", "any sources?",
  // "what are the sources the article cites"
  new RegExp(
    `^${ASKED_IN}(?:(?:what|which|who)(?:'s| is| are| were|s)? )?(?:the |its |their |the article's |the story's |any )?${SOURCES}(?:(?: (?:that|which))? ${ARTICLE} ${CITES}|${PARTICIPLE})(?: (?:for|of|on|behind|used in|cited in|quoted in|in) (?:${ARTICLE}|${ITS_INFORMATION}))?$`,
  ),
  // "is there a source for this", "got a source for that", "do you have a source on this"
  new RegExp(
    `^(?:is there|are there|got|you got|do you have|have you got) (?:a |any )?${SOURCES}(?: (?:for|of|on|behind) (?:any of )?(?:${ARTICLE}|${ITS_INFORMATION}))?$`,
  ),
  // "tell me what the sources are", "list the sources", "name the sources", "list the outlets the article cites", "cite your sources"
  new RegExp(
    `^(?:tell me|show me|give me|list|name)(?: (?:what|which))? (?:the |its |all the |the article's )?${SOURCES}(?: (?:are|were)|(?: (?:that|which))? ${ARTICLE} ${CITES}|${PARTICIPLE})(?: (?:for|of|behind|used in|cited in|in) ${ARTICLE})?$`,
  ),
  /^cite (?:your|its|the|their) sources$/,
  // "which news outlets does the article cite", "which agencies does it quote", "what outlets does it mention as sources"
  // "which news sites did they quote in this thing"
  // "which news outlets does the piece rely on for its quotes"
  // "which news sites did this article get its stuff from"
  new RegExp(
    `^(?:what|which) ${CITED} (?:does|did|do) ${ARTICLE} (?:${CITES}|(?:get|take|pull) ${GOTTEN} from)(?: as (?:its |their )?sources)?(?: for (?:its |their |the )?${INFORMATION})?(?: in ${ARTICLE})?$`,
  ),
  // "who does the article quote", "who are they citing"
  new RegExp(
    `^who (?:does|did) ${ARTICLE} (?:cite|quote|rely on|get (?:it|this|its information|its info) from)$`,
  ),
  new RegExp(`^who(?:'s| is| are|'re| was| were) ${ARTICLE} (?:citing|quoting|relying on)$`),
  // "what does the article cite as sources"
  new RegExp(`^what (?:does|did) ${ARTICLE} (?:cite|use|name|give) as (?:its |their )?${SOURCES}$`),
  // "what sources are cited in the article", "what agencies are quoted", "which newspapers are mentioned as sources"
  new RegExp(
    `^(?:what|which) ${CITED} (?:are|were|is|was|get|got) (?:cited|quoted|referenced)(?: as sources)?(?: (?:in|by) ${ARTICLE})?$`,
  ),
  new RegExp(
    `^(?:what|which) ${SOURCES} (?:are|were|is|was|get|got) (?:used|mentioned|named)(?: as sources)?(?: (?:in|by) ${ARTICLE})?$`,
  ),
  // "what outlets is this based on", "which sources is this article based on", "what is this article based on"
  new RegExp(`^(?:what|which)(?: ${CITED})? (?:is|are|was) ${ARTICLE} based on$`),
  // "where does the article get its information (from)", "where'd they get this info from", "where are they getting all this from", "where did you get this"
  new RegExp(
    `^${ASKED_IN}where(?:(?:'d| did| does| do) (?:${ARTICLE}|you|u) (?:get|find)| ${ARTICLE} (?:gets|got|finds|found)|(?:'s| is| are| was| were) (?:${ARTICLE}|you|u) getting) ${GOTTEN}(?: from)?$`,
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
  return isSourcesWording(normalizeRequest(text));
}

/** As {@link asksForSources}, for a request already read by `normalizeRequest`. */
export function isSourcesWording(request: string): boolean {
  return SOURCE_QUESTIONS.some((pattern) => pattern.test(request));
}
