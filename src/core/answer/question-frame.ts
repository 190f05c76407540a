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
 * Greetings, addressing and requests around a question ("hey bot, who led …", "can you tell me
 * who led …", "do you know where …", "i want to know how many …"): each would count as content
 * that no answer holds ("know", "want", "bot"), and "can you …" would type the question as
 * yes/no. One unit at a time, and only when a question word follows.
 */
const REQUEST_UNIT =
  /^(?:(?:hey|hi|hello|yo|ok|okay|um|uh|bot|article-qa|please|pls|plz|kindly)\b[\s,!:;.-]*|(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:tell|show|remind)\s+(?:me|us)\b\s*|(?:do|does)\s+(?:you|u|anyone|anybody)\s+know\b\s*|any\s+idea\b\s*|(?:i|we)(?:\s+(?:want|need|would\s+like|wanna)|['’]d\s+like)\s+(?:to\s+)?know\b\s*|i(?:\s+(?:wonder|am\s+wondering|was\s+wondering)|['’]m\s+wondering)\b\s*)/i;
const QUESTION_WORD = /^(?:who|whom|whose|what|which|when|where|why|how)\b/i;
/** Thanks and "please" after the question. */
const TRAILING_POLITENESS = /(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|ty))+(?=[\s?!.]*$)/i;

/** The question with the request around it taken off, when a question word is left. */
function withoutRequest(question: string): string {
  let rest = question.trimStart();
  for (let unit = REQUEST_UNIT.exec(rest); unit && unit[0] !== ''; unit = REQUEST_UNIT.exec(rest)) {
    rest = rest.slice(unit[0].length);
  }
  const core = rest.replace(TRAILING_POLITENESS, '');
  return QUESTION_WORD.test(core) ? core : question;
}

/**
 * The question without the words that only frame what it asks for ("can you tell me who …" →
 * "who …", "what kind of X" → "what X", "what is the name of X" → "what is X"): what retrieval, the question's type and the answer
 * features read, so "what kind of organisation" is typed as "what organisation" is.
 */
export function withoutFrameWords(question: string): string {
  return withoutRequest(question)
    .replace(KIND_OF, (_match, wh: string, modifier: string | undefined) => `${wh} ${modifier ?? ''}`)
    .replace(NAME_OF, (_match, asked: string) => `${asked} `);
}
