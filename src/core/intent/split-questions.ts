/**
 * Members ask two things at once: "who led the us side? and when did the talks start?", "1) who
 * led the us delegation 2) how long did the talks last", "who led the us side and where was the
 * meeting held". Asked as one
 * question, the words of each part count against the other's answer, and the whole gets "The
 * article doesn't say" though the article answers both. Each part is answered on its own.
 */

/** A part must open like a question: a question word or an inverted auxiliary. */
const QUESTION_OPENING =
  /^(?:who|whom|whose|what|what's|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/i;
const WH_OPENING = /^(?:who|whom|whose|what|what's|which|when|where|why|how)\b/i;
/** A wh-question with its auxiliary ("when did …", "how long did …", "what time is …"). */
const INVERTED_WH =
  /^(?:who|whom|whose|what|which|when|where|why|how)(?:\s+[\p{L}\d'-]+)?\s+(?:is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b/iu;
/** Words that join a second question to the first: "and when …", "also, who …". */
const JOINER = /^(?:(?:and|also|plus|oh|ok|okay|then|so)\b[\s,]*)+/i;
/** "1) …", "(2) …", "3. …" in a message of several numbered questions. */
const NUMBER_MARK = /(?:^|\s)(?:\(\d\)|\d[).:])\s+/g;

/** More parts than this are asked as one message: a list that long is not a pair of questions. */
const MAX_PARTS = 3;
/** A part shorter than this ("why?", "100k?") belongs to the question before it. */
const MIN_WORDS = 3;

/** How many words a text has (runs holding a letter or a digit). */
export const words = (text: string): number => text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

/** Whether a piece can stand as a question of its own. */
function standsAlone(piece: string): boolean {
  const rest = piece.replace(JOINER, '');
  return QUESTION_OPENING.test(rest) && words(rest) >= MIN_WORDS;
}

/** A piece without the word that joined it to the one before ("and when …" → "when …"). */
function unjoined(piece: string): string {
  return piece.replace(JOINER, '').trim();
}

/**
 * A later part that leans on the one before it by a pronoun ("when did they meet", "what does he
 * think"): it is read as a follow-up to that part (see leansOnEarlier), as a conversation's next
 * question is.
 */
const LEANS_BACK = /\b(?:he|she|it|they|him|her|them|his|hers|its|their|theirs|this|that|these|those|so)\b/i;
/**
 * A later part shorter than this is too short to say what it asks ("why so long?", "was it
 * biden?"), so the message is asked whole.
 */
const MIN_LATER_WORDS = 4;
const tooShort = (piece: string): boolean => words(unjoined(piece)) < MIN_LATER_WORDS;

/** Whether a part after the first leans on the one before it, by a pronoun: "where did they meet and how long did it last". */
export function leansOnEarlier(part: string): boolean {
  return LEANS_BACK.test(unjoined(part));
}

/** Splits at question marks, keeping each mark with its part; pieces that cannot stand alone rejoin the one before. */
function atQuestionMarks(text: string): string[] {
  const pieces = text.split(/(?<=\?)\s+/);
  const parts: string[] = [];
  for (const piece of pieces) {
    if (parts.length > 0 && !standsAlone(piece)) parts[parts.length - 1] = `${parts[parts.length - 1] as string} ${piece}`;
    else parts.push(piece);
  }
  return parts;
}

/**
 * Whether parts can each be asked: each opens like a question, and each after the first says
 * enough to be read, alone or as a follow-up to the one before.
 */
function askable(parts: readonly string[]): boolean {
  const [first, ...later] = parts;
  return first !== undefined && standsAlone(first) && later.every((part) => standsAlone(part) && !tooShort(part));
}

/**
 * A yes/no question after "and": its auxiliary, then a pronoun or an article opening its subject
 * ("and is it still negotiating", "and did the us accept"), which a phrase inside a question
 * ("… between nato and is…") never has.
 */
const INVERTED_YES_NO = /^(?:is|are|was|were|do|does|did|can|could|will|would|has|have|had)\s+(?:it|they|he|she|there|the|any)\b/i;

/**
 * "who led the us side and where was the meeting held", "what did the us reject and is it still
 * negotiating": a wh-question joined to another by "and".
 */
function atAndWh(part: string): string[] {
  if (!WH_OPENING.test(part)) return [part];
  const match = /,?\s+and\s+(?=(?:who|whom|whose|what|which|when|where|why|how|is|are|was|were|do|does|did|can|could|will|would|has|have|had)\b)/i.exec(part);
  if (!match) return [part];
  const first = part.slice(0, match.index);
  const second = part.slice(match.index + match[0].length);
  // "and where was the meeting held" is a question; "… between nato and what russia wants" is not.
  return words(first) >= MIN_WORDS && standsAlone(second) && (INVERTED_WH.test(second) || INVERTED_YES_NO.test(second)) ? [first, second] : [part];
}

/** The auxiliary of one subject where the question had it for two: "what do russia and the us want" → "what does russia want". */
const SINGULAR: Readonly<Record<string, string>> = { do: 'does', have: 'has', are: 'is', were: 'was' };

/**
 * Two people or sides asked about at once, with a verb of saying, thinking or wanting: "what did
 * sherman and ryabkov say about the talks", "how did sherman and ryabkov describe the talks
 * differently?", "what do russia and the us want". Each said or wants their own thing, in their
 * own sentence: asked as one, no sentence had both and the question heard "doesn't say" (0.04), or
 * only one side was quoted. Each is asked of one, and a closing "differently", "each" or "both"
 * goes. Not "mean" ("what does metes and bounds mean" asks about one phrase), nor what two do
 * together ("think of each other"), nor joint acts ("what did the us and nato reject").
 */
const PAIRED_SUBJECTS =
  /^(what|how|why)\s+(did|does|do|have|has|are|were)\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)\s+and\s+((?:the\s+)?[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)\s+((?:say|said|saying|think|thinking|want|wanting|describe|describing|see|view|feel|demand|demanding|propose|proposing|offer|offering|call|expect|believe|claim|argue|fear|hope|insist)\b.*?)(?:\s+(?:differently|each|both|respectively))?([?!.]*)$/iu;

/** Words that are no one asked about: pronouns and the like ("what did he and she say" is left whole). */
const NOT_A_SUBJECT = /^(?:he|she|it|they|we|you|i|them|him|her|this|that|these|those|there|then|what|who)$/i;

function atPairedSubjects(part: string): string[] {
  const match = PAIRED_SUBJECTS.exec(part.trim());
  if (!match) return [part];
  const [, wh = '', auxiliary = '', first = '', second = '', rest = '', marks = ''] = match;
  // "what do ryabkov and sherman think of each other" asks about the two together.
  if ([first, second].some((subject) => NOT_A_SUBJECT.test(subject.replace(/^the\s+/i, ''))) || /\b(?:each other|one another|together|jointly)\b/i.test(rest)) return [part];
  const single = SINGULAR[auxiliary.toLowerCase()] ?? auxiliary;
  return [first, second].map((subject) => `${wh} ${single} ${subject} ${rest}${marks}`);
}

/** Numbered questions: split at the marks when there are at least two, the first numbered 1. */
function atNumbers(text: string): string[] | undefined {
  const marks = [...text.matchAll(NUMBER_MARK)];
  if (marks.length < 2 || !/^\(?1\b/.test((marks[0]?.[0] ?? '').trim())) return undefined;
  const parts = text.split(NUMBER_MARK).map((part) => part.trim()).filter((part) => part !== '');
  return parts.every(standsAlone) ? parts : undefined;
}

/**
 * The questions a message asks, each as written (without "and" or a number before it); the
 * message itself when it asks one thing, or more than {@link MAX_PARTS}.
 */
export function splitQuestions(message: string): string[] {
  const text = message.trim();
  const parts = (atNumbers(text) ?? atQuestionMarks(text).flatMap(atAndWh).flatMap(atPairedSubjects)).map(unjoined).filter((part) => /\p{L}/u.test(part));
  return parts.length > 1 && parts.length <= MAX_PARTS && askable(parts) ? parts : [message];
}
