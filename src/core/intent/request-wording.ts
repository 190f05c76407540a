import { withChatWordsSpelledOut } from '../text/chat-words.js';

// A message's wording as the intent patterns read it (intent.ts, acknowledgements.ts,
// summary-request.ts): lowercase, without punctuation, and for a request without the
// politeness and addressing around it.

/** Politeness and addressing that change nothing about what is asked. */
const PREFIX = /^(?:(?:hey|hi|hello|ok|okay|so|um|uh|well|wait|yo|lol|lmao|haha)\s+)*(?:(?:bot|article-qa)\s+)?(?:(?:please|pls|plz|kindly)\s+)?(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:(?:just|quickly)\s+)?/;
const SUFFIX = /(?:\s+(?:please|pls|plz|thanks|thank you|for me|quickly|real quick|briefly|in short|in brief|lol|lmao|haha))+$/;

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

