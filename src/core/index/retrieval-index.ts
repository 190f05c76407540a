import type { CorpusDocument, Passage } from '../corpus/types.js';
import type { KeywordIndex } from './keyword-index.js';
import type { IndexManifest } from './manifest.js';
import type { VectorIndex } from './vector-index.js';

/** Everything retrieval needs, loaded together from one generation of the index. */
export interface RetrievalIndex {
  manifest: IndexManifest;
  documents: CorpusDocument[];
  /** Passages in label order: label `i` in both indexes is `passages[i]`. */
  passages: Passage[];
  vectors: VectorIndex;
  keywords: KeywordIndex;
}
