import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer/types.js';
import type { AskOptions, KnownWord } from '../engine-types.js';
import { validateQuestion } from '../validation.js';
import { detectIntent, isMoreRequest } from '../intent/intent.js';
import { ConversationMemory } from './conversation-memory.js';
import { ConversationalQa, NOTHING_MORE, OWN_VOICE } from './conversational-qa.js';
import type { ConversationEngine } from './conversational-types.js';
import { PRIOR_WEIGHTS } from './retrieval-prior.js';
import { quotedAnswer } from './test-turns.js';
import { loadTagger } from './text-analysis.js';

// compromise loads on first need in the product; these tests tag text directly.
await loadTagger();

/** A small engine: answers from a table of questions, and records what it was asked. */
class TableEngine implements ConversationEngine {
  readonly asked: Array<{ question: string; options: AskOptions }> = [];
  /** The words its embedding model knows, with their ranks. */
  readonly vocabulary = new Map<string, number>();

  knownWord(word: string): KnownWord {
    return { written: false, rank: this.vocabulary.get(word) };
  }

  /** Its questions hold no typing slips (the real engine's mending is tested in test/cli/chat.test.ts). */
  mendSlips(text: string): string {
    return text;
  }

  constructor(private readonly answers: Record<string, { sentences: string[]; bold?: string[]; passageId?: string; intent?: Answer['intent'] }>) {}

  validate(question: string): string {
    return validateQuestion(question, 120);
  }

  ask(question: string, _progress = {}, options: AskOptions = {}): Promise<Answer> {
    const clean = this.validate(question);
    this.asked.push({ question: clean, options });
    // As the real engine does, small talk gets the how-to reply, citing nothing.
    if (detectIntent(clean) === 'help' && !isMoreRequest(clean)) return Promise.resolve({ ...quotedAnswer(clean, []), abstained: false, intent: 'help' });
    const known = this.answers[clean];
    // As the real engine does, sentences already shown are left out.
    const sentences = known?.sentences.filter((sentence) => !options.alreadyShown?.includes(sentence)) ?? [];
    return Promise.resolve(
      known && sentences.length > 0 ? quotedAnswer(clean, sentences, known) : quotedAnswer(clean, [], { abstained: true }),
    );
  }
}

const ANSWERS = {
  'who chaired the summit': { sentences: ['The summit was chaired by Anna Berg.'], bold: ['Anna Berg'], passageId: 'p-summit' },
  'what did Anna Berg say about trade': { sentences: ['Berg said trade would grow.'], passageId: 'p-trade' },
};

describe('ConversationalQa', () => {
  it('answers a follow-up in context, with the previous passages as a prior, and says what it understood', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    const first = await qa.ask('c', 'who chaired the summit');
    expect(first).toMatchObject({ conversation: 'c', question: 'who chaired the summit' });
    expect(first.resolvedQuestion).toBeUndefined();
    const second = await qa.ask('c', 'what did she say about trade');
    expect(second).toMatchObject({ question: 'what did she say about trade', resolvedQuestion: 'what did Anna Berg say about trade', abstained: false });
    expect(engine.asked[0]?.options).toEqual({});
    expect(engine.asked[1]?.options.retrievalPrior).toEqual(new Map([['p-summit', PRIOR_WEIGHTS.resolved]]));
  });

  it('asks "what happened next?" and "what comes after that?" as typed: what the story says comes next needs no earlier turn', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'who chaired the summit');
    for (const next of ['what happened next?', 'what comes after that?', 'and then?', 'then what']) {
      const reply = await qa.ask('c', next);
      expect(reply.resolvedQuestion, next).toBeUndefined();
      expect(engine.asked.at(-1), next).toEqual({ question: next, options: {} });
    }
  });

  it('answers "says who?" after an answer no one in it is reported to have said: the article says it itself', async () => {
    const engine = new TableEngine({ ...ANSWERS, 'what did the summit agree': { sentences: ['The summit agreed to cut tariffs.'], bold: ['cut tariffs'], passageId: 'p-summit' } });
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'what did the summit agree');
    const reply = await qa.ask('c', 'says who?');
    expect(engine.asked.at(-1)?.question).toBe('what did the summit agree');
    expect(reply.answer).toBe(`${OWN_VOICE} The summit agreed to cut tariffs. [1]`);
    // The bold moves with the words.
    expect(reply.highlights.map(({ start, end }) => reply.answer.slice(start, end))).toEqual(['cut tariffs']);
    // After an answer that reports someone's words, it asks who said them.
    await qa.ask('c', 'what did Anna Berg say about trade');
    const speaker = await qa.ask('c', 'says who?');
    expect(speaker.resolvedQuestion).toBe('who said: trade would grow.');
  });

  it('reads a word the engine knows as a word, not as a possessive without its apostrophe', async () => {
    const engine = new TableEngine(ANSWERS);
    // As the word-vector model ranks them: "reuters" is commoner than "reuter".
    engine.vocabulary.set('reuters', 10_254).set('reuter', 36_556);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'who chaired the summit');
    // It had been "what did reuter's say about Anna Berg".
    expect((await qa.ask('c', 'what did reuters say about her')).resolvedQuestion).toBe('what did reuters say about Anna Berg');
    expect((await qa.ask('c', 'what did russias envoy say about her')).resolvedQuestion).toBe("what did russia's envoy say about Anna Berg");
    // A question the context leaves alone is asked as typed, with no small print.
    const alone = await qa.ask('d', 'what are russias demands');
    expect(alone.resolvedQuestion).toBeUndefined();
    expect(engine.asked.at(-1)?.question).toBe('what are russias demands');
  });

  it('reads a follow-up shouted in capitals as it would read it in lower case', async () => {
    const engine = new TableEngine({ ...ANSWERS, 'WHO CHAIRED THE SUMMIT?': ANSWERS['who chaired the summit'] });
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'WHO CHAIRED THE SUMMIT?');
    // Asked as typed: the context changed nothing.
    expect(engine.asked.at(-1)?.question).toBe('WHO CHAIRED THE SUMMIT?');
    expect((await qa.ask('c', 'WHAT DID SHE SAY ABOUT TRADE')).resolvedQuestion).toBe('what did Anna Berg say about trade');
  });

  it('forgets a conversation on restart, and only that one', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'who chaired the summit');
    await qa.ask('d', 'who chaired the summit');
    await qa.restart('c');
    // Read on its own: "she" is nobody now, and the engine is asked the question as written.
    expect((await qa.ask('c', 'what did she say about trade')).resolvedQuestion).toBeUndefined();
    expect((await qa.ask('d', 'what did she say about trade')).resolvedQuestion).toBe('what did Anna Berg say about trade');
  });

  it('answers thanks and reactions in a conversation as small talk, and the next follow-up still finds its referent', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'who chaired the summit');
    for (const chatter of ['thanks a lot!', 'haha nice', 'ok 👍', "that's interesting", 'thanks Zebulon']) {
      const reply = await qa.ask('c', chatter);
      expect(reply.resolvedQuestion, chatter).toBeUndefined();
      expect(engine.asked.at(-1)?.question, chatter).toBe(chatter);
    }
    const followUp = await qa.ask('c', 'what did she say about trade');
    expect(followUp.resolvedQuestion).toBe('what did Anna Berg say about trade');
  });

  it('asks a summary again in the shape a message of shape words alone gives ("in 3 bullet points")', async () => {
    const engine = new TableEngine({
      ...ANSWERS,
      'sum up section 3': { sentences: ['Section three opens.', 'Section three closes.'], intent: 'summary' },
      'sum up section 3 in 3 bullet points': { sentences: ['- Section three opens.', '- Section three closes.'], intent: 'summary' },
    });
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'sum up section 3');
    const reshaped = await qa.ask('c', 'in 3 bullet points');
    expect(reshaped.resolvedQuestion).toBe('sum up section 3 in 3 bullet points');
    expect(engine.asked.at(-1)?.question).toBe('sum up section 3 in 3 bullet points');
    // After a question, the words are asked as they stand: the engine summarises the article.
    await qa.ask('c', 'who chaired the summit');
    await qa.ask('c', 'in 3 bullet points');
    expect(engine.asked.at(-1)?.question).toBe('in 3 bullet points');
  });

  it('takes nothing from small talk for later pronouns ("ty" is thanks, not a person)', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'who chaired the summit');
    await qa.ask('c', 'ty');
    expect((await qa.ask('c', 'what did she say about trade')).resolvedQuestion).toBe('what did Anna Berg say about trade');
  });

  it('rewrites later turns from the question as mended, not as typed', async () => {
    const engine = new TableEngine({
      ...ANSWERS,
      'who chaired the sumit': { sentences: ['The summit was chaired by Anna Berg.'], bold: ['Anna Berg'] },
    });
    const mending: ConversationEngine = {
      validate: (question) => engine.validate(question),
      knownWord: (word) => engine.knownWord(word),
      mendSlips: (text) => engine.mendSlips(text),
      ask: async (question, progress, options) => {
        const answer = await engine.ask(question, progress, options);
        return question === 'who chaired the sumit' ? { ...answer, correctedQuestion: 'who chaired the summit' } : answer;
      },
    };
    const qa = new ConversationalQa(mending, new ConversationMemory());
    await qa.ask('c', 'who chaired the sumit');
    await qa.ask('c', 'why?');
    expect(engine.asked[1]?.question).not.toContain('sumit');
    expect(engine.asked[1]?.question).toContain('summit');
  });

  it('answers "tell me more" without repeating the answer, and says so when the article has nothing more', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'what did Anna Berg say about trade');
    const more = await qa.ask('c', 'tell me more');
    expect(engine.asked[1]).toMatchObject({ question: 'what did Anna Berg say about trade', options: { alreadyShown: ['Berg said trade would grow.'] } });
    expect(more).toMatchObject({ resolvedQuestion: 'what did Anna Berg say about trade', abstained: true, answer: NOTHING_MORE, citations: [] });
  });

  it('answers "what else …" as asked when nothing new passes, rather than claim there is nothing more', async () => {
    const engine = new TableEngine({ ...ANSWERS, 'what else did Anna Berg say about trade': { sentences: ['Berg said trade would grow.'], passageId: 'p-trade' } });
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'what did Anna Berg say about trade');
    const more = await qa.ask('c', 'what else did she say about trade');
    expect(engine.asked.slice(1).map((call) => call.options.alreadyShown)).toEqual([['Berg said trade would grow.'], undefined]);
    expect(more).toMatchObject({ abstained: false, answer: 'Berg said trade would grow. [1]' });
  });

  it('gives a correction no prior towards the passages of the answer it corrects', async () => {
    const engine = new TableEngine({
      'what did berg say': { sentences: ['Berg said trade would grow.'], passageId: 'p-berg' },
      'what did carter say': { sentences: ['Carter said nothing was agreed.'], passageId: 'p-carter' },
    });
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', 'what did berg say');
    for (const correction of ['no wait, carter', 'no i meant carter', 'no i meant what did carter say']) {
      const answer = await qa.ask('c', correction);
      expect(answer.resolvedQuestion, correction).toBe('what did carter say');
      expect(engine.asked.at(-1)?.options.retrievalPrior, correction).toBeUndefined();
      await qa.ask('c', 'what did berg say');
    }
    // A fragment that is no correction still leans on the last answer.
    await qa.ask('c', 'and carter?');
    expect(engine.asked.at(-1)?.options.retrievalPrior?.get('p-berg')).toBe(PRIOR_WEIGHTS.resolved);
  });

  it('keeps conversations apart, and a standalone question gets no prior', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('a', 'who chaired the summit');
    expect((await qa.ask('b', 'what did she say about trade')).resolvedQuestion).toBeUndefined();
    await qa.ask('a', 'how tall is the tower');
    expect(engine.asked[2]?.options).toEqual({});
  });

  it('forgets the context after a long silence, unless asked to keep it', async () => {
    let now = 0;
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory(), { now: () => now, limits: { maxTurns: 6, idleMs: 1000 } });
    await qa.ask('c', 'who chaired the summit');
    now = 5000;
    expect((await qa.ask('c', 'what did she say about trade')).resolvedQuestion).toBeUndefined();
    await qa.ask('d', 'who chaired the summit');
    now = 20_000;
    expect((await qa.ask('d', 'what did she say about trade', { keepWhenIdle: true })).resolvedQuestion).toBe('what did Anna Berg say about trade');
  });

  it('keeps at most maxTurns turns, and records nothing when told not to', async () => {
    const store = new ConversationMemory();
    const qa = new ConversationalQa(new TableEngine(ANSWERS), store, { limits: { maxTurns: 2, idleMs: 60_000 } });
    for (let index = 0; index < 4; index += 1) await qa.ask('c', 'who chaired the summit');
    expect((await store.load('c'))?.turns).toHaveLength(2);
    await qa.ask('private', 'who chaired the summit', { record: false });
    expect(await store.load('private')).toBeUndefined();
  });

  it('answers one question of a conversation at a time, in order', async () => {
    const engine = new TableEngine(ANSWERS);
    const qa = new ConversationalQa(engine, new ConversationMemory());
    const [, second] = await Promise.all([qa.ask('c', 'who chaired the summit'), qa.ask('c', 'what did she say about trade')]);
    expect(second.resolvedQuestion).toBe('what did Anna Berg say about trade');
  });

  it('asks the question as it was when the rewrite would be too long', async () => {
    const first = `what did the council decide about the ${'old '.repeat(15)}bridge`;
    const engine = new TableEngine({ [first]: { sentences: ['The council decided to rebuild it.'] } });
    const qa = new ConversationalQa(engine, new ConversationMemory());
    await qa.ask('c', first);
    const second = `why did the mayor of the ${'very '.repeat(10)}old town reject that`;
    const answer = await qa.ask('c', second);
    expect(answer.resolvedQuestion).toBeUndefined();
    expect(engine.asked[1]?.question).toBe(second);
    // Still a follow-up: the earlier evidence keeps its prior.
    expect(engine.asked[1]?.options.retrievalPrior?.size).toBe(1);
  });

  it('forks a conversation once: a second fork never wipes the new one', async () => {
    const store = new ConversationMemory();
    const qa = new ConversationalQa(new TableEngine(ANSWERS), store);
    await qa.ask('answer', 'who chaired the summit');
    await qa.fork('answer', 'thread');
    expect((await qa.ask('thread', 'what did she say about trade')).resolvedQuestion).toBe('what did Anna Berg say about trade');
    await qa.fork('answer', 'thread');
    expect((await store.load('thread'))?.turns).toHaveLength(2);
    await qa.fork(undefined, 'empty');
    expect((await store.load('empty'))?.turns).toEqual([]);
  });

  it('rejects a bad question before touching the conversation', async () => {
    const store = new ConversationMemory();
    const qa = new ConversationalQa(new TableEngine(ANSWERS), store);
    await expect(qa.ask('c', '   ')).rejects.toThrow(/empty/);
    expect(store.size).toBe(0);
  });
});

describe('ConversationMemory', () => {
  it('forgets the conversation used longest ago when full', async () => {
    const memory = new ConversationMemory(2);
    for (const id of ['a', 'b']) await memory.save({ id, turns: [], updatedAt: 0 });
    await memory.load('a');
    await memory.save({ id: 'c', turns: [], updatedAt: 0 });
    expect(await memory.load('b')).toBeUndefined();
    expect(await memory.load('a')).toBeDefined();
    expect(memory.size).toBe(2);
  });
});
