/** The empty "it" of fixed phrases ("is it true that …", "will it rain", "if it comes to that"), which stands for nothing. */

/** Patterns of an "it" that stands for nothing ("is it true that …", "will it rain"). */
const EXPLETIVE_IT = [
  /\bit (?:is|was|will be|would be|seems|seemed|appears|appeared|looks|looked) (?:\w+ )?(?:true|false|possible|impossible|likely|unlikely|clear|known|important|necessary|hard|easy|fair|right|wrong|correct|certain|surprising|safe|normal|common|realistic)\b (?:that|to|whether|for|if)\b/,
  /\b(?:is|was|will|would) it (?:\w+ )?(?:true|false|possible|impossible|likely|unlikely|clear|known|important|necessary|hard|easy|fair|right|wrong|correct|certain|surprising|safe|normal|common|realistic) (?:that|to|whether|for|if)\b/,
  // "it seems (that) they did not agree", "it appears so": "it" opens the clause, whatever follows.
  /\bit (?:seems|seemed|appears|appeared)\b/,
  // "if it comes to that", "when it comes to sanctions": a fixed phrase.
  /\b(?:if|when|once|unless|before) it (?:comes|came|come) to\b/,
  /\b(?:does|did|will|would) it take\b.*\bto\b/,
  /\bit (?:takes|took) .*\bto\b/,
  // Weather and time: "will it rain", "is it late", "what time is it".
  /\b(?:will|does|did|is|was|would) it (?:rain|snow|hail|raining|snowing|cold|hot|warm|sunny|windy|late|early|dark)\b/,
  /\bit (?:rains|rained|snows|snowed|is raining|is snowing)\b/,
  /\b(?:what time|how late|how far|how long ago) is it\b/,
  // "whose red line is it", "which day was it": "it" is the thing the question names.
  /^(?:whose|which|what) (?:\w+ ){1,2}(?:(?:is|was) it|(?:are|were) they)[?!.\s]*$/,
  // "how many troops was it again": the count asked for, as "how many troops were there".
  /^how (?:many|much) (?:\w+ ){1,2}(?:is|was) it(?: again| exactly| then| now| in total)?[?!.\s]*$/,
  // Sayings a member tells of themselves: "my eyesight isn't what it was", "has my neighbour got
  // it right", "to be honest about it". Read for a thing, they had become "what Ukraine was" and
  // "got Good afternoon right".
  /\b(?:is|isn't|is not|are|aren't|are not|was|wasn't|not) what it (?:was|used to be|once was)\b/,
  /\b(?:get|gets|got|gotten|getting) it (?:right|wrong|all wrong|all right)\b/,
  // A cleft: "what is it that they want" asks what they want.
  /\b(?:what|who|where|when|why|how|which \w+) (?:is|was|'s) it (?:that|who)\b/,
];

/** The same patterns, matched everywhere in a text: compiled once, not per pronoun. */
const EXPLETIVE_IT_EVERYWHERE = EXPLETIVE_IT.map((pattern) => new RegExp(pattern.source, `${pattern.flags}g`));

/**
 * Whether the "it" (or "they") at `start` of a lower-case text is the empty subject of one of the
 * fixed phrases above. Only that word: in "would they do it if it comes to that" the "they" and
 * the first "it" still stand for something.
 */
export function isExpletive(lower: string, start: number): boolean {
  return EXPLETIVE_IT_EVERYWHERE.some((pattern) => {
    for (const match of lower.matchAll(pattern)) {
      const pronoun = /\b(?:it|they)\b/.exec(match[0]);
      if (pronoun && match.index + pronoun.index === start) return true;
    }
    return false;
  });
}
