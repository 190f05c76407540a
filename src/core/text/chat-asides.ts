/**
 * Chat's asides and the people a message addresses: words before or after what is asked that
 * change nothing about it ("guys, …", "… tbh", "ngl …", "… fr", "bro …"). One list, read by the
 * question frames (answer/question-frame.ts) and by the request wording the intents read
 * (intent/request-wording.ts): before the thirtieth session the intents had a shorter one of
 * their own, so "guys, what's the main topic of the article tbh?" and "ngl what's the gist"
 * were answered as questions ("doesn't say") while "lol what's the gist" got the summary.
 *
 * A regular-expression source: alternatives of whole words, lowercase, for a pattern to wrap.
 */
export const CHAT_ASIDES = "bro|bruh|dude|guys|y[‘’']?all|folks|fam|ngl|tbh|imo|imho|fr|smh|idk|iirc|afaik";
