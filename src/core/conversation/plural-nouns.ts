/**
 * Plurals the tagger takes for mass nouns. compromise (14.17) lists "troops" among its
 * uncountable nouns, beside "news" and "physics", so "the troops" came out as one thing and a
 * later "it" could stand for it: "why are the europeans nervous about the troops" … "how could it
 * end badly" became "how could the troops end badly". These are the words of that list that
 * English treats as plural ("the troops are", "the premises were"); "news", "series", "politics"
 * and the rest stay singular, as the tagger has them.
 */
const PLURALS_READ_AS_MASS_NOUNS = new Set([
  'troops', 'clothes', 'earnings', 'premises', 'trousers', 'jeans', 'pants', 'shorts', 'scissors', 'reins', 'amends',
]);

/** Whether the tagger read a plural noun as a mass noun: its tags say "Uncountable" of "troops". */
export function isPluralReadAsMass(lower: string, tags: ReadonlySet<string>): boolean {
  return tags.has('Uncountable') && PLURALS_READ_AS_MASS_NOUNS.has(lower);
}

/** A word's tags with such a plural read as one: "Plural" in place of "Uncountable". */
export function pluralTags(lower: string, tags: readonly string[]): Set<string> {
  const set = new Set(tags);
  if (!isPluralReadAsMass(lower, set)) return set;
  set.delete('Uncountable');
  set.add('Plural');
  return set;
}
