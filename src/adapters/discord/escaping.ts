import { escapeMarkdown } from 'discord.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Breaks `@everyone` and `@here` so they show as plain text. Pings are already off for every
 * message (`allowedMentions: { parse: [] }`); this also keeps them from looking like pings.
 */
export function defuseMassMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Breaks every masked link (`[label](url)`) so it shows as text. discord.js's `maskedLink`
 * escape only catches the first link on a line, so "[docs](…) [free nitro](https://evil…)"
 * kept the second one live in the bot's own message. A zero-width space between `]` and `(` is
 * not Markdown at all, so no backslash in the text can undo it.
 */
export function breakMaskedLinks(text: string): string {
  return text.replace(/\]\(/g, `]${ZERO_WIDTH_SPACE}(`);
}

/**
 * Makes text a user typed safe to echo back: every Markdown construct (including headings,
 * lists and masked links) shows literally, and mass mentions are defused.
 */
export function escapeUserText(text: string): string {
  return breakMaskedLinks(
    defuseMassMentions(escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true })),
  );
}

/**
 * Escapes article text for display, so asterisks or underscores in the article do not turn
 * into formatting around our own bold highlights.
 */
export function escapeArticleText(text: string): string {
  return breakMaskedLinks(defuseMassMentions(escapeMarkdown(text, { maskedLink: true })));
}
