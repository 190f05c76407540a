import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../core/validation.js';
import { readMentions } from './mentions.js';

describe('readMentions', () => {
  it('leaves members, roles and channels out of the analysed question, and keeps them in the shown one', () => {
    const text =
      '<@111111111111111111> <@!121212121212121212> <@&222222222222222222> in <#444444444444444444>: who led the US delegation?';
    const read = readMentions(text);
    expect(normalizeQuestion(read.analysed)).toBe('in : who led the US delegation?');
    expect(read.analysed).not.toMatch(/\d/);
    expect(read.shown).toBe(text);
  });

  it('drops @everyone, @here and custom emoji from the analysed question', () => {
    const read = readMentions(
      '@everyone @here who led? <:wave:555555555555555555> <a:spin:555555555555555556>',
    );
    expect(normalizeQuestion(read.analysed)).toBe('who led?');
  });

  it('reads a timestamp as its date, and a command mention as nothing', () => {
    const read = readMentions('What happened on <t:1641772800:D>? see </ask:666666666666666666>');
    expect(normalizeQuestion(read.analysed)).toBe('What happened on 10 January 2022? see');
  });

  it('leaves text without markup as it is (normalised)', () => {
    expect(readMentions('  Who led  the talks?\u200b')).toEqual({
      shown: 'Who led the talks?',
      analysed: '  Who led  the talks?\u200b',
    });
  });
});
