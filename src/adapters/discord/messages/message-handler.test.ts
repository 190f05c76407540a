import { describe, expect, it } from 'vitest';
import { questionFromMessage } from './message-handler.js';

describe('questionFromMessage', () => {
  it('takes the bot mention out, wherever it is', () => {
    expect(questionFromMessage('<@123> Who led the   US delegation?', '123')).toBe(
      'Who led the US delegation?',
    );
    expect(questionFromMessage('Who led it, <@!123>?', '123')).toBe('Who led it, ?');
    expect(questionFromMessage('<@123>', '123')).toBe('');
  });

  it('keeps the lines, so that a line quoted with "> " stays apart from the question after it', () => {
    expect(questionFromMessage('<@123>\n> For Moscow,   Ukraine or Georgia are red lines \n\n and what did biden say to that', '123')).toBe(
      '> For Moscow, Ukraine or Georgia are red lines\nand what did biden say to that',
    );
  });

  it('keeps other mentions (they ping nobody: replies never parse mentions)', () => {
    expect(questionFromMessage('<@123> what about <@456>?', '123')).toBe('what about <@456>?');
  });
});
