import { DEFAULT_ANSWER_TUNING, type AnswerTuning } from './answer/tuning.js';
import { DEFAULT_FUSION, type FusionOptions } from './retrieval/fusion.js';
import { DEFAULT_MAX_QUESTION_CHARS } from './validation.js';

/** Settings the engine needs; the composition root maps config onto them. */
export interface EngineOptions {
  /** Passages returned by search and considered by answers. */
  k: number;
  maxQuestionChars: number;
  fusion: FusionOptions;
  answer: AnswerTuning;
}

/** The engine's defaults: the configuration schema reads its own (`retrieval.*`, `answer.*`, `limits.questionMaxChars`) from here. */
export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  k: 5,
  maxQuestionChars: DEFAULT_MAX_QUESTION_CHARS,
  fusion: DEFAULT_FUSION,
  answer: DEFAULT_ANSWER_TUNING,
};
