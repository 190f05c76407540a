import type { PronounClass } from './pronouns.js';
import type { ConversationTurn, Gender, Referent } from './types.js';

/*
 * A person's gender, as the conversation has learned it. A first name or a title tells it
 * ("Wendy Sherman", "Mrs Clinton"), but news names many people by a first name no list holds
 * ("Sergei Ryabkov") or by surname alone. The member who says "what did he say" of Ryabkov has
 * told it too: a later "she" is someone else. Without this, "who led the russian side" … "what did
 * he say" … "and the us side?" … "what did she say" was asked as "what did Ryabkov say", Ryabkov
 * being the latest person whose gender nothing had told.
 */

/** The referent with the gender a pronoun that stood for it told, unless its own name told one already. */
export function withPronounGender(referent: Referent, pronounClass: PronounClass): Referent {
  const gender = pronounClass === 'male' || pronounClass === 'female' ? pronounClass : undefined;
  return gender === undefined || referent.gender !== undefined || referent.kind !== 'person'
    ? referent
    : { ...referent, gender };
}

/**
 * The turns with each person whose gender nothing told given the gender the conversation knows
 * for another mention of the same person (a shared alias: "ryabkov" of "Sergei Ryabkov"). An
 * alias two genders claim tells nothing. Turns and referents that gain nothing are the same
 * objects as before, so identity comparisons downstream still hold.
 */
export function withKnownGenders(turns: readonly ConversationTurn[]): readonly ConversationTurn[] {
  const known = new Map<string, Gender | null>();
  for (const turn of turns)
    for (const referent of turn.referents) {
      if (referent.kind !== 'person' || referent.gender === undefined) continue;
      for (const alias of referent.aliases) {
        const before = known.get(alias);
        known.set(alias, before === undefined || before === referent.gender ? referent.gender : null);
      }
    }
  if (known.size === 0) return turns;
  const genderOf = (referent: Referent): Gender | undefined => {
    const told = new Set(
      referent.aliases
        .map((alias) => known.get(alias))
        .filter((gender): gender is Gender | null => gender !== undefined),
    );
    const [only] = told;
    return told.size === 1 && only !== null ? only : undefined;
  };
  let changed = false;
  const filled = turns.map((turn) => {
    let turnChanged = false;
    const referents = turn.referents.map((referent) => {
      if (referent.kind !== 'person' || referent.gender !== undefined) return referent;
      const gender = genderOf(referent);
      if (gender === undefined) return referent;
      turnChanged = true;
      return { ...referent, gender };
    });
    if (!turnChanged) return turn;
    changed = true;
    return { ...turn, referents };
  });
  return changed ? filled : turns;
}
