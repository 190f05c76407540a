/**
 * A question shouted in capitals ("WHAT DID HE SAY?", "AND THE US ONE?") with its capitalised
 * words in lower case, as the conversation rules read chat; any other question as it is. The
 * tagger takes a word in capitals for an acronym or a name, so "what did he say" … "and the us
 * one?" written in capitals had become "US DID Sergei Ryabkov SAY" (in lower case, "what did
 * Sergei Ryabkov say (the US one)"). At least two thirds of the words (of two letters or more)
 * must be in capitals, so a question that only names "NATO" or "the US" keeps them; words the
 * slip mender put back in lower case ("WHO LED THE russian DELEGATION") do not stop it.
 */
export function inReadableCase(question: string): string {
  const words = question.match(/\p{L}{2,}/gu) ?? [];
  const shouted = words.filter(isShouted);
  if (words.length < 2 || shouted.length * 3 < words.length * 2) return question;
  return question.replace(/\p{L}{2,}/gu, (word) => (isShouted(word) ? word.toLowerCase() : word));
}

function isShouted(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}
