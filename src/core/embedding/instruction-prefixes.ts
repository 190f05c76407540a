/** Text put before each query and each document, as a model family was trained to expect. */
export interface InstructionPrefixes {
  query: string;
  document: string;
}

const NONE: InstructionPrefixes = { query: '', document: '' };

/**
 * Families of Hugging Face embedding models that were trained with instructions, matched on
 * the model id, with the prefixes their model cards prescribe. Without them such models still
 * work, but match questions to passages noticeably worse.
 */
const FAMILIES: ReadonlyArray<{ pattern: RegExp; prefixes: InstructionPrefixes }> = [
  // intfloat/e5-*, multilingual-e5-* (the instruct variants take a task description instead).
  { pattern: /(?:^|\/)(?:multilingual-)?e5-(?!.*instruct)/i, prefixes: { query: 'query: ', document: 'passage: ' } },
  // BAAI/bge-*-en(-v1.5): only queries get the instruction.
  { pattern: /(?:^|\/)bge-(?!m3)[\w.-]*en/i, prefixes: { query: 'Represent this sentence for searching relevant passages: ', document: '' } },
  // nomic-ai/nomic-embed-text-*.
  { pattern: /(?:^|\/)nomic-embed-text/i, prefixes: { query: 'search_query: ', document: 'search_document: ' } },
];

/** The prefixes for a model id; none for models that need none (the bundled one, MiniLM, gte, …). */
export function instructionPrefixes(modelId: string): InstructionPrefixes {
  return FAMILIES.find((family) => family.pattern.test(modelId))?.prefixes ?? NONE;
}
