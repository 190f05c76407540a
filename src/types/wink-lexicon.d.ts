/** Types for the one wink-lexicon table we use (the package ships none). */
declare module 'wink-lexicon/src/wn-verb-exceptions.js' {
  /** WordNet's irregular verb forms mapped to their base form: "began" → "begin", "held" → "hold". */
  const verbExceptions: Readonly<Record<string, string>>;
  export default verbExceptions;
}
