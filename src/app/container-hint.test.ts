import { describe, expect, it } from 'vitest';
import { missingFileHint, unreadableFileHint } from './container-hint.js';

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

describe('unreadableFileHint', () => {
  it('says nothing outside the image', () => {
    expect(unreadableFileHint({})).toBeUndefined();
  });

  it('says to make the file readable by others on the host and copy it in again, in the image', () => {
    const hint = unreadableFileHint({ ARTICLE_QA_IN_CONTAINER: '1' });
    expect(hint?.('/data/report.pdf')).toBe(
      "article-qa runs as uid 1000 in the container, and docker compose cp keeps a file's owner and mode: make the file readable by others on the host (chmod a+r report.pdf), then copy it in again.",
    );
  });
});
