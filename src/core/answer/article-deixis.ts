import { QUESTION_WORDS } from '../text/question-words.js';
import { STOPWORDS } from '../text/stopwords.js';
import { contentTerms } from '../text/terms.js';
import { questionType } from './question-type.js';

/**
 * "this", "that" or "it" standing alone ("when was this?", "when did it happen", "what day was
 * this even"): followed by nothing, a mark, a function word or a verb of happening, not by a
 * noun it would describe ("this week", "that proposal").
 */
const BARE_DEIXIS = /\b(?:this|that|it)\b(?=\s*(?:$|[^\p{L}\s]|(\p{L}+)))/giu;

/** Words after a bare "this" that leave it standing for an event: "when did this happen", "when did it take place". */
const HAPPENING = /^(?:happen(?:s|ed|ing)?|occur(?:s|red|ring)?|take|takes|took|taken|start(?:s|ed)?|begin|began|end(?:s|ed)?)$/i;

/**
 * When the article's own event was, asked as members ask of a link just posted: "when
 * was this?", "when did it happen", "wait when was this even, like what day". With one article
 * in the corpus and no word of the question that the corpus uses, the bare "this" can only be
 * what the article reports, so its title is asked about in its place ("when was U.S.-Russia
 * Meets Ukraine Tensions in Geneva"); left as it was, there was nothing to look for, and the
 * reply was "Nothing in it is about this question". Not where: a title names the place ("… in
 * Geneva"), which an answer then may not bold or even quote, as the question holds it. Undefined
 * for other questions ("how long has he been doing that" asks about something done), for
 * a corpus of several articles (which one "this" is cannot be told), and for a title that is no
 * title (a file's id, whose words the article does not use).
 */
export function withArticleForThis(question: string, titles: readonly string[], usesTerm: (term: string) => boolean): string | undefined {
  const title = titles.length === 1 ? titles[0]?.trim() : undefined;
  if (!title || questionType(question) !== 'when') return undefined;
  const titleTerms = contentTerms(title);
  if (titleTerms.filter(usesTerm).length * 2 < titleTerms.length || titleTerms.length === 0) return undefined;
  const asked = contentTerms(question).filter((term) => !QUESTION_WORDS.has(term));
  if (asked.some(usesTerm)) return undefined;
  let replaced = false;
  const rewritten = question.replace(BARE_DEIXIS, (deixis: string, next: string | undefined) => {
    const word = next?.toLowerCase();
    if (replaced || word === 'one' || word === 'ones' || (word !== undefined && !STOPWORDS.has(word) && !HAPPENING.test(word))) return deixis;
    replaced = true;
    return title;
  });
  return replaced ? rewritten : undefined;
}
