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

  it('keeps other mentions (they ping nobody: replies never parse mentions)', () => {
    expect(questionFromMessage('<@123> what about <@456>?', '123')).toBe('what about <@456>?');
  });
});
