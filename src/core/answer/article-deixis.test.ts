import { describe, expect, it } from 'vitest';
import { stem } from '../text/terms.js';
import { withArticleForThis } from './article-deixis.js';

const TITLE = 'U.S.-Russia Meets Ukraine Tensions in Geneva';
/** The corpus's terms: the bundled article's few that matter here. */
const corpus = new Set(['russia', 'ukrain', 'tension', 'geneva', 'meet', 'talk', 'proposal', 'week'].map((word) => stem(word)));
const uses = (term: string): boolean => corpus.has(term);

describe('withArticleForThis', () => {
  it('asks about the one article\'s title when "this" or "it" stands alone in a when-question', () => {
    expect(withArticleForThis('when was this?', [TITLE], uses)).toBe(`when was ${TITLE}?`);
    expect(withArticleForThis('when did it happen', [TITLE], uses)).toBe(`when did ${TITLE} happen`);
    expect(withArticleForThis('wait when was this even, like what day', [TITLE], uses)).toBe(`wait when was ${TITLE} even, like what day`);
    expect(withArticleForThis('what day did this take place', [TITLE], uses)).toBe(`what day did ${TITLE} take place`);
  });

  it('leaves a "this" that describes a noun, or stands for one of several, or a question about something else', () => {
    expect(withArticleForThis('when was this week', [TITLE], uses)).toBeUndefined();
    expect(withArticleForThis('when is that one happening', [TITLE], uses)).toBeUndefined();
    // The title names the place a where-question asks for, and the answer could not bold it.
    expect(withArticleForThis('where is this happening', [TITLE], uses)).toBeUndefined();
    expect(withArticleForThis('how long has he been doing that', [TITLE], uses)).toBeUndefined();
    expect(withArticleForThis('is this true', [TITLE], uses)).toBeUndefined();
    // A word the corpus uses says what is asked about.
    expect(withArticleForThis('when were the talks, was it monday', [TITLE], uses)).toBeUndefined();
  });

  it('needs one article with a real title', () => {
    expect(withArticleForThis('when was this?', [TITLE, 'Another story'], uses)).toBeUndefined();
    expect(withArticleForThis('when was this?', ['8d730691304ac1b2'], uses)).toBeUndefined();
    expect(withArticleForThis('when was this?', [], uses)).toBeUndefined();
  });
});
