/**
 * The engine's public shapes: what a question may carry besides its text, and what search, `about`
 * and the document list return to front ends, and how the engine knows a word.
 */
import type { ConversationContext } from './generation/answer-prompt.js';
import type { AnswerMode } from './answer/types.js';
import type { CorpusDocument } from './corpus/types.js';
import { displayText } from './display.js';
import type { RetrievalIndex } from './index/retrieval-index.js';
import type { RetrievalPrior } from './retrieval/prior.js';
import type { RetrievedPassage } from './retrieval/hybrid-retriever.js';
import { roundScore } from './scores.js';

/** Options of one {@link QaEngine.ask} beyond the question. */
export interface AskOptions {
  /** Score added to given passages at retrieval: a conversation's earlier evidence. */
  retrievalPrior?: RetrievalPrior;
  /**
   * Sentences already given for this question ("tell me more", or "why?" after them): the answer
   * leaves them out, and to a why-question the reason the article states for one of them comes first.
   */
  alreadyShown?: readonly string[];
  /**
   * A line of the article the member quoted before asking about it ("> …"): the sentence it
   * reproduces is not given back as the answer, and to a why-question the reason the article
   * states for it comes first. A who-question may ask who said it, so there it stays.
   */
  quoted?: string;
  /** A follow-up's message as written and the exchanges before it: a language model reads the message by them. */
  conversation?: ConversationContext;
}

/** How answers are produced: reported by front ends (e.g. Discord `/about`). */
export interface AnswerModeInfo {
  mode: AnswerMode;
  /** The language model, when answers are generated. */
  model?: string;
}

/** One search result, as the CLI's JSON and every front end show it. */
export interface SearchHit {
  rank: number;
  chunkId: string;
  docId: string;
  section: string | null;
  text: string;
  score: number;
}

export interface SearchResponse {
  question: string;
  results: SearchHit[];
}

/** A document answers come from, as front ends name it. */
export interface DocumentInfo {
  id: string;
  title: string;
}

/** What the engine answers from and how, as front ends report it (e.g. Discord `/about`). */
export interface EngineInfo {
  documents: DocumentInfo[];
  /** Passages of those documents. */
  passages: number;
  embeddingModel: string;
  /** ISO time the index was built. */
  builtAt: string;
  answerMode: AnswerModeInfo;
}

/** How the articles and the embedding model know a plain lower-case word (see {@link QaEngine.knownWord}). */
export interface KnownWord {
  /** The articles write it as it is ("reuters" in an article that cites Reuters). */
  written: boolean;
  /** Its place in the word-vector model's vocabulary, commonest first; undefined when unknown or the model has no word list. */
  rank: number | undefined;
}


/** Turns retrieved passages into the public search-hit shape. */
export function toSearchHits(results: readonly RetrievedPassage[]): SearchHit[] {
  return results.map((result, position) => ({
    rank: position + 1,
    chunkId: result.passage.id,
    docId: result.passage.docId,
    section: result.passage.section,
    text: displayText(result.passage.text),
    score: roundScore(result.score),
  }));
}

/** The documents answers come from, in index order, as front ends name them. */
export function documentInfos(documents: readonly CorpusDocument[]): DocumentInfo[] {
  return documents.map((document) => ({ id: document.id, title: document.title }));
}

/** What an index answers from: its documents, their passages, its embedding model and build time. */
export function engineInfo(index: RetrievalIndex, answerMode: AnswerModeInfo): EngineInfo {
  const { documents, passages, manifest } = index;
  // A server's view lists only the documents it may see, but shares the whole passage list.
  const visible = new Set(documents.map((document) => document.id));
  return {
    documents: documentInfos(documents),
    passages: passages.filter((passage) => visible.has(passage.docId)).length,
    embeddingModel: manifest.model.id,
    builtAt: manifest.builtAt,
    answerMode,
  };
}
