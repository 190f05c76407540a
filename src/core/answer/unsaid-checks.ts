import type { DocumentTerms } from './document-terms.js';
import type { CandidateEvidence } from './features.js';
import type { Lexicon } from './lexicon.js';
import { offSubjectCandidates, type DocumentTitles } from './named-documents.js';
import type { QuestionAnalysis } from './question-analysis.js';
import { expansionAsked } from './question-frame.js';
import { askedSpeaker, asksOnlyWhatSaid, asksWhatSaidOnTheStory, speakerAsNamed, speakerNamed } from './speaker-evidence.js';
import type { TermStatistics } from './term-statistics.js';
import { askedNames, countedThing, silentDocuments, unmentionedNames, type AskedName } from './unmentioned-names.js';
import { hedgedGuessWords, withoutGuesses } from './guessed-names.js';

/**
 * What the corpus leaves unsaid about a question, read from its candidates: checks the answer
 * model cannot make one sentence at a time, settled after it (extractive-answerer.ts and
 * hybrid-retriever.ts apply them).
 */
export interface UnsaidChecks {
  /** Names the question asks about, and what "how many" counts, that the corpus never mentions, as written (see unmentioned-names.ts). */
  unmentioned: string[];
  /** Documents among the candidates' that never mention one of those names, when the corpus does. */
  silentDocuments: string[];
  /**
   * When the question names documents of the corpus by their titles: for each candidate, whether
   * it is set aside as about something else (see named-documents.ts).
   */
  offSubject?: boolean[];
  /**
   * When the question asks what someone said: for each candidate, whether it or the sentence
   * before it names the speaker (see speaker-evidence.ts).
   */
  speakerNamed?: boolean[];
  /** Then, the speaker as the question names them, in the candidates' case ("Putin"), for the reply that they say nothing on it. */
  speaker?: string;
  /** Then, true when it asks nothing more ("what did stoltenberg say"): any of the speaker's words answers it. */
  speakerOnly?: boolean;
  /** When the question asks what an abbreviation stands for: the abbreviation, in capitals (see question-frame.ts). */
  expansion?: string;
}

/** The corpus-wide facts behind {@link unsaidChecks}. */
export interface CorpusReading {
  statistics: TermStatistics;
  documents: DocumentTerms;
  titles: DocumentTitles;
  lexicon: Lexicon;
}

/**
 * Names never mentioned (by the corpus, or by some of the candidates' articles) and, for "what
 * did X say", which candidates name X. `sentencesOf` lists each passage's candidates in reading
 * order, as the candidate pool gives them.
 */
export function unsaidChecks(
  question: QuestionAnalysis,
  candidates: readonly CandidateEvidence[],
  sentencesOf: readonly (readonly number[])[],
  corpus: CorpusReading,
  /** The message as typed, before its frame was read: a guess it closes on may have lost its hedge since. */
  message: string = question.text,
): UnsaidChecks {
  const { statistics, documents, titles, lexicon } = corpus;
  const profiles = candidates.map((candidate) => candidate.profile);
  // What "how many X" counts is checked as a name is: an article that never mentions it does not say how many.
  const counted = countedThing(question.text);
  const guessed = hedgedGuessWords(message);
  // A guess offered beside the question ("…, was it moldova?", "…, moldova i think?") is checked by the answer, not required of the article.
  const asked = askedNames(withoutGuesses(question.text)).filter((name) => guessed.size === 0 || !name.written.toLowerCase().split(/\s+/).every((word) => guessed.has(word)));
  const names = counted ? [...asked, counted] : asked;
  const unmentioned = unmentionedNames(names.filter(typedIn(message)), statistics, lexicon, profiles);
  const docIds = candidates.map((candidate) => candidate.candidate.passage.docId);
  const silent = unmentioned.length > 0 ? [] : silentDocuments(names, docIds, documents, lexicon, statistics);
  const offSubject = offSubjectCandidates(
    question.text,
    candidates.map((candidate) => ({ docId: candidate.candidate.passage.docId, words: candidate.profile.words })),
    titles,
    (term) => statistics.frequency(term),
  );
  const speaker = askedSpeaker(question.text);
  return {
    unmentioned,
    silentDocuments: silent,
    ...(offSubject ? { offSubject } : {}),
    ...(speaker ? { speakerNamed: speakerNamed(speaker, candidates.map((candidate) => ({ profile: candidate.profile, text: candidate.candidate.text, start: candidate.candidate.start, end: candidate.candidate.end })), sentencesOf, lexicon) } : {}),
    ...(speaker ? withSpeaker(speakerAsNamed(question.text, candidates.map((candidate) => candidate.candidate))) : {}),
    // "… about the talks" asks nothing more of a speaker the corpus names: not of "macron" mended to
    // "macro", nor "ukraine's government", whom the looser reading of sides would find speaking anyway.
    ...(speaker && (asksOnlyWhatSaid(question.text) || (asksWhatSaidOnTheStory(question.text) && speaker.every((term) => statistics.has(term)))) ? { speakerOnly: true } : {}),
    ...withExpansion(expansionAsked(message)),
  };
}

const withSpeaker = (speaker: string | undefined): { speaker?: string } => (speaker === undefined ? {} : { speaker });
const withExpansion = (expansion: string | undefined): { expansion?: string } => (expansion === undefined ? {} : { expansion });

/** Lower case without accents, for telling whether a word was typed: "Señora" is "senora". */
const plainLetters = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * Whether the member wrote the name: each of its words is a word of the message as typed, case
 * and accents aside. A name the slip mender made of another word ("la señora Sherman" read as
 * "la sonora Sherman") is no name they asked about, and "it never mentions Sonora" answered a
 * question nobody asked (0.59).
 */
function typedIn(message: string): (name: AskedName) => boolean {
  const typed = new Set(plainLetters(message).match(/[\p{L}\p{N}]+/gu) ?? []);
  // Numbers are never mended, and are read out of what holds them ("1100s", "16n").
  return (name) => (plainLetters(name.written).match(/[\p{L}\p{N}]+/gu) ?? []).every((word) => typed.has(word) || /^\p{N}+$/u.test(word));
}
