import { describe, expect, it } from 'vitest';
import { escapeArticleText, escapeUserText } from './escaping.js';

describe('escapeUserText', () => {
  it('shows Markdown literally, including headings, lists and masked links', () => {
    expect(escapeUserText('# big *bold* _it_ `code` ||spoiler|| [link](https://x.test)')).toBe(
      '\\# big \\*bold\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[link](https://x.test)',
    );
  });

  it('defuses @everyone and @here', () => {
    expect(escapeUserText('hey @everyone and @HERE')).toBe('hey @\u200beveryone and @\u200bHERE');
  });
});

describe('escapeArticleText', () => {
  it('keeps article asterisks and underscores from becoming formatting', () => {
    expect(escapeArticleText('a *starred* snake_case_name')).toBe('a \\*starred\\* snake\\_case\\_name');
  });
});
