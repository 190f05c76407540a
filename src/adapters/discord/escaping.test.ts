import { describe, expect, it } from 'vitest';
import { escapeArticleText, escapeUserText } from './escaping.js';

describe('escapeUserText', () => {
  it('shows Markdown literally, including headings, lists and masked links', () => {
    expect(escapeUserText('# big *bold* _it_ `code` ||spoiler|| [link](https://x.test)')).toBe(
      '\\# big \\*bold\\* \\_it\\_ \\`code\\` \\|\\|spoiler\\|\\| \\[link]\u200b(https://x.test)',
    );
  });

  it('breaks every masked link on a line, not only the first, whatever backslashes the text holds', () => {
    const escaped = escapeUserText('Who? [docs](https://a.example) [free nitro](https://evil.example) \\[x](https://evil.example)');
    expect(escaped).not.toMatch(/\]\(/);
    expect(escaped.match(/\]\u200b\(/g)).toHaveLength(3);
    expect(escapeArticleText('see [one](https://a.example) and [two](https://b.example)')).not.toMatch(/\]\(/);
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
