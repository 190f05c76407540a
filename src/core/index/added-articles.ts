import type { CorpusDocument } from '../corpus/types.js';
import { findSameText } from '../text/same-text.js';
import type { SkippedInput } from '../ingest/types.js';
import type { IndexManifest } from './manifest.js';

/** An article added with `add` or `/article add`, as the index takes it: its id, a hash of what it holds, and its document when needed. */
export interface AddedDocument {
  id: string;
  /** Changes whenever the article's text, title or owner changes. */
  hash: string;
  /** The parsed article (read from the store only when it is indexed). */
  load(): CorpusDocument;
}

/** How the manifest records one added article. */
export type RecordedArticle = IndexManifest['articles'][number];

/** Added articles split into those to index and those set aside, with how the manifest records each. */
export interface AddedSelection {
  /** The articles to index, in the order they were added. */
  usable: AddedDocument[];
  /** Their documents, loaded once, in the same order. */
  documents: CorpusDocument[];
  /** Every article, set aside or not, in the order they were added: what the manifest records. */
  recorded: RecordedArticle[];
  /** One report per article set aside, saying which document has its id and how to resolve it. */
  skipped: SkippedInput[];
}

function clashDetail(id: string, owner: CorpusDocument): string {
  const remedy = `drop the added copy with article-qa remove ${id}`;
  if (owner.added) return `added article ${id} is set aside: another added article has the same id; ${remedy}`;
  return `added article ${id} is set aside: the corpus file ${owner.path} has the same id and is answered instead; rename that file to keep both, or ${remedy}`;
}

/**
 * Sets aside the added articles whose id a document already in the index has (a corpus file
 * named like one, e.g. an added article saved into the corpus folder): an index must never hold
 * two documents with one id, since passages find their text by it. So are those whose text a
 * corpus file has (the same article saved under another name). The corpus file wins, as it
 * is what the operator keeps on disk. Set-aside articles stay in the record, marked, so an
 * unchanged situation is recognised as such instead of rebuilding or appending them again.
 */
export function selectAdded(added: readonly AddedDocument[], existing: readonly CorpusDocument[]): AddedSelection {
  const taken = new Map(existing.map((document) => [document.id, document]));
  const files = existing.filter((document) => !document.added);
  const selection: AddedSelection = { usable: [], documents: [], recorded: [], skipped: [] };
  const setAside = (item: AddedDocument, detail: string): void => {
    selection.recorded.push({ docId: item.id, hash: item.hash, setAside: true });
    selection.skipped.push({ path: item.id, reason: 'duplicate', detail });
  };
  for (const item of added) {
    const owner = taken.get(item.id);
    if (owner) {
      setAside(item, clashDetail(item.id, owner));
      continue;
    }
    const document = item.load();
    // A corpus file saved later with the same text (under another name): its passages would appear twice.
    const copy = findSameText(document.text, files);
    if (copy) {
      setAside(item, `added article ${item.id} is set aside: the corpus file ${copy.path} has the same text and is answered instead; drop the added copy with article-qa remove ${item.id}`);
      continue;
    }
    selection.usable.push(item);
    selection.documents.push(document);
    selection.recorded.push({ docId: item.id, hash: item.hash });
  }
  return selection;
}

/**
 * The added articles that are new since the index was built: those after every one it records,
 * when the recorded ones (indexed or set aside) are still the first, unchanged and in order.
 * Undefined when one was removed or changed, which needs a rebuild.
 */
export function newArticles(recorded: readonly RecordedArticle[], current: readonly AddedDocument[]): AddedDocument[] | undefined {
  const unchanged = recorded.every((item, position) => current[position]?.id === item.docId && current[position]?.hash === item.hash);
  return unchanged ? current.slice(recorded.length) : undefined;
}
