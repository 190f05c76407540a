import { isContentTerm, isNumberTerm, properNames, stem, tokenize } from '../text/terms.js';
import { definedSubject } from './definition-cues.js';
import { questionType, type QuestionType } from './question-type.js';
import { profileText, type TextProfile } from './text-profile.js';

/** The question, analysed once for retrieval and answering. */
export interface QuestionAnalysis {
  text: string;
  type: QuestionType;
  /** Stemmed content terms, distinct, in order. */
  terms: string[];
  /** Content words, stems and word pairs, as candidate sentences are profiled. */
  profile: TextProfile;
  /** Names and numbers the question mentions (stemmed): an answer about something else does not answer it. */
  keys: string[];
  /** For "how many X Y …": the stems of X and Y, what is to be counted ("how many tanks" is not answered by "100,000 troops"). */
  counted: string[];
  /** For "who is X", "what is X": the stems of X (see definition-cues.ts). */
  defined: string[];
  vector: Float32Array;
  /** Share of the question the embedding model can see (see VectorCoverage); scales the semantic evidence. */
  vectorCoverage: number;
}

/** Analyses a question whose vector and coverage are known. */
export function analyzeQuestion(text: string, vector: Float32Array, vectorCoverage = 1): QuestionAnalysis {
  const profile = profileText(text);
  // Single letters ("P", "X") are variables, not names.
  const keys = [...new Set([...properNames(text).map(stem), ...[...profile.stems].filter(isNumberTerm)])].filter(
    (key) => key.length > 1,
  );
  return { text, type: questionType(text), terms: [...profile.stems], profile, keys, counted: countedNouns(text), defined: definedSubject(text), vector, vectorCoverage };
}

/** The content words among the two after "how many", as tokens ("how many nuclear weapons" → nuclear, weapons). */
export function countedWords(text: string): ReturnType<typeof tokenize> {
  const tokens = tokenize(text);
  const at = tokens.findIndex((token, index) => token.term === 'how' && tokens[index + 1]?.term === 'many');
  if (at < 0) return [];
  return tokens.slice(at + 2, at + 4).filter((token) => isContentTerm(token.term));
}

/** The first two content words after "how many", stemmed. */
export function countedNouns(text: string): string[] {
  return countedWords(text).map((token) => stem(token.term));
}
