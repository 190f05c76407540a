/**
 * Whether the text from `start` to `end` closes a longer capitalised name that an acronym in
 * brackets right after it abbreviates: the "in Europe" (or "Europe") of "the Organization for
 * Security and Co-operation in Europe (OSCE)". Such a place is part of a body's name, not where
 * anything happens: "where's the OSCE meeting" had "in Europe" in bold, and "who leads russia's
 * side there" asked about Europe.
 */
export function insideAbbreviatedName(text: string, start: number, end: number): boolean {
  return /\p{Lu}[\p{L}-]*\s+(?:(?:in|of|for|on)\s+(?:the\s+)?)?$/u.test(text.slice(0, start)) && /^\s*\(\p{Lu}{2,}\)/u.test(text.slice(end));
}
