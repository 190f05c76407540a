import { CHAT_ASIDES } from '../text/chat-asides.js';
import { withChatWordsSpelledOut } from '../text/chat-words.js';

// A message's wording as the intent patterns read it (intent.ts, acknowledgements.ts,
// summary-request.ts): lowercase, without punctuation, and for a request without the
// politeness and addressing around it.

/**
 * Politeness and addressing that change nothing about what is asked, also when the channel is
 * asked rather than the bot ("can someone sum this up", "anyone got a tldr"), and a lead-in
 * before the request ("i didn't read it, what's it about", "side question: which outlets does it
 * cite", "unrelated but who are the sources").
 */
const PREFIX = new RegExp(
  String.raw`^(?:(?:hey|hi|hello|ok|okay|so|um|uh|well|wait|yo|lol|lmao|haha|btw|${CHAT_ASIDES}|so like|real quick|(?:(?:a|another|one more)\s+)?(?:(?:quick|side|random|different|separate|unrelated|small|little|dumb|silly|last|follow[\s-]?up)\s+)?(?:question|q)|unrelated(?:\s+but)?|off[\s-]topic(?:\s+but)?|(?:on\s+a\s+)?side\s*note|changing\s+(?:the\s+)?(?:topic|subject)|i (?:didn'?t|did not|haven'?t|have not) read (?:it|this|the article)(?: yet)?|too long didn'?t read)\s+)*(?:(?:bot|article-qa)\s+)?(?:(?:please|pls|plz|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you|u|someone|somebody|anyone|anybody)\s+(?:please\s+)?|(?:someone|somebody|anyone|anybody)\s+(?:got|have|has)\s+)?(?:(?:just|quickly)\s+)?`,
);
// A closing "then" only carries the chat on ("ok, what's the headline then", "so what's it about then").
const SUFFIX = new RegExp(String.raw`(?:\s+(?:please|pls|plz|thanks|thank you|for me|quickly|real quick|briefly|in short|in brief|overall|basically|in a nutshell|in a few words|then|lol|lmao|haha|${CHAT_ASIDES}))+$`);

/** "i want to know", "i'd like to know", "i wanna know": a request around a question (a pattern's source, for the intent patterns). */
export const WANT_TO_KNOW = "(?:i(?: want| need| would like|'d like) to know|i wanna know)";

/** Lowercase, apostrophes unified, punctuation and emoji gone. */
export function plain(text: string): string {
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

