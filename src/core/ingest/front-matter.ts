/**
 * Front matter: the metadata that Jekyll, Hugo, Obsidian and other site tools put at the top of
 * a Markdown file, YAML between `---` lines or TOML between `+++` lines. It is not article text,
 * and its `title` is the document's title, as a web page's `<title>` is.
 *
 * Read here by hand, not with a YAML library: only the fences and one scalar (`title`) are
 * needed, and the only YAML parser installed, js-yaml, is ESLint's development dependency,
 * missing from production installs and the Docker image. A title written in a form read here
 * only by guessing (a quoted string over several lines, a tag, an alias, a nested value) is
 * left out: the file's other title rules then apply, as for a file without front matter.
 */

/** Markdown text without its front matter, and the title the front matter gives, if any. */
export interface MarkdownWithoutFrontMatter {
  text: string;
  metadataTitle?: string;
}

interface Fence {
  open: RegExp;
  close: RegExp;
  /** Whether a line of the block can be this language's metadata. */
  fits: (line: string) => boolean;
  title: (lines: readonly string[]) => string | undefined;
}

/** A key, a list item, an indented (nested or continued) value, or a comment. */
const YAML_LINE = /^(?:[^\s#:-][^:]*:(?:[ \t]|$)|-(?:[ \t]|$)|[ \t]|#)/;
/** A key, a [table], a continued array or string, or a comment. */
const TOML_LINE = /^(?:[\w".'-][^=]*=|\[|[ \t\]"'#])/;

const FENCES: readonly Fence[] = [
  // YAML may end its document with `...` as well as `---`.
  {
    open: /^---[ \t]*$/,
    close: /^(?:---|\.\.\.)[ \t]*$/,
    fits: (line) => YAML_LINE.test(line),
    title: yamlTitle,
  },
  { open: /^\+\+\+[ \t]*$/, close: /^\+\+\+[ \t]*$/, fits: (line) => TOML_LINE.test(line), title: tomlTitle },
];

/**
 * Splits front matter off Markdown text. A block counts only when it opens the file, is closed,
 * and each of its lines can be metadata: a file that opens with a `---` rule over a paragraph
 * keeps it as text.
 */
export function splitFrontMatter(text: string): MarkdownWithoutFrontMatter {
  const lines = text.split('\n');
  const fence = FENCES.find((candidate) => candidate.open.test(lines[0] ?? ''));
  if (!fence) return { text };
  const closing = lines.findIndex((line, index) => index > 0 && fence.close.test(line));
  if (closing < 0) return { text };
  const block = lines.slice(1, closing);
  if (!block.every((line) => line.trim() === '' || fence.fits(line))) return { text };
  const title = fence.title(block);
  return { text: lines.slice(closing + 1).join('\n'), ...(title ? { metadataTitle: title } : {}) };
}

/** One line's value after `title:` or `title =`, and the lines indented under it. */
function titleEntry(
  lines: readonly string[],
  key: RegExp,
): { value: string; continued: string[] } | undefined {
  const index = lines.findIndex((line) => key.test(line));
  if (index < 0) return undefined;
  const continued: string[] = [];
  for (let next = index + 1; next < lines.length && /^[ \t]+\S/.test(lines[next] ?? ''); next += 1)
    continued.push((lines[next] ?? '').trim());
  return { value: (lines[index] ?? '').replace(key, '').trim(), continued };
}

const tidy = (title: string): string | undefined => title.replace(/\s+/g, ' ').trim() || undefined;

/** Whatever may follow a closed quoted string on its line: spaces and a comment. */
const AFTER_QUOTE = String.raw`[ \t]*(?:#.*)?$`;
const DOUBLE_QUOTED = new RegExp(String.raw`^"((?:[^"\\]|\\.)*)"` + AFTER_QUOTE);
const SINGLE_QUOTED_YAML = new RegExp(String.raw`^'((?:[^']|'')*)'` + AFTER_QUOTE);
const SINGLE_QUOTED_TOML = new RegExp(String.raw`^'([^']*)'` + AFTER_QUOTE);

/** YAML's `title:` as a string: quoted, plain (continued on indented lines), or a block scalar. */
function yamlTitle(lines: readonly string[]): string | undefined {
  const entry = titleEntry(lines, /^title[ \t]*:(?=[ \t]|$)/i);
  if (!entry) return undefined;
  const { value, continued } = entry;
  const doubleQuoted = DOUBLE_QUOTED.exec(value);
  if (doubleQuoted) return tidy(unescapeQuoted(doubleQuoted[1] ?? '') ?? '');
  const singleQuoted = SINGLE_QUOTED_YAML.exec(value);
  if (singleQuoted) return tidy((singleQuoted[1] ?? '').replaceAll("''", "'"));
  // `|` or `>` with its optional chomping and indentation indicators: the text is on the lines
  // below; in a title, its line breaks are spaces.
  if (/^[|>][1-9+-]{0,2}[ \t]*(?:#.*)?$/.test(value)) return tidy(continued.join(' '));
  // Unclosed quotes (continued on other lines), flow collections, tags, anchors, aliases,
  // reserved indicators, and a value that is only on the lines below (perhaps a mapping).
  if (value === '' || /^["'[{!&*@`%]/.test(value)) return undefined;
  const plain = [value, ...continued].map((line) => line.replace(/(?:^|[ \t])#.*$/, ''));
  const title = tidy(plain.join(' '));
  return title && /^(?:~|null)$/i.test(title) ? undefined : title;
}

/** TOML's `title =` as a string: a basic "…" or literal '…' string on one line. */
function tomlTitle(lines: readonly string[]): string | undefined {
  const entry = titleEntry(lines, /^title[ \t]*=/i);
  if (!entry || /^(?:"""|''')/.test(entry.value)) return undefined;
  const basic = DOUBLE_QUOTED.exec(entry.value);
  if (basic) return tidy(unescapeQuoted(basic[1] ?? '') ?? '');
  const literal = SINGLE_QUOTED_TOML.exec(entry.value);
  return literal ? tidy(literal[1] ?? '') : undefined;
}

/** YAML's one-character escapes in double quotes (TOML's are among them). */
const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};
const HEX_DIGITS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/** A double-quoted string's content with its escapes read, or undefined for a bad escape. */
function unescapeQuoted(quoted: string): string | undefined {
  let text = '';
  for (let index = 0; index < quoted.length; index += 1) {
    const character = quoted[index] ?? '';
    if (character !== '\\') {
      text += character;
      continue;
    }
    const escape = quoted[index + 1] ?? '';
    const simple = ESCAPES[escape];
    if (simple !== undefined) {
      text += simple;
      index += 1;
      continue;
    }
    const digits = HEX_DIGITS[escape];
    const hex = digits ? quoted.slice(index + 2, index + 2 + digits) : '';
    if (!digits || !new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex)) return undefined;
    const codePoint = Number.parseInt(hex, 16);
    if (codePoint > 0x10ffff) return undefined;
    text += String.fromCodePoint(codePoint);
    index += 1 + digits;
  }
  return text;
}
