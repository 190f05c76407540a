import { contentTerms, isContentTerm, normalizeTerm, stem, tokenize, type TermToken } from '../text/terms.js';
import { continuesSpeaker, quotationOpenAfter, speaks } from './reported-speech.js';
import type { Lexicon } from './lexicon.js';
import { ADJACENT } from './select-sentences.js';
import { isPersonWord, isPlaceWord } from './sentence-cues.js';
import { affiliatedPeople, partsWithOwnVoice } from './speaker-affiliation.js';
import type { TextProfile } from './text-profile.js';

/**
 * A question that asks what someone said: "what did Ryabkov say about …", "what has the FBI
 * said", "how did Iran respond to the letter", "what does the mayor think should be done", "what
 * did the bbc make of the demands". The first group is the speaker. Not "what is X called" (a
 * name), nor "what does X mean" (a definition), which ask about words, not about what someone
 * said; nor how someone feels, which a sentence states without them speaking ("There is some
 * fear from US allies in Europe").
 */
const ASKS_WHAT_SAID =
  /^(?:what|how)\s+(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|saying|tell|told|think|thought|claim|claimed|respond|responded|react|reacted|comment|commented|write|wrote|announce|announced|reply|replied|argue|argued|warn|warned|insist|insisted|describe|described|call|called|make\s+of|made\s+of)\b/i;

/**
 * The same asked in the progressive: "what's the nato chief saying", "what are the russians
 * claiming". The first group is the speaker.
 */
const ASKS_WHAT_SAYING =
  /^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(.+?)\s+(?:saying|thinking|claiming|arguing|warning|insisting|telling)\b/i;

/**
 * The same asked with a noun for what someone said: "what was ryabkov's take on the talks",
 * "what is russia's response to the offer". The first group is the speaker. Not a position,
 * stance or view, which a sentence states without anyone speaking ("Russia's concern … is that
 * …"), and a position may be a job ("what's his position" after "how old is ryabkov").
 */
const ASKS_WHOSE_VIEW =
  /^what(?:'s|’s|\s+is|\s+was|\s+are|\s+were)\s+(.+?)(?:'s|’s|')\s+(?:take|reaction|response|verdict|comment|comments|statement|answer|reply|message)\b/i;

/**
 * The same asked inside a request, as a clause: "(i'd like to know) what Ukraine's government said
 * about the talks", "(can you tell me) how Sherman described the talks", "what the secretary
 * general has said". The first group is the speaker. Only with the verb closing the clause or
 * followed by what it was about: "what magazine said Beyoncé was …" and "what composer wrote the
 * opera" ask who, and "what is said" or "how much water is the body made of" name no one speaking.
 */
const ASKS_WHAT_SAID_IN_CLAUSE =
  /^(?:what|how)\s+(?!(?:did|does|do|has|have|had|is|was|are|were|will|would|can|could|should|may|might|must|else|if|much|many|long|far|old|often|kinds?|sorts?|types?)\b)((?:(?!\b(?:is|was|are|were|be|been|being|do|does|did|will|would|can|could|should|may|might|must|when|while|that|which|who)\b)[^,;:])+?)\s+(?:(?:has|have|had)\s+)?(?:said|says|told|tells|thinks|thought|claimed|claims|responded|responds|reacted|reacts|commented|comments|wrote|writes|announced|announces|replied|replies|argued|argues|warned|warns|insisted|insists|described|describes|made\s+of|makes\s+of)(?=\s+(?:about|on|of|regarding|concerning|to|in|at|after|during|so\s+far)\b|[\s?.!]*$)/i;

/** And as a yes/no question: "did sherman say anything about the troops", "has nato commented on it". */
const ASKS_WHETHER_SAID =
  /^(?:did|does|do|has|have|had)\s+(.+?)\s+(?:say|said|mention|mentioned|comment|commented|talk|talked|speak|spoken|spoke)\s+(?:(?:anything|something|much)\s+)?(?:about|on|regarding)\b/i;

/**
 * Words for the article or its writer: "what does the article say about X" asks the article,
 * whose sentences never name it, and so does a question about what the reporter thinks, in a
 * story told in the first person.
 */
const THE_TEXT_ITSELF: ReadonlySet<string> = new Set(
  ['article', 'story', 'report', 'reporter', 'text', 'piece', 'post', 'author', 'writer', 'journalist', 'columnist', 'bot', 'page', 'document'].map(stem),
);

/**
 * The speaker's stemmed content terms when the question asks what someone said, or undefined:
 * "what did the pakistani army say" → pakistani, armi. A pronoun ("what did he say") names no one
 * and gives none; a conversation has put the person it stands for in its place before this.
 */
export function askedSpeaker(question: string): string[] | undefined {
  const phrase = speakerPhrase(question);
  if (phrase === undefined) return undefined;
  const terms = contentTerms(phrase).filter((term) => !THE_TEXT_ITSELF.has(term));
  return terms.length > 0 ? terms : undefined;
}

/** How a question asks what someone said, when it does: the speaker's words, and what follows the asking. */
function speakerMatch(question: string): { phrase: string; rest: string } | undefined {
  const text = question.trim();
  const found = ASKS_WHAT_SAID.exec(text) ?? ASKS_WHAT_SAYING.exec(text) ?? ASKS_WHOSE_VIEW.exec(text) ?? ASKS_WHETHER_SAID.exec(text) ?? ASKS_WHAT_SAID_IN_CLAUSE.exec(text);
  return found ? { phrase: found[1] as string, rest: text.slice(found.index + found[0].length) } : undefined;
}

/** The words of a question that name whom it asks what they said, as written ("putin", "the kremlin"). */
function speakerPhrase(question: string): string | undefined {
  return speakerMatch(question)?.phrase;
}

/**
 * Whether a question asks what someone said and nothing more: "what did stoltenberg say", "how
 * did the americans react", not "what did ryabkov say about missiles" (for "… about the talks", see
 * {@link asksWhatSaidOnTheStory}). Any of the speaker's words
 * answers it, however little else they share with it.
 */
export function asksOnlyWhatSaid(question: string): boolean {
  const found = speakerMatch(question);
  return found !== undefined && contentTerms(found.rest).length === 0;
}

/**
 * Whether a question asks what someone said about what the story is itself about ("what did
 * ryabkov say about the talks"; see {@link ABOUT_THE_STORY}): nothing more than what they said in
 * it, when the article names them (unsaid-checks.ts checks that).
 */
export function asksWhatSaidOnTheStory(question: string): boolean {
  const found = speakerMatch(question);
  return found !== undefined && ABOUT_THE_STORY.test(found.rest);
}

/**
 * "… about the talks", "… about the meeting", "… on it": what a news story is itself about, which
 * asks nothing beyond what the speaker said in it. "what did ryabkov say about the talks" had
 * heard "doesn't say" (0.047), his quotes sharing no word with "talks".
 */
const ABOUT_THE_STORY =
  /^\s*(?:about|on|regarding|of)\s+(?:(?:the|these|this|those|all)\s+)?(?:talks|meeting|meetings|negotiations|summit|discussions?|situation|crisis|it|this|that|them|things|everything)[\s?!.]*$/i;

/**
 * The speaker as a reply names them, for "The article doesn't say: it quotes nothing from Putin on
 * this.": the question's words, each content word as the candidate sentences write it inside a
 * sentence ("putin" → "Putin", "the kremlin" → "the Kremlin") or, for a known person's or place's
 * name they do not hold, capitalised ("obama" → "Obama"). Undefined when a word is neither: a
 * word the slip mender made of a name it did not know ("blinken" → "blinked") is not shown as one.
 */
export function speakerAsNamed(question: string, sentences: ReadonlyArray<{ text: string }>): string | undefined {
  const phrase = speakerPhrase(question)?.trim();
  if (phrase === undefined || phrase === '') return undefined;
  const written = new Map<string, string>();
  for (const token of capitalisedInside(sentences)) if (!written.has(token.raw.toLowerCase())) written.set(token.raw.toLowerCase(), token.raw);
  let unknown = false;
  const named = phrase.replace(/[\p{L}\d][\p{L}\d'’.-]*/gu, (word) => {
    const lower = word.toLowerCase();
    const shown = written.get(lower) ?? (isPersonWord(lower) || isPlaceWord(lower) ? `${word.charAt(0).toUpperCase()}${word.slice(1)}` : undefined);
    if (shown !== undefined) return shown;
    // "the" stays; "putin himself", "putin actually": what is said of the speaker is no part of their name.
    if (!isContentTerm(normalizeTerm(word))) return lower === 'the' ? lower : '';
    if (/ly$/.test(lower)) return '';
    if (word === lower) unknown = true;
    return word;
  });
  const trimmed = named.replace(/\s+/g, ' ').trim();
  return unknown || trimmed === '' || trimmed === 'the' ? undefined : trimmed;
}

/**
 * Compass words, which WordNet also files as regions of the United States ("the West", "the
 * North": the Union) and so relates to "US"; in news they name a bloc or another country's part
 * ("which the West sees as a threat", "North Atlantic"), never a side that speaks for the US.
 */
const COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western'].map(stem));

/**
 * Whether a stemmed word names the speaker: one of its terms, or a WordNet relative ("US" for
 * "american", "Russia" for "russian") that is neither above it ("President Putin" does not name
 * Obama, though Obama is a president) nor a compass word and, when the sentence's own spelling is given, is written
 * as a name ("American", "Moscow"). A rare sense relates common words to a country ("main" to
 * the US, through a river's name), and "There are three main demands …" had the US speak.
 */
function speakerWord(speaker: readonly string[], lexicon: Lexicon, relatedTo: (key: string) => readonly number[]): (term: string, written?: string) => boolean {
  return (term, written) =>
    speaker.includes(term) ||
    ((written === undefined || /^\p{Lu}/u.test(written)) && !COMPASS.has(term) && relatedTo(term).some((index) => !lexicon.above(speaker[index] as string, term)));
}

/** The words the sentences write capitalised after their first: how a text tells its names. */
function capitalisedInside(sentences: ReadonlyArray<{ text: string }>): TermToken[] {
  return sentences.flatMap(({ text }) => tokenize(text).slice(1).filter((token) => /^\p{Lu}/u.test(token.raw)));
}

/**
 * "the russian side", "the nato chief": a speaker described by a name and a common noun is named
 * by the name, not by the noun alone ("But neither side has offered …" has no Russian speak). The
 * name is told by how the candidates write it, capitalised inside a sentence; when none of the
 * speaker's terms is written so, or all are, every term names them, as before.
 */
export function namingTerms(speaker: readonly string[], sentences: ReadonlyArray<{ text: string }>): readonly string[] {
  if (speaker.length < 2) return speaker;
  const capitalised = new Set(capitalisedInside(sentences).map((token) => stem(token.term)));
  const names = speaker.filter((term) => capitalised.has(term));
  return names.length > 0 ? names : speaker;
}

/**
 * For each candidate sentence, whether the speaker speaks in it (reported-speech.ts: "Ryabkov
 * said …", not "… believe that President Putin aims to …"), or it goes on from a sentence in its
 * passage that names them: news names a speaker once and goes on quoting ("He said the crash was
 * …", then the quotation, sentence by sentence). Candidates are given as the passages' sentence
 * lists (indexes into `sentences`), in reading order. `asked` is the speaker's terms as the
 * question gives them (see {@link namingTerms} for which of them name the speaker).
 */
export function speakerNamed(
  asked: readonly string[],
  sentences: ReadonlyArray<{ profile: TextProfile; text: string; start?: number; end?: number }>,
  sentencesOf: readonly (readonly number[])[],
  lexicon: Lexicon,
): boolean[] {
  const speaker = namingTerms(asked, sentences);
  const relatedTo = lexicon.relater(speaker);
  const related = speakerWord(speaker, lexicon, relatedTo);
  // A part the article gives a voice of its own is a side of its own (speaker-affiliation.ts).
  const isPart = (term: string, written: string): boolean =>
    related(term, written) && !speaker.includes(term) && relatedTo(term).some((index) => lexicon.above(term, speaker[index] as string));
  const ownVoices = partsWithOwnVoice(isPart, sentences);
  const isSide = (term: string, written?: string): boolean => related(term, written) && !ownVoices.has(term);
  // A side speaks through the people the article says lead it (speaker-affiliation.ts); a person, only as themselves.
  const people = speaker.some(isPersonWord) ? new Set<string>() : affiliatedPeople(isSide, sentences);
  const isSpeaker = (term: string, written: string): boolean => isSide(term, written) || people.has(term);
  const names = sentences.map(({ profile }) => [...profile.stems].some((term) => isSide(term) || people.has(term)));
  const named = sentences.map(({ text }, index) => names[index] === true && speaks(text, isSpeaker));
  for (const passage of sentencesOf) {
    let quotationOpen = false;
    passage.forEach((index, position) => {
      const before = position > 0 ? passage[position - 1] : undefined;
      const sentence = sentences[index];
      const text = sentence?.text ?? '';
      // A sentence the candidates leave out between two closes nothing it opened: what the one
      // before left open is no evidence for this one ("Ryabkov said "… this." and, sentences later, Sherman).
      if (before !== undefined && !adjacent(sentences[before], sentence)) quotationOpen = false;
      // "According to him, …" goes on from whoever spoke in the sentence before, not from a side it only names.
      const spokeBefore = before !== undefined && (named[before] === true || (names[before] === true && !ACCORDING_TO_PRONOUN.test(text)));
      if (spokeBefore && !named[index] && continuesSpeaker(quotationOpen, text)) named[index] = true;
      quotationOpen = quotationOpenAfter(quotationOpen, text);
    });
  }
  return named;
}

/** A sentence that opens by going on from the speaker before it: "According to him, …". */
const ACCORDING_TO_PRONOUN = /^\s*according\s+to\s+(?:him|her|them)\b/i;

/** Whether `later` follows `earlier` with nothing between (true when either has no offsets to tell). */
function adjacent(earlier: { end?: number } | undefined, later: { start?: number } | undefined): boolean {
  if (earlier?.end === undefined || later?.start === undefined) return true;
  return later.start - earlier.end <= ADJACENT;
}
