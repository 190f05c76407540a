import { detectIntent, isMoreRequest, reshapedSummaryRequest } from '../intent/intent.js';
import type { ConversationEngine } from './conversational-types.js';
import { resolveFollowUp, type FollowUpResolution } from './resolve-follow-up.js';
import type { ConversationTurn } from './types.js';

/**
 * How a message is read against the conversation before it: as small talk, as the last summary
 * asked again in a new shape, or as a follow-up resolved by the conversation's rules.
 * `clean` is the message as validated, `read` as the rules read it (readable case, possessives).
 */
export function readInContext(engine: ConversationEngine, clean: string, read: string, turns: readonly ConversationTurn[], quotesALine = false): FollowUpResolution {
  // "> For Moscow, Ukraine or Georgia are red lines" / "and what did biden say to that": the "that"
  // is the quoted line, which the engine reads as the question's context, not the last answer.
  if (quotesALine) return standing(read);
  // "thanks a lot!", "ok 👍", "that's interesting": small talk, answered as such, never read as a
  // follow-up ("thanks a lot" had become "who led a lot"). "tell me more" is one, though.
  const intent = detectIntent(clean);
  const smallTalk = intent === 'help' && !isMoreRequest(clean);
  // "what happened next?", "and after that?": what the story says comes next, which needs no
  // earlier turn; rewritten, "after that" became "after that (happened on monday)", no request.
  if (intent === 'outlook') return standing(clean);
  // "in 3 bullet points" after "sum up section 3": that summary again, in the shape now asked.
  const lastAsked = turns.filter((turn) => turn.intent !== 'help').at(-1);
  const reshaped = lastAsked?.intent === 'summary' ? reshapedSummaryRequest(lastAsked.resolvedQuestion, clean) : undefined;
  return smallTalk
    ? standing(clean)
    : reshaped !== undefined
      ? fits({ text: reshaped, dependence: 'resolved', rules: ['ellipsis'], antecedents: [] }, clean, engine)
      : fits(resolveFollowUp(read, turns), read, engine);
}

/** The resolution, or the question as it was when the engine would refuse the rewrite. */
function fits(resolution: FollowUpResolution, question: string, engine: ConversationEngine): FollowUpResolution {
  try {
    engine.validate(resolution.text);
    return resolution;
  } catch {
    // A rewrite longer than a question may be is dropped, never shown as an error.
    return { text: question, dependence: resolution.dependence, rules: [], antecedents: [] };
  }
}

/** A message answered as it is, leaning on nothing before it. */
function standing(text: string): FollowUpResolution {
  return { text, dependence: 'standalone', rules: [], antecedents: [] };
}
