import { describe, expect, it } from 'vitest';
import { looksLikeAddress, looksLikeHostWithoutScheme } from './written-address.js';

describe('looksLikeHostWithoutScheme', () => {
  it('recognises a web address written without https://', () => {
    for (const written of ['www.example.com/story.html', 'example.com/news/1', 'www.example.com', ' news.bbc.co.uk/world ']) {
      expect(looksLikeHostWithoutScheme(written), written).toBe(true);
      expect(looksLikeAddress(written), written).toBe(false);
    }
  });

  it('leaves file names alone', () => {
    for (const written of ['report.pdf', 'notes/story.txt', './a.b/c', '/tmp/www/page.html', 'Geneva Talks.md', 'v1.2/notes.md']) {
      expect(looksLikeHostWithoutScheme(written), written).toBe(false);
    }
  });
});
