/** One source file of the corpus. */
export interface CorpusDocument {
  /** Stable id derived from the file's path inside the corpus (e.g. `geneva-talks-2022`). */
  id: string;
  title: string;
  /** Path relative to the corpus root, for display. */
  path: string;
  /** Where the text came from, as citations show it: the URL of a web article, the file name otherwise. */
  source: string;
  /** The extracted text (the file itself for plain text): every offset points into it. */
  text: string;
  sections: DocumentSection[];
  /** Set for articles added with `add` or `/article add` rather than read from the corpus folder. */
  added?: AddedArticleInfo;
}

/** Who added an article and when; it is answered from only in its server (`guildId`), or everywhere (null). */
export interface AddedArticleInfo {
  /** ISO 8601 time it was added. */
  at: string;
  /** The Discord server that owns it; null for articles the owner added from the command line. */
  guildId: string | null;
}

/** A titled part of a document. The untitled lead before the first heading has `title: null`. */
export interface DocumentSection {
  /** 1-based position among the document's sections, counting the lead as 0. */
  number: number;
  title: string | null;
  /** Paragraphs as offsets into the document text. */
  paragraphs: TextRange[];
  /** Offsets of the heading line, when there is one. */
  heading?: TextRange;
}

/** A half-open character range `[start, end)` into a document's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** The unit of retrieval and citation. */
export interface Passage {
  /** Stable id from the document, position and content. */
  id: string;
  docId: string;
  docTitle: string;
  /** The document's source (URL or file name), as citations show it. */
  docSource: string;
  section: string | null;
  sectionNumber: number;
  /** Exactly `document.text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Position of the passage within its document, 0-based. */
  ordinal: number;
}
