/**
 * Words chat shortens, as written out: "how many ppl showed up" asks about people. Only
 * shortenings that are no other word: "u", "r", "y" and "bc" (BC) are read in a conversation's
 * context (conversation/question-form.ts), never here, and none of these is in the training or
 * dev questions, so the answer model's training is untouched by them.
 */
export const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['ppl', 'people'], ['govt', 'government'], ['wat', 'what'], ['wut', 'what'], ['wht', 'what'],
  ['b4', 'before'], ['thru', 'through'], ['abt', 'about'], ['bout', 'about'], ['cuz', 'because'], ['coz', 'because'],
  ['tho', 'though'], ['hrs', 'hours'], ['mins', 'minutes'], ['yrs', 'years'], ['approx', 'approximately'],
  ['bday', 'birthday'], ['convo', 'conversation'], ['prez', 'president'], ['dept', 'department'], ['msg', 'message'],
  ['mtg', 'meeting'], ['nxt', 'next'], ['wz', 'was'], ['wuz', 'was'], ['smth', 'something'], ['sth', 'something'],
  ['gov', 'government'], ['tmrw', 'tomorrow'], ['tmr', 'tomorrow'], ['intl', 'international'], ['natl', 'national'],
  ['cud', 'could'], ['shud', 'should'], ['wud', 'would'], ['bcuz', 'because'], ['becuz', 'because'], ['frm', 'from'],
  ['mtgs', 'meetings'], ['hw', 'how'], ['wen', 'when'], ['src', 'source'], ['srcs', 'sources'],
  // Countries as chat shortens them ("who led rus delegation" had been mended to another word).
  ['rus', 'russia'], ['ukr', 'ukraine'],
  // Words of three letters, which the slip mender leaves alone ("ryabkov sed wat exactly").
  ['sed', 'said'], ['hav', 'have'],
  // "who dat" after an answer asks who that is; left as typed it asked for nothing ("Nothing in it is about this question").
  ['dat', 'that'], ['wot', 'what'],
  // "is russia gonna invade" heard "doesn't say" (0.09) where "is russia going to invade" is answered (0.25).
  // Not "wanna", which a song title in WikiQA's training questions holds ("i wanna hold your hand").
  ['gonna', 'going to'],
]);

/**
 * Shorthand written with a slash: "w/o" is "without", "w/" (before a word) "with", "b/c"
 * "because". Split at the slash, they were two stray letters and "o", and "making calls about
 * ukraine w/o ukraine in the room" lost the word that asked the question (0.08, "doesn't say";
 * 0.12 and answered with "without"). A conversation's rules read them the same way
 * (conversation/question-form.ts).
 */
const SLASHED: ReadonlyArray<[RegExp, string]> = [
  [/(?<![\p{L}\d/])w\/o(?![\p{L}\d/])/giu, 'without'],
  [/(?<![\p{L}\d/])w\/(?=\s+\p{L})/giu, 'with'],
  [/(?<![\p{L}\d/])b\/c(?![\p{L}\d/])/giu, 'because'],
];

/**
 * "dose" typed for "does", where only the verb can stand: after a question word ("what dose
 * sherman mean") or opening the message before its subject ("dose russia want war"). Left as
 * typed, the noun weighed as the rarest word of the question and matched nothing ("what dose
 * sherman mean by …" heard "doesn't say").
 */
const DOES_TYPED_AS_DOSE = /(?<=(?:^|\b(?:what|how|why|when|where|who|which|wat|hw)\s+))dose(?=\s+\p{L})/giu;

/** The text with chat's shorthand with a slash written out ("w/o nato" → "without nato"), and "dose" for "does" read as the verb. */
export function withSlashesWrittenOut(text: string): string {
  return SLASHED.reduce((written, [pattern, full]) => written.replace(pattern, full), text).replace(DOES_TYPED_AS_DOSE, (dose) => (dose === 'Dose' ? 'Does' : 'does'));
}

/**
 * An emoji written as its shortcode, as chat apps and Discord's text box take them (":thinking:",
 * ":flag_ru:", ":+1:"): two to 32 letters, digits, "_", "+" or "-" between colons, with a
 * letter in them (or ":+1:" and ":-1:"), so no time ("08:00:00") is one.
 */
const EMOJI_SHORTCODE = /(?<![\p{L}\d:]):(?=[a-z\d_+-]*[a-z]|[+-]1:)[a-z\d_+-]{2,32}:(?![\p{L}\d:])/giu;

/**
 * The text without emoji shortcodes, each left as a space: emoji carry no words the article
 * could hold, and read as words, ":thinking:" after "who led the russian delegation" halved the
 * answer's confidence (0.71 → 0.38) and "thanks :smile:" was read as a question.
 */
export function withoutEmojiShortcodes(text: string): string {
  return text.replace(EMOJI_SHORTCODE, ' ');
}

/** Whether the text holds an emoji shortcode. */
export function hasEmojiShortcode(text: string): boolean {
  return withoutEmojiShortcodes(text) !== text;
}

/**
 * The question with chat's shorthand written out, except a word the corpus itself uses (an
 * article about the "PPL" league keeps it). Case is kept for a word in capitals ("PPL" → "PEOPLE"
 * would shout; it stays as typed unless it is lower case).
 */
export function withChatWordsSpelledOut(question: string, corpusUses: (word: string) => boolean): string {
  const unslashed = withSlashesWrittenOut(withoutEmojiShortcodes(question));
  // A whole word, possibly before an apostrophe ("wat's", "ppl's"), never after one ("don't").
  return unslashed.replace(/(?<![\p{L}\d'’])[\p{L}\d]+(?![\p{L}\d])/gu, (word) => {
    const lower = word.toLowerCase();
    const full = CHAT_SHORTHAND.get(lower);
    if (full === undefined || corpusUses(lower)) return word;
    if (word === lower) return full;
    return word === word.toUpperCase() ? word : `${full.charAt(0).toUpperCase()}${full.slice(1)}`;
  });
}
