import type { Passage } from '../corpus/types.js';
import { splitSentences } from '../text/sentences.js';
import { STOPWORDS } from '../text/stopwords.js';

/** A source the article names for what it reports, where it first names it. */
export interface Attribution {
  /** As the article writes it, without "the": "Associated Press", "BBC's James Landdale", "Tass". */
  name: string;
  passage: Passage;
  /** The name, as a range of the passage's text. */
  nameRange: { start: number; end: number };
}

/** A capitalised word: "Associated", "BBC's", "U.S.", "Al-Arabiya", "WTKR", "Boston.com". */
const WORD =
  "[A-Z][\\p{L}\\p{M}\\d&'’-]*(?:\\.[A-Z][\\p{L}\\p{M}\\d&'’-]*)*(?:\\.(?:com|org|net|co\\.uk)\\b)?\\.?";
/** Words joined into a name, with the small words names hold ("Centers for Disease Control and Prevention"). */
const NAME = `(?:the\\s+)?${WORD}(?:\\s+(?:(?:of|for|and|de|al|on|the)\\s+)?${WORD})*`;
/**
 * What may follow a name or an adjective of place to make a source of it ("the Anadolu news
 * agency", "British police", "the Philippine foreign ministry", "Pettit's parents").
 */
const OUTLET_NOUN =
  '(?:\\s+(?:state\\s+|foreign\\s+|interior\\s+|defense\\s+|defence\\s+)?(?:news\\s+agency|news\\s+service|newspaper|magazine|journal|network|channel|station|daily|broadcaster|television|TV|radio|media|press|agency|website|ministry|police|officials?|authorities|government|office|embassy|military|army|parents|family|spokes(?:man|woman|person)))?';

/**
 * The ways news names where it got something: "According to the Associated Press, …",
 * "Reported by Tass, …", "… citing the Pentagon", "in an interview with KUTV", "Xinhua reported".
 * Not "reported from London", which names a place.
 * Only a capitalised name counts ("according to him" names no one). "X said" is left out: it
 * names who spoke, not where the article's information comes from, and "told Russia that …" would
 * make a country a source.
 */
const PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:[Aa]ccording to|[Rr]eported by|[Ii]n an interview with|[Qq]uoted by|[Cc]ited by|[Cc]iting|[Aa] report by|[Aa] statement from)\\s+(${NAME}${OUTLET_NOUN})`,
    'gu',
  ),
  new RegExp(
    `(?:^|[,;:]\\s*|\\s)(${NAME}${OUTLET_NOUN})\\s+(?:has\\s+|had\\s+)?(?:reported|reports|quoted)\\b(?!\\s+(?:and\\s+wrote\\s+)?from\\b)`,
    'gu',
  ),
];

/** A name as it is compared: without "the", case or extra spaces. */
function nameKey(name: string): string {
  return name
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/**
 * The name itself: without the function words a sentence may open with ("But the AP reported" →
 * "AP", "He quoted" → nothing) and without a full stop that ends its sentence ("… by Xinhua.").
 * Its offset within the words matched is returned with it.
 */
function nameIn(words: string): { name: string; offset: number } {
  let offset = 0;
  for (const word of words.match(/\S+/g) ?? []) {
    if (!STOPWORDS.has(word.toLowerCase().replace(/’/g, "'"))) break;
    offset = words.indexOf(word, offset) + word.length;
  }
  while (/\s/.test(words.charAt(offset))) offset += 1;
  const name = words.slice(offset);
  return { name: /(?:^|\s)(?:[A-Z]\.)+$/.test(name) ? name : name.replace(/\.$/, ''), offset };
}

/**
 * Every source the passages name, once each, in reading order (passages in store order), where
 * it is first named. Sentences are read one at a time, so a name never runs on into the next one.
 */
export function findAttributions(passages: readonly Passage[]): Attribution[] {
  const found = new Map<string, Attribution>();
  for (const passage of passages) {
    for (const sentence of splitSentences(passage.text)) {
      const matches = PATTERNS.flatMap((pattern) => [...sentence.text.matchAll(pattern)]).sort(
        (a, b) => (a.index ?? 0) - (b.index ?? 0),
      );
      for (const match of matches) {
        const raw = match[1] as string;
        const { name, offset } = nameIn(raw);
        const start = sentence.start + (match.index ?? 0) + (match[0] as string).indexOf(raw) + offset;
        const key = nameKey(name);
        if (key === '' || found.has(key)) continue;
        found.set(key, { name, passage, nameRange: { start, end: start + name.length } });
      }
    }
  }
  return [...found.values()];
}
