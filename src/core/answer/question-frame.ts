/**
 * "what kind of guarantees …", "which type of school …": the kind word frames the question; the
 * question is about guarantees and schools. Left in, "kind" or "type" counts as a content word
 * that no answer holds, and in a corpus that never uses it, it weighs most of all.
 */
const KIND_OF =
  /\b(what|which)\s+((?:other|different|main|specific|particular)\s+)?(?:kinds?|types?|sorts?|forms?|variet(?:y|ies)|categor(?:y|ies))\s+of\s+/gi;

/** "what was the name of her first album" asks what her first album was. */
const NAME_OF = /\b((?:what|which)(?:['’]?s|\s+(?:is|was|are|were)))\s+(?:the\s+)?names?\s+of\s+/gi;

/**
 * The question without the words that only frame what it asks for ("what kind of X" → "what X",
 * "what is the name of X" → "what is X"): what retrieval, the question's type and the answer
 * features read, so "what kind of organisation" is typed as "what organisation" is.
 */
export function withoutFrameWords(question: string): string {
  return question
    .replace(KIND_OF, (_match, wh: string, modifier: string | undefined) => `${wh} ${modifier ?? ''}`)
    .replace(NAME_OF, (_match, asked: string) => `${asked} `);
}
