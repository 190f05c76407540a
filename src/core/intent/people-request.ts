import { normalizeRequest } from './request-wording.js';

// Questions about who the article names ("who is mentioned in the article?", "which people are
// quoted?", "which nato official is named?"): a list of its people, not one fact. Asked as a
// question, "mentioned" and "quoted" matched Ryabkov's "the three areas that I have mentioned".

/**
 * A request for the people the article names; `side` narrows it ("nato", "russian", "bbc"), and
 * `quoted` to those it quotes ("which people are quoted?").
 */
export interface PeopleRequest {
  side?: string;
  quoted?: true;
}

/** Words that ask whom the article quotes, not whom it names. */
const QUOTING = /\b(?:quoted|quote|quotes|cited|cite|cites|interviewed)\b/;

/** The article, however it is named. */
const ARTICLE = '(?:the (?:article|story|report|piece|text)|this (?:article|story|report|piece)|it)';
/** Naming someone, as a participle: "mentioned", "quoted". */
const NAMED = '(?:mentioned|named|quoted|cited|featured|referenced|talked about)';
/** Naming someone, as a verb after "does the article …". */
const NAMES = '(?:mention|name|quote|cite|feature|reference|talk about)';
/** The people, as a noun. */
const PEOPLE = '(?:people|persons|names|individuals|figures|players|officials|personalities|characters)';
/** A kind of person a side may have: "which nato official", "what russian diplomats". */
const KIND =
  '(?:person|people|official|officials|diplomat|diplomats|leader|leaders|politician|politicians|journalist|journalists|correspondent|correspondents|reporter|reporters|negotiator|negotiators|minister|ministers|representative|representatives)';
/** Where, if anywhere, the naming is said to be: "in the article", "by the story". */
const WHERE = `(?: (?:in|by) ${ARTICLE})?`;
/** The verb "be", in any tense and number, as chat writes it. */
const BE = "(?:is|are|was|were|gets|get|got|'s|s)";

const PATTERNS: readonly RegExp[] = [
  // "who is mentioned in the article", "who's quoted", "which people are named", "who gets mentioned"
  new RegExp(`^(?:who(?:'s|s)?|which ${PEOPLE}|what ${PEOPLE})(?: ${BE})? ${NAMED}${WHERE}$`),
  new RegExp(`^who(?:'s| is| are) (?:mentioned|named|quoted) ${ARTICLE}$`),
  // "who does the article mention", "which people does it quote"
  new RegExp(`^(?:who|which ${PEOPLE}|what ${PEOPLE}) (?:does|did) ${ARTICLE} ${NAMES}$`),
  // "who's in the article", "who is in this story", "who appears in the article"
  new RegExp(`^who(?:'s| is| are|s)? in ${ARTICLE}$`),
  new RegExp(`^who (?:appears|shows up) in ${ARTICLE}$`),
  // "who are the people in the article", "who are the key players", "who are the main people mentioned"
  new RegExp(`^(?:who|what|which) (?:are|were) the (?:main |key |important |major )?${PEOPLE}(?: ${NAMED}| involved)?${WHERE}$`),
  // "list the people", "name the people mentioned", "give me the names in the article"
  new RegExp(`^(?:list|name|tell me|give me|show me)(?: all)?(?: of)? (?:the |all the )?(?:main |key |important )?${PEOPLE}(?: ${NAMED}| in ${ARTICLE})?${WHERE}$`),
];

/** "which nato official is mentioned", "what russian diplomats does the article quote": a side, then a kind of person. */
const OF_A_SIDE: readonly RegExp[] = [
  new RegExp(`^(?:which|what) (?:([\\p{L}\\p{N}-]+(?: [\\p{L}\\p{N}-]+)?) )?${KIND}(?: ${BE})? ${NAMED}${WHERE}$`, 'u'),
  new RegExp(`^(?:which|what) (?:([\\p{L}\\p{N}-]+(?: [\\p{L}\\p{N}-]+)?) )?${KIND} (?:does|did) ${ARTICLE} ${NAMES}$`, 'u'),
];

/**
 * The request a message makes for the people the article names, or undefined. The patterns
 * match the whole message, so "who is quoted saying there are big differences" and "who led the
 * russian side" stay questions about the article's content.
 */
export function peopleRequest(text: string): PeopleRequest | undefined {
  const request = normalizeRequest(text);
  const quoted = QUOTING.test(request) ? { quoted: true as const } : {};
  if (PATTERNS.some((pattern) => pattern.test(request))) return quoted;
  for (const pattern of OF_A_SIDE) {
    const match = pattern.exec(request);
    if (!match) continue;
    const side = match[1];
    // "which other officials", "what key people": words that say which, not whose.
    return side === undefined || /^(?:other|main|key|important|major|the|any|all|some)$/.test(side) ? quoted : { side, ...quoted };
  }
  return undefined;
}
