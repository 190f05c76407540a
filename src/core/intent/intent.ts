import { CHAT_ASIDES } from '../text/chat-asides.js';
import { isOnlyLinks } from '../answer/question-frame.js';
import { isAcknowledgement, isMoreRequest } from './acknowledgements.js';
import { normalizeRequest, plain } from './request-wording.js';
import { outlineRequest } from './outline-request.js';
import { isSourcesWording } from './sources-request.js';
import { peopleRequest } from './people-request.js';
import { outlookRequest } from './outlook-request.js';
import { summaryRequest } from './summary-request.js';
import { hasStretchedLetters, withStretchesShortened } from '../text/stretched-words.js';

export type { SummaryScope } from './summary-wording.js';
// The conversation's modules read these from here.
export { isMoreRequest } from './acknowledgements.js';
export { reshapedSummaryRequest } from './summary-request.js';

/**
 * What a message asks for. Most messages are questions about the article; some ask about the
 * article itself ("tl;dr", "what's it about") and want a summary, or its title or sections
 * ("what's the headline?"); some are small talk or a cry for help ("hi", "what can you do") and
 * want to know how to use the bot; some ask where the article gets what it reports ("which
 * outlets does it cite?") and want its sources, or whom it names ("who is mentioned in the
 * article?") and want its people; some ask what comes next ("what's next?") and want what it
 * says is to come. Answering any of these with "The article doesn't say" would be wrong.
 */
export type Intent = 'question' | 'summary' | 'sources' | 'people' | 'outlook' | 'outline' | 'help';

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
  // Greetings and thanks on their own, or to the people in the channel ("hi guys", "thanks y'all").
  new RegExp(String.raw`^(?:hi|hello|hey|heya|hiya|yo|howdy|greetings|sup|what's up|whats up|good (?:morning|afternoon|evening|day)|thanks|thank you|thx|ty|cheers|how are (?:you|u|things)|how r u|how(?:'s| is|s) it going|how(?:'re| are) you doing|how you doing|wyd)(?: (?:there|bot|everyone|all|so much|a lot|again|today|${CHAT_ASIDES}))*$`),
  // Asking what the bot is and how to use it.
  /^(?:help|\?|usage|commands|info|about|start|menu|how does (?:this|it|the bot|this bot) work|how do (?:you|u) work|how (?:to|do (?:i|we|you)) use (?:this|you|it|the bot)(?: bot)?|what commands(?: are there| do you have| can i use)?|(?:list|show) (?:the |your )?commands|what (?:kinds?|sorts?|types?) of (?:questions|things) can (?:i|we) ask(?: you)?|what can (?:i|we) ask(?: you)?(?: about)?|what do you know(?: about)?|how (?:can|do) i ask(?: (?:you|a question|questions))?|what can (?:you|u|i) (?:do|ask)(?: (?:you|u))?|what can (?:you|u) tell (?:me|us)|help me|help pls|help please|how do (?:i|we) use (?:u|ya)|what do you do|who are you|what are you|what is this(?: bot)?|what's this(?: bot)?|how can you help(?: me| us)?|what are you for|what(?:'s| is) your (?:purpose|job|function|deal)|are you a bot|are you (?:there|here|alive|awake|working|online|on)|(?:you|u|anyone|anybody) (?:there|here|awake|alive)|ping|test|testing|can you help(?: me| us)?|what (?:questions|things) can i ask(?: you)?)$/,
  // Asking who is behind the bot: "who made you", "who built this bot", "who's your creator".
  MAKER_QUESTION,
];

/**
 * The intent of a message, from a small set of patterns over its normalised wording. Patterns
 * match the whole message, so a question that merely contains "summary" or "help" ("what help
 * did the US offer?") stays a question.
 */
export function detectIntent(text: string): Intent {
  return intentReading(text).intent;
}

/**
 * The intent of a message and the wording it was read in: as typed, or, when chat stretched its
 * letters ("thanksss", "hiii", "gooood bot", "tldrrr"), with each stretch taken down to one letter
 * or else to two, whichever the patterns know. The answer to small talk reads that wording too
 * ("thanksss" is thanked for).
 */
export function intentReading(text: string): { intent: Intent; text: string } {
  const intent = intentAsWritten(text);
  if (intent !== 'question' || !hasStretchedLetters(text)) return { intent, text };
  for (const length of [1, 2] as const) {
    const shortened = withStretchesShortened(text, length);
    const read = intentAsWritten(shortened);
    if (read !== 'question') return { intent: read, text: shortened };
  }
  return { intent, text };
}

function intentAsWritten(text: string): Intent {
  const whole = plain(text);
  const request = normalizeRequest(text);
  if (summaryRequest(text)) return 'summary';
  if (isSourcesWording(request)) return 'sources';
  if (peopleRequest(text)) return 'people';
  if (outlookRequest(text)) return 'outlook';
  if (outlineRequest(text)) return 'outline';
  // A greeting, a bare "?", or nothing but politeness.
  // "tell me more" with nothing said before it: there is nothing to say more about.
  // A link on its own asks nothing the article could answer: say what the bot can do with one.
  if (isOnlyLinks(text)) return 'help';
  if (request === '' || isAcknowledgement(text) || isMoreRequest(text) || HELP_PATTERNS.some((pattern) => pattern.test(request) || pattern.test(whole))) return 'help';
  return 'question';
}

