import { hasEmojiShortcode, withoutEmojiShortcodes } from '../text/chat-words.js';
import { plain } from './request-wording.js';

// Messages that ask nothing of the article: acknowledgements, reactions, thanks, goodbyes, and
// "tell me more" (more of what was just said).

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
  "(?:you're|youre|you are|ur) (?:great|awesome|amazing|the best|helpful|a legend)|good job|great job|nice work|well done|love (?:this|the|u|you)(?: bot)?|love it|that was (?:helpful|useful|great|perfect)",
  "interesting|(?:that's|that is|thats|how|so|very|really) (?:interesting|cool|nice|crazy|wild|great|sad|scary|helpful|useful)",
  'i see|got it|makes sense|good to know|understood|noted|gotcha|fair enough',
  // Taking a question back: "nvm", "never mind", "forget it".
  'nvm|nevermind|never mind|forget it|forget that|no worries|no problem|np|all good|my bad',
  'bye|goodbye|good night|goodnight|see you|see ya|cya|later|bye bot',
  // Closing the exchange: "that's enough for the quiz", "that's all for now", "i'm done". Not
  // "that's all?" or "that's it?", which may ask whether there is more.
  "(?:that's|thats|that is) (?:enough|all (?:i (?:needed|wanted)|for (?:now|today|tonight|me|us)))(?: for (?:now|today|tonight|me|us|the [a-z]+|my [a-z]+))?|(?:i'm|im|i am|we're|we are|all) done(?: here| for (?:now|today))?",
  // And whom they are said to: "thx bro", "cheers fam".
  "so much|a lot|very much|again|bot|mate|man|everyone|all|guys|bro|bruh|dude|fam|folks|buddy|pal|y['’]?all",
].join('|');
/**
 * What a member says to tell the bot its answer was wrong or no use ("wrong answer", "bad bot,
 * that's wrong", "that's not what i asked"). Read as a question, it heard "The article doesn't
 * say. Nothing in it is about this question."
 */
const COMPLAINT_UNITS = [
  'bad bot|dumb bot|stupid bot|useless bot|useless|wrong|wrong answer|incorrect|not helpful|unhelpful|no help|smh|ugh',
  "(?:that's|thats|that is|this is|it's|its|it is|you're|youre|you are|ur|u r) (?:wrong|incorrect|useless|unhelpful|no help|not (?:right|correct|true|helpful|it|an answer|what i (?:asked|meant|wanted)))",
  "not what i (?:asked|meant|wanted)|(?:that|this|it) (?:doesn't|doesnt|does not|didn't|didnt|did not) (?:answer|help)(?: (?:my|the) question| me)?|(?:you|u) (?:didn't|didnt|did not) answer(?: (?:my|the) question)?",
].join('|');
const COMPLAINT = new RegExp(`^(?:(?:${COMPLAINT_UNITS}|${ACKNOWLEDGEMENT_UNITS})(?: |$))*(?:${COMPLAINT_UNITS})(?: |$)(?:(?:${COMPLAINT_UNITS}|${ACKNOWLEDGEMENT_UNITS})(?: |$))*$`);
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
  // Emoji alone, as pictures or shortcodes (":thumbsup:").
  if (words === '') {
    const pictures = withoutEmojiShortcodes(text).trim();
    return pictures === '' ? hasEmojiShortcode(text) : ONLY_EMOJI.test(pictures);
  }
  if (ACKNOWLEDGEMENT.test(words) || COMPLAINT.test(words)) return true;
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

/** Whether a message only tells the bot its answer was wrong or no use ("wrong answer", "bad bot", "that's not what i asked"). */
export function isComplaint(text: string): boolean {
  return COMPLAINT.test(plain(text));
}

/** Whether a message only thanks the bot. */
export function isThanks(text: string): boolean {
  return isAcknowledgement(text) && THANKS_WORD.test(plain(text));
}

