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

/**
 * A request for information about a topic, in the imperative ("explain the three demands",
 * "describe how the talks ended", "tell me about ryabkov", "give me some details on the osce"):
 * what follows it is what is asked about, with a question word or without. Left in, "explain"
 * or "describe" counts as content that no answer holds, as "kind" did.
 */
/** What is left of "tell me (more) about X" once "tell me" is taken off. */
const ABOUT = /^(?:(?:a\s+bit|a\s+little|more|something|anything|everything)\s+)*about\b[\s,:]*/i;
const TOPIC_REQUEST =
  /^(?:(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?)?(?:explain|describe|outline|list|summari[sz]e|elaborate\s+on|(?:tell|teach|inform)\s+(?:me|us)\s+(?:(?:a\s+bit|a\s+little|more|something|anything|everything)\s+)*about|talk\s+(?:to\s+(?:me|us)\s+)?about|(?:give|show|send)\s+(?:me|us)\s+(?:(?:some|more|any|the)\s+)?(?:details|detail|info|information|facts|background|an\s+explanation|an\s+overview)\s+(?:on|about|of|regarding))\b(?:\s+(?:to\s+)?(?:me|us)\b)?[\s,:]*/i;
/** Thanks and "please" after the question. */
const TRAILING_POLITENESS = /(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you|thx|ty))+(?=[\s?!.]*$)/i;

/** The question with the request around it taken off, when a question word or a requested topic is left. */
function withoutRequest(question: string): string {
  let rest = question.trimStart();
  for (let unit = REQUEST_UNIT.exec(rest); unit && unit[0] !== ''; unit = REQUEST_UNIT.exec(rest)) {
    rest = rest.slice(unit[0].length);
  }
  const core = rest.replace(TRAILING_POLITENESS, '');
  // "can you tell me" is taken off as a unit above, leaving "about ryabkov".
  const topic = TOPIC_REQUEST.exec(core) ?? (rest !== question.trimStart() ? ABOUT.exec(core) : null);
  if (topic && topic[0] !== '' && /\p{L}/u.test(core.slice(topic[0].length))) return core.slice(topic[0].length);
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
