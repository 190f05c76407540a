import { describe, expect, it } from 'vitest';
import { NOT_IN_ARTICLE_REPLY } from './answer-prompt.js';
import { checkReply } from './check-reply.js';

describe('checkReply', () => {
  it('keeps valid markers, numbered in order of first use', () => {
    expect(checkReply('Sherman led it [2]. Ryabkov led Russia [1]. Both met in Geneva [2].', 3)).toEqual({
      kind: 'answer',
      text: 'Sherman led it [1]. Ryabkov led Russia [2]. Both met in Geneva [1].',
      cited: [2, 1],
      dropped: [],
    });
  });

  it('drops markers for passages that were not sent and tidies the gap', () => {
    expect(checkReply('Sherman led it [9]. Talks were held in Geneva [3][9].', 3)).toEqual({
      kind: 'answer',
      text: 'Sherman led it. Talks were held in Geneva [1].',
      cited: [3],
      dropped: [9, 9],
    });
    expect(checkReply('Nothing here [0] or here [4].', 3)).toMatchObject({
      kind: 'unusable',
      reason: 'no-valid-citation',
      dropped: [0, 4],
    });
  });

  it('repairs marker spellings models use into one [n] each', () => {
    expect(checkReply('A [1, 3]. B [Passage 2]. C [1-2]. D [2; 7].', 3)).toEqual({
      kind: 'answer',
      text: 'A [1][2]. B [3]. C [1][3]. D [3].',
      cited: [1, 3, 2],
      dropped: [7],
    });
    expect(checkReply('Repeated [1] [1] marker.', 2)).toMatchObject({ text: 'Repeated [1] marker.' });
  });

  it('rejects an answer without any citation, and an empty one', () => {
    expect(checkReply('Wendy Sherman led the US delegation.', 3)).toEqual({
      kind: 'unusable',
      reason: 'no-valid-citation',
      dropped: [],
    });
    expect(checkReply('  \n ', 3)).toEqual({ kind: 'unusable', reason: 'empty', dropped: [] });
  });

  it('recognises the fixed "not in the article" reply, also when lightly reworded or cited', () => {
    expect(checkReply(NOT_IN_ARTICLE_REPLY, 3)).toEqual({ kind: 'not-in-article' });
    expect(checkReply('"The article doesn\'t contain the answer to this question" [1]', 3)).toEqual({
      kind: 'not-in-article',
    });
    expect(checkReply(`I am sorry. ${NOT_IN_ARTICLE_REPLY}`, 3)).toEqual({ kind: 'not-in-article' });
  });

  it('takes a refusal in other words, without citations, for "not in the article"; not an uncited claim', () => {
    for (const reply of [
      'The article does not contain the answer.',
      "The passages don't say what Sherman's salary was.",
      'There is no information about this in the provided text.',
      'I cannot answer this from the passages given.',
      'Unfortunately, the provided context does not mention her salary.',
    ]) {
      expect(checkReply(reply, 3), reply).toEqual({ kind: 'not-in-article' });
    }
    // Not a refusal of the article: no reference to it, or a claim that holds a negation.
    for (const reply of [
      "I don't know.",
      'Sherman did not attend the second round.',
      'No, the article says Russia did not agree to withdraw its troops.',
      'Sources say no deal was reached on NATO expansion.',
      'The passage states that no sanctions were imposed.',
    ]) {
      expect(checkReply(reply, 3), reply).toMatchObject({ kind: 'unusable', reason: 'no-valid-citation' });
    }
    // With a citation it is an answer, as models do cite what an article leaves out.
    expect(checkReply('The article does not say who paid for the talks [2].', 3)).toMatchObject({ kind: 'answer', cited: [2] });
  });

  it('rejects a reply far longer than the tokens it was allowed', () => {
    const long = 'Sherman led the US delegation [1]. '.repeat(200);
    expect(checkReply(long, 3, { maxTokens: 400 })).toEqual({ kind: 'unusable', reason: 'too-long', dropped: [] });
    expect(checkReply('Sherman led the US delegation [1].', 3, { maxTokens: 400 })).toMatchObject({ kind: 'answer' });
  });

  it("ignores a reasoning model's <think> block", () => {
    expect(checkReply('<think>Passage [9] mentions…</think>\nSherman led it [1].', 3)).toEqual({
      kind: 'answer',
      text: 'Sherman led it [1].',
      cited: [1],
      dropped: [],
    });
  });
});
