/**
 * Which letters lie next to each other on a QWERTY keyboard, to tell a likely typing slip from
 * an unlikely one: a finger lands on a neighbouring key far more often than across the keyboard.
 */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Each letter's neighbours: left and right on its row, and the two touching it above and below. */
const NEIGHBOURS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const neighbours = new Map<string, Set<string>>();
  const link = (first: string | undefined, second: string | undefined): void => {
    if (first === undefined || second === undefined) return;
    for (const [from, to] of [[first, second], [second, first]] as const) {
      const set = neighbours.get(from) ?? new Set<string>();
      set.add(to);
      neighbours.set(from, set);
    }
  };
  ROWS.forEach((row, rowIndex) => {
    const below = ROWS[rowIndex + 1] ?? '';
    for (let column = 0; column < row.length; column += 1) {
      link(row[column], row[column + 1]);
      // Each row sits half a key to the right of the one above it, so a key touches the key
      // below it and the one to that key's left.
      link(row[column], below[column]);
      link(row[column], below[column - 1]);
    }
  });
  return neighbours;
})();

/** Whether two letters are neighbouring keys on a QWERTY keyboard. */
export function neighbouringKeys(first: string, second: string): boolean {
  return NEIGHBOURS.get(first.toLowerCase())?.has(second.toLowerCase()) ?? false;
}

/**
 * Whether `written` is a likely typing slip for `meant`, one edit away: a letter left out, added
 * or swapped with the next, or a letter changed to a neighbouring key. A letter changed to a key
 * across the keyboard ("wher" for "when") is counted as no likely slip.
 */
export function likelySlip(written: string, meant: string): boolean {
  if (written.length !== meant.length) return Math.abs(written.length - meant.length) === 1 && oneLetterApart(written, meant);
  const differences = [...written].flatMap((letter, index) => (letter === meant[index] ? [] : [index]));
  if (differences.length === 1) {
    const index = differences[0] as number;
    return neighbouringKeys(written[index] as string, meant[index] as string);
  }
  const [first, second] = differences as [number, number];
  return differences.length === 2 && second === first + 1 && written[first] === meant[second] && written[second] === meant[first];
}

/** Whether the longer of two words is the shorter with one letter added somewhere. */
function oneLetterApart(first: string, second: string): boolean {
  const [shorter, longer] = first.length < second.length ? [first, second] : [second, first];
  for (let index = 0; index < longer.length; index += 1) {
    if (longer.slice(0, index) + longer.slice(index + 1) === shorter) return true;
  }
  return false;
}
