import { describe, expect, it } from 'vitest';
import { missingFileHint } from './container-hint.js';

describe('missingFileHint', () => {
  it('says nothing outside the image', () => {
    expect(missingFileHint({})).toBeUndefined();
    expect(missingFileHint({ ARTICLE_QA_IN_CONTAINER: '0' })).toBeUndefined();
  });

  it('says how to copy the file into the container, in the image', () => {
    const hint = missingFileHint({ ARTICLE_QA_IN_CONTAINER: '1' });
    expect(hint?.('./report.pdf')).toBe(
      'The file must be inside the container: copy it in from the host with docker compose cp ./report.pdf article-qa:/data/ and add /data/report.pdf.',
    );
  });

  it('quotes a name the shell would split', () => {
    const hint = missingFileHint({ ARTICLE_QA_IN_CONTAINER: '1' });
    expect(hint?.("My Report's.pdf")).toContain(`cp 'My Report'\\''s.pdf' article-qa:/data/ and add '/data/My Report'\\''s.pdf'.`);
  });
});
