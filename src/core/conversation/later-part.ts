/**
 * A message that asks two things, the second leaning on the first ("where did they meet and how
 * long did it last?", "who is stoltenberg and what does he think?"): the second part is read as a
 * follow-up to the first, as the next message of a conversation would be. Asked alone, its "it"
 * or "he" named nothing, so the whole message used to be asked as one question, whose words for
 * each part counted against the other's answer.
 */
import type { Answer } from '../answer/types.js';
import { buildTurn } from './build-turn.js';
import { withPossessives } from './chat-possessives.js';
import { resolveFollowUp } from './resolve-follow-up.js';
import { loadTagger } from './text-analysis.js';

/** The later part as the conversation's rules read it after the earlier part and its answer (`asked` as it was answered). */
export async function readAfterEarlierPart(part: string, earlier: { asked: string; answer: Answer }): Promise<string> {
  // compromise loads on first need: only a message of several parts, one leaning back, pays for it here.
  await loadTagger();
  const turn = buildTurn({ question: earlier.asked, resolvedQuestion: earlier.asked, answer: earlier.answer, askedAt: 0 }, []);
  return resolveFollowUp(withPossessives(part), [turn]).text;
}
