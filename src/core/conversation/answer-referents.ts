/**
 * What an answer names, for later references: its people, places and bodies, those in bold as
 * its focus, and not the bodies it only cites as its source.
 */
import { nameReferent } from './referent-names.js';
import { analyseText, type NameSpan, type TextAnalysis } from './text-analysis.js';
import type { Referent } from './types.js';
import { findWords } from '../text/whole-words.js';
import { insideAbbreviatedName } from '../text/abbreviated-names.js';

/** "According to the Associated Press, …", "Reported by Tass, …": who reports, not who acts. */
const ATTRIBUTION = /(?:according to|reported by|quoted by)\s+(?:the\s+)?$/i;

/**
 * Whether a name in an answer is only its source ("According to the Associated Press"): "they"
 * in the next question means the people the sentence is about. A source followed by "'s" ("the
 * BBC's James Landdale") is kept, as is any name elsewhere in a sentence.
 */
function isSource(analysis: TextAnalysis, span: NameSpan): boolean {
  const start = analysis.tokens[span.first]?.start ?? 0;
  const end = analysis.tokens[span.last]?.end ?? 0;
  return span.kind === 'organization' && ATTRIBUTION.test(analysis.text.slice(Math.max(0, start - 20), start)) && !/^['’]s\b/.test(analysis.text.slice(end));
}

/** Whether a name closes a longer one an acronym after it abbreviates ("Europe" of "… Co-operation in Europe (OSCE)"). */
function insideLongerName(analysis: TextAnalysis, span: NameSpan): boolean {
  return insideAbbreviatedName(analysis.text, analysis.tokens[span.first]?.start ?? 0, analysis.tokens[span.last]?.end ?? 0);
}

/**
 * The names an answer's sentences give, in order, each a `mention` or, when the bold text holds it
 * as whole words, the answer's `focus`; a body cited only as the source is left out.
 */
export function answerReferents(sentences: readonly string[], highlights: readonly string[]): Referent[] {
  const found: Referent[] = [];
  const highlighted = highlights.map((text) => text.toLowerCase());
  for (const sentence of sentences) {
    const analysis = analyseText(sentence);
    for (const span of analysis.names) {
      const referent = nameReferent(analysis, span, 'answer', 'mention');
      // "The US", "the OSCE": a body or country keeps the article the answer gave it.
      if (referent.kind !== 'person' && analysis.tokens[span.first - 1]?.lower === 'the') referent.text = `the ${referent.text}`;
      const lower = referent.text.toLowerCase();
      // Whole words: the bold "Russia" does not make "US" (inside it) the answer's focus.
      const bold = highlighted.some((text) => findWords(text, lower) || findWords(lower, text));
      // A source in bold is what was asked for ("who reported that" … "Reported by Al Jazeera"):
      // "what else did they report" means it.
      if ((isSource(analysis, span) && !bold) || insideLongerName(analysis, span)) continue;
      if (bold) referent.role = 'focus';
      found.push(referent);
    }
  }
  return found;
}
