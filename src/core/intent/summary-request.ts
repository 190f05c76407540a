import type { SummaryShape } from '../summary/types.js';
import { normalizeRequest, plain, WANT_TO_KNOW } from './request-wording.js';
import { mendSummaryWords, scopedReadings, shapeOf, type SummaryScope } from './summary-wording.js';

// Requests for a summary of the article ("tl;dr", "sum up section 3 in 3 bullet points"): the
// patterns over a request's whole wording, and what part and shape it asks for.

/** The article, however it is named. */
const ARTICLE = '(?:it|this|that|it all|this all|all this|the (?:whole |entire )?(?:article|story|text|piece|report|news|document|doc|page|post|thing)|this (?:whole |entire )?(?:article|story|text|piece|report|news|document|doc|page|post|thing))';
const GIST =
  "(?:summary|tldr version|summarisation|summarization|rundown|run-down|gist|overview|recap|synopsis|digest|tl;?dr|tl dr|too long didn'?t read|short version|quick version|simple version|key points|main points|bullet points|highlights|takeaways?|main takeaways?|key takeaways?|main ideas?|big picture|bottom line|cliff ?notes|cliffsnotes|executive summary|breakdown|eli5)";
/** How a request for the gist may describe it ("a quick summary", "the detailed version"). */
const GIST_ADJECTIVES = '(?:(?:quick|short|shorter|brief|detailed|long|longer|full|fuller|complete|simple|one sentence|one line) )?';

/**
 * How much of the article a question about it means: "what is this article mainly about", "what
 * does the story mostly cover". It asks for the gist all the same; without it, "what is this
 * article mainly about?" heard "doesn't say".
 */
const MAINLY = '(?:(?:mainly|mostly|primarily|basically|generally|essentially|largely|chiefly|overall|really|actually|even) )?';

/** "i want to know", "i'm curious", "any idea": a request around a question about the article. */
const WONDERING = `(?:${WANT_TO_KNOW}|i'?m curious|i was wondering|any idea|not sure)`;

const SUMMARY_PATTERNS: readonly RegExp[] = [
  // "summarize", "sum it up", "summarise the article in a few lines", "describe the story"
  new RegExp(`^(?:summari[sz]e|sum up|recap|condense|outline|describe|digest|brief me on|break down|boil down)(?: ${ARTICLE})?(?: (?:up|for me|in (?:a few|two|three|\\d+) (?:lines|sentences|words|points)|in a nutshell))*$`),
  // "catch me up", "fill me in on the story", "brief me", "bring me up to speed": chat's ways to ask for the gist.
  new RegExp(`^(?:catch (?:me|us) up|fill (?:me|us) in|brief (?:me|us)|(?:bring|get) (?:me|us) up to speed|update (?:me|us))(?: on ${ARTICLE})?$`),
  new RegExp(`^(?:sum|break|boil) ${ARTICLE} (?:up|down)$`),
  // "tl;dr", "gist?", "the short version"
  new RegExp(`^(?:the |a )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE}| ${ARTICLE})?$`),
  // "give me the gist", "tell me the main points of the story", "i want a summary"
  new RegExp(`^(?:give|gimme|tell|show|send|get|write|make) (?:me |us )?(?:a |an |the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  new RegExp(`^(?:i (?:want|need|would like)|i'd like) (?:a |an |the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  // "what is this article about", "what's it about", "what does the article say"
  new RegExp(`^(?:what|wat)(?:'s| is| was|s)? ${ARTICLE} (?:all )?${MAINLY}(?:about|saying|on about)$`),
  new RegExp(`^what (?:does|did) ${ARTICLE} ${MAINLY}(?:say|talk about|cover|discuss|describe|report)$`),
  // The same asked inside a request: "i wanna know what this article is about", "(can you) tell me what the article says".
  new RegExp(`^(?:tell me|show me|explain|${WONDERING}|do you know) what ${ARTICLE}(?:'s| is| was)?(?: all)? ${MAINLY}(?:about|says|said|is saying|talks about|covers|describes)$`),
  new RegExp(`^${WONDERING} (?:a |an |the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  // "what is the gist", "what's the tl;dr"
  new RegExp(`^what(?:'s| is| are|s)? (?:the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE}| here)?$`),
  // "what's the main topic", "what are the key points of the article"
  new RegExp(`^what(?:'s| is| are|s)? (?:the )?(?:main|key|central|overall|general|big|basic) (?:topic|topics|point|points|idea|ideas|theme|themes|subject|message|story|issue|issues|takeaways?|gist)(?: (?:of|in) ${ARTICLE})?$`),
  // "in a nutshell?", "explain the article", "what happened in the article"
  new RegExp(`^(?:in a nutshell|in (?:short|brief|a word|a sentence|one sentence),? what happened|explain ${ARTICLE}(?: to (?:me|us))?|what happened in ${ARTICLE}|what is going on in ${ARTICLE}|what's going on in ${ARTICLE})$`),
  // "what happens in the story", "what's in the article", "what is discussed in this article", "whats going on in it":
  // what the article holds, asked of the article itself.
  new RegExp(`^(?:what|wat)(?:'s| is| was| are|s)? (?:in|happening in|going on in|discussed in|covered in|said in|reported in|described in|talked about in) ${ARTICLE}$`),
  new RegExp(`^(?:what|wat) (?:happens|happened|goes on|went on) in ${ARTICLE}$`),
  new RegExp(`^(?:what|wat)(?:'s| is|s) the (?:deal|story) (?:with|of|in|behind) ${ARTICLE}$`),
  // "what's the story here", "what's going on here": here is the article in front of them; and
  // "what's the deal?", "what's the situation?" as a whole message.
  /^(?:what|wat)(?:'s| is|s) (?:the (?:story|deal|situation)|going on|happening) here$/,
  /^(?:what|wat)(?:'s| is|s) (?:the (?:story|deal|situation)|going on|happening)$/,
  // "does anyone have a tldr", "anyone got the gist", "is there a summary": asked of the channel.
  new RegExp(`^(?:(?:does|do|did|can|could) )?(?:anyone|anybody|someone|somebody|you|u) (?:have|has|got|get|give|post|write) (?:me |us )?(?:a |an |the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  new RegExp(`^(?:is there|there is|got) (?:a |an )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  // "the section about russia not backing down, what does it say", "the part about the great
  // gift, what does that mean": a part named first, then asked about (the part read as the article).
  new RegExp(`^${ARTICLE} (?:so )?(?:what does (?:it|that) (?:say|mean|talk about|cover)|what(?:'s| is|s) (?:it|that) (?:about|saying)|what(?:'s| is|s) (?:in )?(?:it|that)|explain (?:it|that)(?: to (?:me|us))?|summari[sz]e (?:it|that)|sum (?:it|that) up)$`),
  // "what's the news", "what's the latest", as a whole message: what the article reports. Not "what
  // happened": read without a closing "then", "what happened then" asks what came next.
  /^(?:what|wat)(?:'s| is|s) (?:the )?(?:news|latest)$/,
];

/**
 * "so what happened?", "what happened here", as a whole message: what the article reports. Not
 * when the message closes with "then", which the request wording drops: "what happened then"
 * asks what came next.
 */
const WHAT_HAPPENED = /^(?:what|wat) happened(?: here)?$/;
const CLOSING_THEN = /\bthen$/;

/** What a summary request asks for: which part of the article, and in what shape. */
export interface SummaryAsk {
  /** The part named ("sum up section 3", "the part about nato"); none for the whole article. */
  scope?: SummaryScope;
  /** "in 3 sentences", "bullet points", "like i'm 5"; short when the request says nothing of it. */
  shape: SummaryShape;
}

const isSummaryWording = (request: string): boolean => SUMMARY_PATTERNS.some((pattern) => pattern.test(request));

/**
 * The summary a message asks for, or undefined when it asks no summary. The request is read with
 * slips in "summarize" mended, then without the words that only give the shape ("in 3
 * sentences", "like i'm 5"), then with a phrase naming a part of the article ("section 3", "the
 * part about nato") read as the article itself; each reading must still match a summary pattern
 * as a whole, so "what is the main demand" or "summarize what ryabkov said" stay questions.
 */
export function summaryRequest(text: string): SummaryAsk | undefined {
  const request = mendSummaryWords(normalizeRequest(text));
  const { request: bare, shape } = shapeOf(request);
  // Also in a shape: "in 3 bullet points what happened".
  if ((WHAT_HAPPENED.test(request) || WHAT_HAPPENED.test(bare)) && !CLOSING_THEN.test(plain(text))) return { shape };
  // "in 3 bullet points", "as a list": a message of shape words alone asks for the gist in that shape.
  if (isSummaryWording(request) || isSummaryWording(bare) || (bare === '' && request !== '')) return { shape };
  const scoped = scopedReadings(bare).find((reading) => isSummaryWording(reading.request));
  return scoped ? { scope: scoped.scope, shape } : undefined;
}

/**
 * A message of shape words alone ("in 3 bullet points", "in 2 sentences") after a summary request
 * asks for that summary again in the new shape: "sum up section 3", then "in 3 bullet points", is
 * "sum up section 3 in 3 bullet points". Undefined when the message says more than a shape, or
 * the earlier request was no summary request.
 */
export function reshapedSummaryRequest(earlier: string, message: string): string | undefined {
  const asked = normalizeRequest(message);
  if (asked === '' || shapeOf(mendSummaryWords(asked)).request !== '' || !summaryRequest(earlier)) return undefined;
  const { request } = shapeOf(mendSummaryWords(normalizeRequest(earlier)));
  return `${request} ${asked}`;
}
