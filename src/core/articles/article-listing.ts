import type { CorpusDocument } from '../corpus/types.js';
import type { RetrievalIndex } from '../index/retrieval-index.js';

/** One line of `list`: an article of the corpus folder or an added one. */
export interface ArticleListing {
  docId: string;
  title: string;
  source: string;
  passages: number;
  /** ISO time it was added; null for the configured corpus's files. */
  addedAt: string | null;
  /** The server it belongs to; null for the corpus and command-line additions (every server). */
  guildId: string | null;
}

/** Every article an index answers from, with its passage count: the corpus's files first, then added ones. */
export function listArticles(
  index: RetrievalIndex,
  visible: (document: CorpusDocument) => boolean = () => true,
): ArticleListing[] {
  const counts = new Map<string, number>();
  for (const passage of index.passages) counts.set(passage.docId, (counts.get(passage.docId) ?? 0) + 1);
  return index.documents.filter(visible).map((document) => ({
    docId: document.id,
    title: document.title,
    source: document.source,
    passages: counts.get(document.id) ?? 0,
    addedAt: document.added?.at ?? null,
    guildId: document.added?.guildId ?? null,
  }));
}

/** Whether a server (or a DM, `null`) may see a document: the corpus and shared additions everywhere, a server's own additions there only. */
export function visibleIn(guildId: string | null): (document: CorpusDocument) => boolean {
  return (document) =>
    !document.added || document.added.guildId === null || document.added.guildId === guildId;
}
