/**
 * The address in what someone wrote: surrounding spaces dropped, and `<https://…>` unwrapped.
 * Discord members write an address in angle brackets to stop its link preview; mail and
 * Markdown autolinks look the same; a copied address often brings a space along.
 */
export function writtenAddress(written: string): string {
  return written.trim().replace(/^<([^<>]*)>$/, '$1');
}

/**
 * True when what was written is meant as an address (a scheme, then `//`), however it is
 * wrapped, so the command line fetches it instead of looking for a file of that name.
 */
export function looksLikeAddress(written: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(writtenAddress(written));
}

/**
 * True when a name that is no file reads as a web address written without its scheme
 * ("www.example.com/story.html", "example.com/news"): a host name of dotted words, ending in
 * letters, first. "report.pdf" and "notes/story.txt" are not: their first part has no slash after it
 * or no dot in it.
 */
export function looksLikeHostWithoutScheme(written: string): boolean {
  return /^(?:www\.|[a-z\d-]+(?:\.[a-z\d-]+)*\.[a-z]{2,}\/)/i.test(writtenAddress(written));
}
