import { describe, expect, it } from 'vitest';
import { withoutContextBefore } from './context-before-question.js';

describe('withoutContextBefore', () => {
  it('asks the question without the statements before it when it says on its own what it asks', () => {
    expect(withoutContextBefore("Sorry, I'm new to politics. My friend keeps mentioning missiles. Why is Russia worried about missiles in Ukraine?")).toBe(
      'Why is Russia worried about missiles in Ukraine?',
    );
    // A question without its mark, and a greeting with "!".
    expect(withoutContextBefore('Hi all! I only skimmed it. who led the russian delegation')).toBe('who led the russian delegation');
    // What follows the first question stays: a second question is split later, as it always was.
    expect(withoutContextBefore('Long day here. Who led the US side? And how long did the talks last?')).toBe('Who led the US side? And how long did the talks last?');
    // A determiner is no pronoun: "these talks" names what it is about.
    expect(withoutContextBefore('I follow this closely. How long did these talks last?')).toBe('How long did these talks last?');
  });

  it('asks the claim after a challenge to the last answer, not the challenge', () => {
    expect(withoutContextBefore('are you sure? I thought the us and russia were still negotiating')).toBe('I thought the us and russia were still negotiating');
    expect(withoutContextBefore('really? nobody called it a failure?')).toBe('nobody called it a failure?');
    expect(withoutContextBefore('seriously? who said the talks failed')).toBe('who said the talks failed');
    // A challenge alone, or with too little after it, is left as it is.
    expect(withoutContextBefore('are you sure?')).toBe('are you sure?');
    expect(withoutContextBefore('really? why?')).toBe('really? why?');
  });

  it('keeps the message whole when the question leans on the context, or says too little alone', () => {
    for (const message of [
      'I read about the troops near Ukraine. How many were there?',
      'Russia has troops near Ukraine. Why are they there?',
      'I read about Sherman. What did she say?',
      'I want to know how long the talks lasted. Can you tell me?',
      "There's a part about the OSCE. When is it?",
    ])
      expect(withoutContextBefore(message)).toBe(message);
  });

  it('keeps, of a longer context, what the leaning question needs: from the nearest sentence that names something', () => {
    expect(
      withoutContextBefore("Good afternoon. I'm 78 and my neighbour keeps telling me there will be a war. The article mentions soldiers near Ukraine. How many soldiers does it say Russia had there?"),
    ).toBe('The article mentions soldiers near Ukraine. How many soldiers does it say Russia had there?');
    // A sentence too short to name anything reaches back to one that does.
    expect(withoutContextBefore('Long week. I read about the troops near Ukraine. Wow. How many were there?')).toBe('I read about the troops near Ukraine. Wow. How many were there?');
  });

  it('keeps a message that opens with its question and says nothing after it, or holds none, as it is', () => {
    for (const message of ['What is St. Lucia known for?', 'The talks lasted eight hours.', 'what did J.F. Rutherford say'])
      expect(withoutContextBefore(message)).toBe(message);
  });

  it('sets aside statements after the question, when nothing in them may ask, request or correct', () => {
    expect(withoutContextBefore("what was stoltenberg's position? it's for my IR class")).toBe("what was stoltenberg's position?");
    expect(withoutContextBefore('Who led the delegation? I forgot. Sorry!')).toBe('Who led the delegation?');
    expect(withoutContextBefore('Long day here. Who led the US side? Need it for my notes.')).toBe('Who led the US side?');
    // A question that leans on what came before it still sheds what comes after it.
    expect(withoutContextBefore('which news outlets does the piece rely on for its quotes? need to cite sources')).toBe('which news outlets does the piece rely on for its quotes?');
    for (const message of [
      'Who led the US side? And how long did the talks last.',
      'Who led the US side? I mean the Russian one.',
      'Who led the US side? Tell me about her too.',
      'Who led the US side? Not the Russian one.',
      'Who led the delegation? Actually the Russian one.',
      // Only after a question mark: a full stop may be an initial's.
      'what year did J.F. Rutherford die',
      'who led the delegation. i forgot',
    ])
      expect(withoutContextBefore(message)).toBe(message);
  });

  it('reads "it" after a name the question gives itself as no lean on the context', () => {
    expect(withoutContextBefore('My cousin lives in Kyiv and is worried. Can you tell me whether Russia says it wants to invade? Appreciate it.')).toBe(
      'Can you tell me whether Russia says it wants to invade?',
    );
  });

  it('reads "he" or "she" as the one person the context names, and keeps the message when it names several', () => {
    expect(withoutContextBefore('I saw Ryabkov on TV sounding oddly hopeful. Does he think some kind of deal is still possible?')).toBe(
      'Does Ryabkov think some kind of deal is still possible?',
    );
    const two = 'I read about Wendy Sherman and Ryabkov. What did she tell the Russians?';
    expect(withoutContextBefore(two)).toBe(two);
  });

  it('takes "would love …" after the question for politeness, not a question', () => {
    expect(withoutContextBefore("I'm writing a piece on this. Did the US offer Russia any incentives? Would love a straight answer.")).toBe('Did the US offer Russia any incentives?');
  });
});
