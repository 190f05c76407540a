import type { CorpusDocument } from '../core/corpus/types.js';
import type { QaEngine } from '../core/engine.js';
import type { RetrievalIndex } from '../core/index/retrieval-index.js';
import type { BotEngine } from '../adapters/discord/question-service.js';
import { visibleIn } from '../core/articles/article-library.js';

/**
 * The index as one audience sees it: the same passages and labels, but documents it may not
 * see are out of `documents`, and both searches skip their passages. Term statistics stay those
 * of the whole index, so scores are computed exactly as without a restriction. Returns the
 * index itself when everything is visible.
 */
export function restrictedIndex(
  index: RetrievalIndex,
  visible: (document: CorpusDocument) => boolean,
): RetrievalIndex {
  const hidden = new Set(
    index.documents.filter((document) => !visible(document)).map((document) => document.id),
  );
  if (hidden.size === 0) return index;
  const allowed = new Uint8Array(index.passages.length);
  // A document's passages have consecutive labels: hidden ones form a few ranges.
  const ranges: Array<[number, number]> = [];
  index.passages.forEach((passage, label) => {
    if (!hidden.has(passage.docId)) {
      allowed[label] = 1;
      return;
    }
    const last = ranges.at(-1);
    if (last && last[1] === label - 1) last[1] = label;
    else ranges.push([label, label]);
  });
  return {
    ...index,
    documents: index.documents.filter((document) => !hidden.has(document.id)),
    vectors: index.vectors.restrictedTo((label) => allowed[label] === 1),
    keywords: index.keywords.restrictedTo(ranges),
  };
}

/** How many servers' engines are kept ready; more are rebuilt on demand (a view costs a pass over the passages). */
const CACHED_SCOPES = 64;

/**
 * Per-server answering: articles added in a server are answered from there only, while the
 * configured corpus (and articles the owner added from the command line) serve every server.
 * Each server gets an engine over a {@link restrictedIndex} of the main engine's current index,
 * built by the composition root's factory; views follow the main engine when its index changes.
 */
export class ScopedEngines {
  private generation: string | undefined;
  private readonly engines = new Map<string, QaEngine>();

  constructor(
    private readonly main: QaEngine,
    private readonly create: (index: RetrievalIndex) => QaEngine,
  ) {}

  /**
   * The engine for a server, or for DMs (`null`: the corpus and shared articles only). Each call
   * on it goes to the view of the index that is current at that moment: a request that waited
   * (in the work queue, for the conversation store) after the index was swapped reads the new
   * one, never the old one, which is closed once its last reader is done.
   */
  forGuild(guildId: string | null): BotEngine {
    const current = (): QaEngine => this.engineFor(guildId);
    return {
      ask: (...request) => current().ask(...request),
      validate: (question) => current().validate(question),
      knownWord: (word) => current().knownWord(word),
      mendSlips: (text) => current().mendSlips(text),
      summarize: (request) => current().summarize(request),
      validateSummary: (request) => current().validateSummary(request),
      sections: () => current().sections(),
      answerMode: () => current().answerMode(),
      about: () => current().about(),
      documents: () => current().documents(),
      articles: (visible) => current().articles(visible),
    };
  }

  /** The engine over the server's view of the current index, built once per index generation. */
  private engineFor(guildId: string | null): QaEngine {
    const index = this.main.index;
    if (index.manifest.generation !== this.generation) {
      this.engines.clear();
      this.generation = index.manifest.generation;
    }
    const key = guildId ?? '';
    const cached = this.engines.get(key);
    if (cached) return cached;
    const view = restrictedIndex(index, visibleIn(guildId));
    const engine = view === index ? this.main : this.create(view);
    if (this.engines.size >= CACHED_SCOPES) this.engines.delete(this.engines.keys().next().value as string);
    this.engines.set(key, engine);
    return engine;
  }
}
