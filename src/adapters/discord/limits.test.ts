import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, embedLength, packEmbeds, splitText, truncate } from './limits.js';

describe('truncate', () => {
  it('leaves short text alone', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('cuts at a word boundary with an ellipsis, within the limit', () => {
    const cut = truncate('The head of the Russian delegation was Ryabkov', 30);
    expect(cut).toBe('The head of the Russian…');
    expect(cut.length).toBeLessThanOrEqual(30);
  });

  it('cuts mid-word only when there is no boundary near the end', () => {
    expect(truncate('Supercalifragilisticexpialidocious', 10)).toBe('Supercali…');
  });
});

describe('splitText', () => {
  it('splits at paragraphs, then sentences, each piece within the limit', () => {
    const text = `${'First paragraph sentence. '.repeat(10).trim()}\n\n${'Second one here. '.repeat(10).trim()}`;
    const pieces = splitText(text, 200);
    expect(pieces.every((piece) => piece.length <= 200)).toBe(true);
    expect(pieces.every((piece) => /[.]$/.test(piece))).toBe(true);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
  });

  it('cuts a single overlong word', () => {
    expect(splitText('x'.repeat(25), 10)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });
});

describe('packEmbeds', () => {
  const embed = (size: number) => ({ title: 'T', description: 'd'.repeat(size - 1) });

  it('keeps every message under 6,000 characters and 10 embeds, in order', () => {
    const embeds = [embed(2500), embed(2500), embed(2500), ...Array.from({ length: 12 }, () => embed(10))];
    const messages = packEmbeds(embeds);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedsPerMessage);
      expect(message.reduce((sum, entry) => sum + embedLength(entry), 0)).toBeLessThanOrEqual(
        DISCORD_LIMITS.embedsTotal,
      );
    }
    expect(messages.flat()).toEqual(embeds);
    expect(messages.map((message) => message.length)).toEqual([2, 10, 3]);
  });

  it('counts titles, descriptions, fields, footers and authors', () => {
    expect(
      embedLength({
        title: 'ab',
        description: 'c',
        fields: [{ name: 'd', value: 'ef' }],
        footer: { text: 'g' },
        author: { name: 'h' },
      }),
    ).toBe(8);
  });
});
