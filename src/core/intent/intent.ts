import { withChatWordsSpelledOut } from '../text/chat-words.js';
import { isOnlyLinks } from '../answer/question-frame.js';
import type { SummaryShape } from '../summary/types.js';
import { mendSummaryWords, scopedReadings, shapeOf, type SummaryScope } from './summary-wording.js';

export type { SummaryScope } from './summary-wording.js';

/**
 * What a message asks for. Most messages are questions about the article; some ask about the
 * article itself ("tl;dr", "what's it about") and want a summary; some are small talk or a cry
 * for help ("hi", "what can you do") and want to know how to use the bot. Answering either of the
 * latter with "The article doesn't say" would be wrong.
 */
export type Intent = 'question' | 'summary' | 'help';

/** Politeness and addressing that change nothing about what is asked. */
const PREFIX = /^(?:(?:hey|hi|hello|ok|okay|so|um|uh|well|wait|yo|lol|lmao|haha)\s+)*(?:(?:bot|article-qa)\s+)?(?:(?:please|pls|plz|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:(?:just|quickly)\s+)?/;
const SUFFIX = /(?:\s+(?:please|pls|plz|thanks|thank you|for me|quickly|real quick|briefly|in short|in brief|lol|lmao|haha))+$/;

/** The article, however it is named. */
const ARTICLE = '(?:it|this|that|it all|this all|all this|the (?:whole |entire )?(?:article|story|text|piece|report|news|document|doc|page|post|thing)|this (?:whole |entire )?(?:article|story|text|piece|report|news|document|doc|page|post|thing))';
const GIST =
  "(?:summary|tldr version|summarisation|summarization|rundown|run-down|gist|overview|recap|synopsis|digest|tl;?dr|tl dr|too long didn'?t read|short version|quick version|simple version|key points|main points|bullet points|highlights|takeaways?|main takeaways?|key takeaways?|main ideas?|big picture|cliff ?notes|cliffsnotes|executive summary|breakdown|eli5)";
/** How a request for the gist may describe it ("a quick summary", "the detailed version"). */
const GIST_ADJECTIVES = '(?:(?:quick|short|shorter|brief|detailed|long|longer|full|fuller|complete|simple|one sentence|one line) )?';

const SUMMARY_PATTERNS: readonly RegExp[] = [
  // "summarize", "sum it up", "summarise the article in a few lines", "describe the story"
  new RegExp(`^(?:summari[sz]e|sum up|recap|condense|outline|describe|digest|brief me on|break down|boil down)(?: ${ARTICLE})?(?: (?:up|for me|in (?:a few|two|three|\\d+) (?:lines|sentences|words|points)|in a nutshell))*$`),
  new RegExp(`^(?:sum|break|boil) ${ARTICLE} (?:up|down)$`),
  // "tl;dr", "gist?", "the short version"
  new RegExp(`^(?:the |a )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE}| ${ARTICLE})?$`),
  // "give me the gist", "tell me the main points of the story", "i want a summary"
  new RegExp(`^(?:give|gimme|tell|show|send|get|write|make) (?:me |us )?(?:a |an |the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  new RegExp(`^(?:i (?:want|need|would like)|i'd like) (?:a |an |the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  // "what is this article about", "what's it about", "what does the article say"
  new RegExp(`^(?:what|wat)(?:'s| is| was|s)? ${ARTICLE} (?:all )?(?:about|saying|on about)$`),
  new RegExp(`^what (?:does|did) ${ARTICLE} (?:say|talk about|cover|discuss|describe|report)$`),
  // "what is the gist", "what's the tl;dr"
  new RegExp(`^what(?:'s| is| are|s)? (?:the )?${GIST_ADJECTIVES}${GIST}(?: (?:of|on|for) ${ARTICLE})?$`),
  // "what's the main topic", "what are the key points of the article"
  new RegExp(`^what(?:'s| is| are|s)? (?:the )?(?:main|key|central|overall|general|big|basic) (?:topic|topics|point|points|idea|ideas|theme|themes|subject|message|story|issue|issues|takeaways?|gist)(?: (?:of|in) ${ARTICLE})?$`),
  // "in a nutshell?", "explain the article", "what happened in the article"
  new RegExp(`^(?:in a nutshell|in (?:short|brief|a word|a sentence|one sentence),? what happened|explain ${ARTICLE}(?: to (?:me|us))?|what happened in ${ARTICLE}|what is going on in ${ARTICLE}|what's going on in ${ARTICLE})$`),
  // "what's the story here", "what's going on here": here is the article in front of them.
  /^(?:what|wat)(?:'s| is|s) (?:the (?:story|deal|situation)|going on|happening) here$/,
];

/**
 * Asking who is behind the bot, or what it is: "who made you", "who built this bot", "who's your
 * creator", "are you an ai". "this" alone is the bot only after a verb of software ("who built
 * this", "who runs this"): "who wrote this" or "who made this" in a channel about an article asks
 * for its author, a question for the article.
 */
const MAKER_QUESTION =
  /^(?:who (?:made|built|created|wrote|developed|programmed|coded|designed|owns|runs|maintains) (?:you|u|this bot|the bot)|who (?:built|developed|programmed|coded|owns|runs|maintains) this|who(?:'s| is) (?:your|ur) (?:creator|maker|developer|author|owner)|who(?:'s| is) behind (?:you|u|this(?: bot)?|the bot)|are you (?:an? )?(?:ai|robot|human|real person|person|chatbot))$/;

/** Whether a message asks who made or runs the bot ("who made you?"). */
export function asksAboutMaker(text: string): boolean {
  return MAKER_QUESTION.test(normalizeRequest(text));
}

const HELP_PATTERNS: readonly RegExp[] = [
  // Greetings and thanks on their own.
  /^(?:hi|hello|hey|heya|hiya|yo|howdy|greetings|sup|what's up|whats up|good (?:morning|afternoon|evening|day)|thanks|thank you|thx|ty|cheers)(?: (?:there|bot|everyone|all|so much|a lot|again))*$/,
  // Asking what the bot is and how to use it.
  /^(?:help|\?|usage|commands|info|about|start|menu|how does (?:this|it|the bot) work|how do (?:i|we|you) use (?:this|you|it|the bot)(?: bot)?|how (?:can|do) i ask(?: (?:you|a question|questions))?|what can (?:you|u|i) (?:do|ask)(?: (?:you|u))?|what can (?:you|u) tell (?:me|us)|help me|help pls|help please|how do (?:i|we) use (?:u|ya)|what do you do|who are you|what are you|what is this(?: bot)?|what's this(?: bot)?|how can you help(?: me| us)?|what are you for|are you a bot|can you help(?: me| us)?|what (?:questions|things) can i ask(?: you)?)$/,
  // Asking who is behind the bot: "who made you", "who built this bot", "who's your creator".
  MAKER_QUESTION,
];

/** Words of thanks, alone or with what follows them ("thanks a lot", "thank u", "tysm", "appreciate it"). */
const THANKS_WORDS = "thanks|thank you|thank u|thank ya|thankyou|thanx|thnx|thx|ty|tysm|tyvm|cheers|cheers mate|much appreciated|appreciate it|that helps|that helped";

/**
 * What a message that only acknowledges, reacts, thanks or says goodbye is made of ("ok", "got it",
 * "lol", "that's interesting", "thanks a lot", "ok thx bye", "good bot"): in a thread or a DM
 * members write these between questions, and neither "The article doesn't say" nor a follow-up
 * rewrite answers them.
 */
const ACKNOWLEDGEMENT_UNITS = [
  THANKS_WORDS,
  'ok|okay|k|kk|alright|all right|right|cool|nice|nice one|great|awesome|perfect|wow|whoa|oh|ah|hmm+|yes|yeah|yep|yup|no|nope|nah|sure|fine',
  'lol|lmao+|lmfao|rofl|(?:ha){2,}h?|(?:he){2,}h?|crazy|wild|damn|dang|neat|sweet|good bot|great bot|nice bot',
  "interesting|(?:that's|that is|thats|how|so|very|really) (?:interesting|cool|nice|crazy|wild|great|sad|scary|helpful|useful)",
  'i see|got it|makes sense|good to know|understood|noted|gotcha|fair enough',
  'bye|goodbye|good night|goodnight|see you|see ya|cya|later|bye bot',
  'so much|a lot|very much|again|bot|mate|man|everyone|all|guys',
].join('|');
const ACKNOWLEDGEMENT = new RegExp(`^(?:(?:${ACKNOWLEDGEMENT_UNITS})(?: |$))+$`);
const THANKS_WORD = new RegExp(`(?:^| )(?:${THANKS_WORDS})(?: |$)`);
/** A message of emoji alone ("👍", "🙏", "❤️"): a reaction too. */
const ONLY_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\s|\p{Regional_Indicator})+$/u;

/**
 * A member thanked or greeted goodbye by name at the end ("thanks Zebulon", "ty @mike!", "bye Anna
 * Lee"): one or two capitalised words, or an @name. In a thread the bot reads every message, and
 * the name had been read as a question ("thanks Zebulon" → "who led Zebulon"), then as "he".
 */
const NAME_AT_END = /[\s,]+(?:@[\p{L}\d_.]+|\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)[\s!.…]*$/u;
const THANKS_OR_BYE = new RegExp(`(?:^| )(?:${THANKS_WORDS}|bye|goodbye|good night|goodnight|see you|see ya|cya)(?: |$)`);

/** Whether a message only acknowledges, reacts, thanks or says goodbye ("ok", "got it", "lol", "thanks a lot", "👍", "thanks Anna"). */
export function isAcknowledgement(text: string): boolean {
  const words = plain(text);
  if (words === '') return ONLY_EMOJI.test(text.trim());
  if (ACKNOWLEDGEMENT.test(words)) return true;
  const unnamed = plain(text.replace(NAME_AT_END, ''));
  return unnamed !== words && ACKNOWLEDGEMENT.test(unnamed) && THANKS_OR_BYE.test(unnamed);
}

/**
 * "tell me more", "go on", "anything else?", "elaborate": more of what was just said. In a
 * conversation it asks the previous question again (see resolveFollowUp); with nothing before it,
 * there is nothing to add to.
 */
const MORE_REQUEST =
  /^(?:(?:can|could|would) you (?:please )?)?(?:please )?(?:tell (?:me|us) (?:some(?:thing)? |a (?:bit|little) |a lot )?more(?: about (?:it|that|this|them|him|her))?|say (?:some(?:thing)? )?more|(?:some |any )?more(?: details?| info(?:rmation)?)?(?: (?:on|about) (?:it|that|this))?|anything (?:else|more)|what else|go on|keep going|carry on|continue|elaborate(?: on (?:it|that|this))?|explain (?:more|further|in more detail)|expand on (?:it|that|this)|(?:give me |any )?(?:more )?details)(?: please| pls| plz)?$/;

/** Whether a message only asks for more of what was just said ("tell me more", "go on", "anything else?"). */
export function isMoreRequest(text: string): boolean {
  return MORE_REQUEST.test(plain(text).replace(/^(?:and|so|ok|okay|alright)\s+/, ''));
}

/** Whether a message only says goodbye ("bye", "good night", "see ya"). */
export function isFarewell(text: string): boolean {
  return isAcknowledgement(text) && !isThanks(text) && /\b(?:bye|goodbye|good ?night|see (?:you|ya)|cya|later)\b/.test(plain(text));
}

/** Whether a message only thanks the bot. */
export function isThanks(text: string): boolean {
  return isAcknowledgement(text) && THANKS_WORD.test(plain(text));
}

/** Lowercase, apostrophes unified, punctuation and emoji gone. */
function plain(text: string): string {
  // Chat's shorthand written out: "wat's the main topic" asks for the gist as "what's …" does.
  return withChatWordsSpelledOut(text.toLowerCase(), () => false)
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s;-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The request without politeness or addressing around it ("can you please sum it up" → "sum it up"). */
export function normalizeRequest(text: string): string {
  return plain(text).replace(PREFIX, '').replace(SUFFIX, '').trim();
}

/**
 * The intent of a message, from a small set of patterns over its normalised wording. Patterns
 * match the whole message, so a question that merely contains "summary" or "help" ("what help
 * did the US offer?") stays a question.
 */
export function detectIntent(text: string): Intent {
  const whole = plain(text);
  const request = normalizeRequest(text);
  if (summaryRequest(text)) return 'summary';
  // A greeting, a bare "?", or nothing but politeness.
  // "tell me more" with nothing said before it: there is nothing to say more about.
  // A link on its own asks nothing the article could answer: say what the bot can do with one.
  if (isOnlyLinks(text)) return 'help';
  if (request === '' || isAcknowledgement(text) || isMoreRequest(text) || HELP_PATTERNS.some((pattern) => pattern.test(request) || pattern.test(whole))) return 'help';
  return 'question';
}

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
