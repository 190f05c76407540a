import { describe, expect, it } from 'vitest';
import { normalizeQuestion } from '../../core/validation.js';
import { readMentions, withoutFormatting } from './mentions.js';

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

describe('withoutFormatting', () => {
  it("takes Discord's formatting marks off the words they enclose", () => {
    for (const written of [
      '`what day did the first meeting happen`',
      '``what day did the first meeting happen``',
      '```\nwhat day did the first meeting happen```',
      '```txt\nwhat day did the first meeting happen```',
      '||what day did the first meeting happen||',
      '**what day** did the first meeting happen',
      '***what day*** did the first meeting happen',
      '__what day__ did the first meeting happen',
      '~~what day~~ did the first meeting happen',
      '*what day* did the first meeting happen',
      '_what day_ did the first meeting happen',
      '# what day did the first meeting happen',
      '-# what day did the first meeting happen',
    ])
      expect(withoutFormatting(written)).toBe('what day did the first meeting happen');
  });

  it("leaves quotation marks to the engine, which reads a quoted line as the question's context", () => {
    expect(withoutFormatting('> **For Moscow**, Ukraine or Georgia are red lines\nand what did biden say to that')).toBe(
      '> For Moscow, Ukraine or Georgia are red lines\nand what did biden say to that',
    );
    expect(withoutFormatting('>>> what day did the first meeting happen')).toBe('>>> what day did the first meeting happen');
  });

  it('leaves marks that format nothing', () => {
    for (const written of [
      'is 5 * 3 troops a lot',
      'what does ryabkov_said mean',
      'what is a 2*3 grid',
      'who said "no > yes"',
      'what does #1 mean',
      'what is _',
    ])
      expect(withoutFormatting(written)).toBe(written);
  });

  it('reads the analysed question without formatting, and shows it as written', () => {
    const read = readMentions('<@111111111111111111> **who** led the US delegation?');
    expect(normalizeQuestion(read.analysed)).toBe('who led the US delegation?');
    expect(read.shown).toBe('<@111111111111111111> **who** led the US delegation?');
  });
});
