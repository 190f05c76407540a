import { describe, expect, it } from 'vitest';
import { answerItems, enumerationIn } from './enumeration.js';

describe('answerItems', () => {
  it('finds a list of short items after "are", "include" or a colon', () => {
    expect(answerItems(['The three proposals are: a tax cut, a new bridge and longer school days.'])).toEqual(['a tax cut', 'a new bridge', 'longer school days']);
    expect(answerItems(['Members include France, Spain, and Italy.'])).toEqual(['France', 'Spain', 'Italy']);
  });

  it('finds items that repeat an opening, however long', () => {
    expect(
      answerItems(['The demands are, the union gets a raise of five percent, the union gets two more days off and the union keeps its pension scheme.']),
    ).toEqual(['the union gets a raise of five percent', 'the union gets two more days off', 'the union keeps its pension scheme']);
  });

  it('finds nothing in a sentence that lists nothing', () => {
    expect(answerItems(['The summit took place in Oslo on a rainy Friday.'])).toEqual([]);
    expect(answerItems([])).toEqual([]);
  });
});

describe('enumerationIn', () => {
  it('names the noun the list is of, when the sentence does', () => {
    expect(enumerationIn('The three proposals are: a tax cut, a new bridge and longer school days.')).toEqual({
      items: ['a tax cut', 'a new bridge', 'longer school days'],
      head: 'proposals',
    });
    expect(enumerationIn('Its members include France, Spain, and Italy.')?.head).toBe('members');
    expect(enumerationIn('The demands are, the union gets a raise, the union gets two more days off and the union keeps its pension.')?.head).toBe('demands');
  });

  it('finds no list, and so no noun, in a sentence that lists nothing', () => {
    expect(enumerationIn('The summit took place in Oslo on a rainy Friday.')).toBeUndefined();
    expect(enumerationIn('The talks were long.')).toBeUndefined();
  });
});
