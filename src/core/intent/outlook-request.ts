import { normalizeRequest, plain } from './request-wording.js';

// "what's next?", "what happens now?", "where does it go from here?": a member after the news asks
// what the article says is coming. Such a message has no word the article's answer would share
// ("next" and "now" are not what a story writes of its next steps: "will hold", "will involve",
// "is expected to"), so as a question it heard "doesn't say" at a confidence of 0.002–0.005.

/**
 * A request for what the article says comes next; `topic` narrows it ("what's next for nato"),
 * and `after` names what it comes after ("what comes after the geneva meeting": "geneva").
 */
export interface OutlookRequest {
  topic?: string;
  after?: string;
}

/** "is", as chat writes it after "what". */
const IS = "(?:'s| is|s)";

/** The ways of asking what comes next, as the whole message (before any "for X"). */
const ASKING = [
  `what${IS} next`,
  'what next',
  'what now',
  'now what',
  'so now what',
  `what${IS} (?:coming|coming up|ahead|in store|on the horizon|the outlook|the plan now|planned next|expected next)`,
  `what (?:happens|comes) (?:next|now)`,
  // Asked after a turn about what happened ("what happened on monday?" … "what happened next?",
  // "then what?", "and after that?"): the story's next step, which a news report writes ahead of
  // time ("The second and third stage of the meeting will involve …").
  `what (?:happened|came|followed) (?:next|afterwards?)`,
  '(?:and )?then what(?: happened| happens| came| comes)?',
  // "Next?" alone, as a story is told turn by turn (it had been read as a fragment: "is the first stage of the meeting Next?").
  'next(?: one| step| up)?',
  `(?:what about )?after(?:wards?| that| this)`,
  `what${IS} after (?:that|this)`,
  `what(?:${IS}| will| would| could| might) (?:going to |gonna |likely )?(?:happen|come) (?:next|now)`,
  `what(?:${IS}| are) the next (?:steps?|moves?|stages?|phases?|rounds?)`,
  // "are there more meetings", "will there be more talks", "any more meetings planned?": whether
  // the story goes on, which it answers with its next stages (as questions they had been answered
  // with "The talks … lasted nearly eight hours").
  '(?:are|r|will|is) there (?:going to be |gonna be |be )?(?:any )?(?:more|other|further|future|another|a next) (?:meetings?|talks|rounds?(?: of talks)?|stages?|negotiations|sessions?)(?: (?:planned|coming|coming up|scheduled|ahead))?',
  'any (?:more|other|further|future) (?:meetings?|talks|rounds?(?: of talks)?|stages?|negotiations|sessions?)(?: (?:planned|coming|coming up|scheduled|ahead))?',
  'what lies ahead',
  'what to expect(?: next)?',
  'what (?:should|can|do) (?:we|i|you) expect(?: next| now)?',
  `where do(?:es)? (?:things|it|this|they|we|the talks) go from here`,
  'where (?:are|is) (?:things|this|it|the talks) (?:going|headed|heading)',
];

/**
 * "what comes after the geneva meeting", "what happens after these talks", "what's next after the
 * first round": a meeting, named or not. Not "what happens after russia invades", which asks
 * what if.
 */
const AFTER = new RegExp(
  `^(?:(?:ok|okay|so|and|well|alright) )*what(?:${IS}|'ll| will)? (?:comes?|came|happens?|happened|happen|next|is next|follows?|followed) after (?:the |these |this |that )?((?:[\\p{L}\\p{N}-]+ ){0,3}?)(?:meetings?|talks|rounds?|stages?|phases?|summit|sessions?|negotiations|conference|this|that|today|it)$`,
  'u',
);

/**
 * "what happens after geneva", "what comes after monday": one word after "after" names no clause
 * ("what happens after russia invades" asks what if), so it is what the next step comes after.
 */
const AFTER_ONE_WORD = new RegExp(`^(?:(?:ok|okay|so|and|well|alright) )*what(?:${IS}|'ll| will)? (?:comes?|came|happens?|happened|follows?|followed) after ([\\p{L}\\p{N}-]+)$`, 'u');

/**
 * "what's next after geneva", "what comes next after monday": with "next" said, what follows
 * "after" is what it comes after, whatever it is.
 */
const NEXT_AFTER = new RegExp(
  `^(?:(?:ok|okay|so|and|well|alright) )*what(?:${IS})? (?:next|comes next|happens next|is next) after (?:the |these |this |that )?((?:[\\p{L}\\p{N}-]+(?: |$)){1,4})$`,
  'u',
);

/** "and then?" as a whole message: the chat carries on to what came next ("then" closes many a request, so it is read before that). */
const AND_THEN = /^(?:so |ok |okay )?and then$/;

/** After the asking: "for nato", "with the talks", "in ukraine". */
const TOPIC = '(?: (?:for|with|in|on|about|regarding) (.+))?';

const PATTERN = new RegExp(`^(?:(?:ok|okay|so|and|well|alright) )*(?:${ASKING.join('|')})${TOPIC}$`);

/**
 * What the story itself is, as a member names it: "what's next for the talks" asks what's next.
 * A topic of these words narrows nothing.
 */
const THE_STORY =
  /^(?:the |these |this |those |all )?(?:talks|negotiations|meetings?|story|article|situation|things?|it|this|them|that|everything|whole thing|diplomacy|process|crisis|tensions?)(?: (?:then|now|here))?$/;

/**
 * The request a message makes for what comes next, or undefined. The patterns match the whole
 * message, so "what's the next meeting after geneva" or "what happens if russia invades" stay
 * questions about the article's content.
 */
export function outlookRequest(text: string): OutlookRequest | undefined {
  if (AND_THEN.test(plain(text))) return {};
  const request = normalizeRequest(text);
  const after = AFTER.exec(request) ?? NEXT_AFTER.exec(request) ?? AFTER_ONE_WORD.exec(request);
  if (after) return after[1]?.trim() && !THE_STORY.test(after[1].trim()) ? { after: after[1].trim() } : {};
  const match = PATTERN.exec(request);
  if (!match) return undefined;
  const topic = match[1]?.trim();
  return topic === undefined || THE_STORY.test(topic) ? {} : { topic };
}
