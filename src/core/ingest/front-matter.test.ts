import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.js';

const BODY = 'A weasel rode on the back of a green woodpecker.';

describe('splitFrontMatter', () => {
  it.each([
    [
      'a double-quoted YAML title',
      '---\ntitle: "Weasel rides woodpecker"\ndate: 2015-03-03\n---\n',
      'Weasel rides woodpecker',
    ],
    [
      'a plain one, its comment left out',
      '---\ntitle: Weasel rides woodpecker # draft\n---\n',
      'Weasel rides woodpecker',
    ],
    ['a single-quoted one', "---\ntitle: 'The weasel''s ride'\n---\n", "The weasel's ride"],
    ['escapes', '---\ntitle: "Caf\\u00e9 \\"Noir\\""\n---\n', 'Café "Noir"'],
    [
      'a folded block',
      '---\ntitle: >-\n  Weasel rides\n  woodpecker\nauthor: Jane Doe\n---\n',
      'Weasel rides woodpecker',
    ],
    [
      'a plain one over two lines',
      '---\ntitle: Weasel rides\n  woodpecker\n---\n',
      'Weasel rides woodpecker',
    ],
    [
      'a list before it, and the `...` end',
      '---\ntags:\n- nature\n- london\nTitle: Weasel rides woodpecker\n...\n',
      'Weasel rides woodpecker',
    ],
    [
      'Hugo TOML',
      '+++\ntitle = "Weasel rides woodpecker"\n[params]\n  author = "Jane Doe"\n+++\n',
      'Weasel rides woodpecker',
    ],
    ['a TOML literal string', "+++\ntitle = 'C:\\weasel'\n+++\n", 'C:\\weasel'],
  ])('takes the title from %s, and leaves the block out of the text', (_name, frontMatter, title) => {
    expect(splitFrontMatter(`${frontMatter}\n${BODY}`)).toEqual({ text: `\n${BODY}`, metadataTitle: title });
  });

  it.each([
    ['no title', '---\nauthor: Jane Doe\n---\n'],
    ['an empty block (how Jekyll users mark a page to process)', '---\n---\n'],
    ['a null title', '---\ntitle: ~\n---\n'],
    ['a nested title', '---\ntitle:\n  en: Weasel rides woodpecker\n---\n'],
    ['a quoted title over two lines', '---\ntitle: "Weasel rides\n  woodpecker"\n---\n'],
    ['an alias', '---\ntitle: *headline\n---\n'],
    ['a bad escape', '---\ntitle: "Weasel \\q"\n---\n'],
    ['a TOML multi-line string', '+++\ntitle = """Weasel"""\n+++\n'],
  ])('leaves out a block with %s, and gives no title rather than a guess', (_name, frontMatter) => {
    expect(splitFrontMatter(`${frontMatter}${BODY}`)).toEqual({ text: BODY });
  });

  it.each([
    ['a rule over a paragraph', `---\nThe weasel was seen in east London.\n---\n${BODY}`],
    ['a block never closed', `---\ntitle: Weasel\n${BODY}`],
    ['a block below the first line', `\n---\ntitle: Weasel\n---\n${BODY}`],
    ['no front matter', `# Weasel rides woodpecker\n\n${BODY}`],
  ])('keeps the text of %s as it is', (_name, text) => {
    expect(splitFrontMatter(text)).toEqual({ text });
  });
});
