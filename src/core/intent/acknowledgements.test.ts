import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { helpAnswer } from './intent-answers.js';
import { isAcknowledgement, isComplaint, isFarewell, isThanks } from './acknowledgements.js';
import { detectIntent } from './intent.js';

const article: CorpusDocument = { id: 'talks', title: 'Talks in Geneva', path: 'talks.txt', source: 'talks.txt', text: 'Text.', sections: [] };

describe('thanks', () => {
  it('tells thanks from greetings and from questions that mention thanks', () => {
    for (const message of ['thanks!', 'Thank you so much', 'ok thanks', 'thx', 'great, thank you!', 'thank u', 'tysm', 'cheers mate', 'thanks bot, that helps', 'got it, thanks', 'thx bro 🙏', 'thanks dude', "thanks y'all"])
      expect(isThanks(message), message).toBe(true);
    for (const message of ['hi', 'help', 'thanks, who led the talks?', 'who did sherman thank']) expect(isThanks(message), message).toBe(false);
    expect(detectIntent('great, thank you!')).toBe('help');
  });

  it('answers thanks with one line inviting the next question, and a greeting with how to ask', () => {
    for (const message of ['thanks!', 'ty', 'ok thx']) {
      const thanked = helpAnswer(message, [article]).answer;
      expect(thanked, message).toBe('You\'re welcome! Anything else you\'d like to know? Ask me about the article "Talks in Geneva" in your own words.');
    }
    const greeted = helpAnswer('hi', [article]).answer;
    expect(greeted).toMatch(/^Hi! I answer questions about the article "Talks in Geneva"\. Ask in your own words, for example/);
  });
});

describe('complaints', () => {
  it('hears a member telling the bot its answer was wrong, and answers with an apology and how to ask again', () => {
    for (const message of ['bad bot, that\'s wrong', 'wrong answer', "that's not what i asked", 'no thats wrong lol', "that didn't answer my question", "you're wrong", 'useless', 'Wrong.']) {
      expect(isComplaint(message), message).toBe(true);
      expect(detectIntent(message), message).toBe('help');
      expect(helpAnswer(message, [article]).answer, message).toMatch(/^Sorry about that\. I can only quote what the article says/);
    }
  });

  it('leaves questions about what was wrong as questions', () => {
    for (const message of ['what was wrong with the proposal', 'is that wrong', 'why was the proposal useless', 'who said the demands were wrong']) {
      expect(isComplaint(message), message).toBe(false);
      expect(detectIntent(message), message).toBe('question');
    }
  });
});

describe('acknowledgements', () => {
  it('hears a message that only acknowledges, reacts or says goodbye, and nothing more', () => {
    for (const message of ['ok', 'okay cool', 'got it', 'lol', 'LMAO', 'hahaha', 'interesting', 'yes', 'no', 'i see', 'makes sense', 'bye', 'good night', 'ok bye!', '👍 ok', '👍', '🙏❤️', "that's interesting", 'good bot', 'nice one', 'k thx', 'thanks, bye!', 'ok got it thanks', 'makes sense, thanks', 'haha nice', 'thanks a lot!', 'thanks Zebulon', 'ty @mike!', 'ok thanks, Anna Lee', 'bye Sam', "ok that's enough for the quiz, thanks", "that's all for now", "that's all i needed, thx", "i'm done here"]) {
      expect(isAcknowledgement(message), message).toBe(true);
      expect(detectIntent(message), message).toBe('help');
    }
    for (const message of ['ok who led the talks', 'no progress?', 'lol why', 'interesting, what did nato say', 'yes or no: did they agree', 'see you in geneva?', 'no Sherman', 'thanks, who is Wendy Sherman', 'thanks and Sherman', 'ok Ryabkov', "that's all?", "that's it?", "that's all they said?", 'is that enough troops'])
      expect(isAcknowledgement(message), message).toBe(false);
    expect(isFarewell('ok bye')).toBe(true);
    expect(isFarewell('ok')).toBe(false);
  });

  it('hears emoji written as shortcodes as the emoji they are', () => {
    for (const message of [':thumbsup:', ':+1:', 'thanks :smile:', ':pray: :heart:', 'ok :ok_hand:', '👍 :fire:']) {
      expect(isAcknowledgement(message), message).toBe(true);
      expect(detectIntent(message), message).toBe('help');
    }
    expect(isAcknowledgement('who led the talks :thinking:')).toBe(false);
    expect(isAcknowledgement(':')).toBe(false);
  });

  it('answers them with a line, not the whole how-to', () => {
    expect(helpAnswer('lol', [article]).answer).toBe('Anything else you\'d like to know? Ask me about the article "Talks in Geneva" in your own words.');
    expect(helpAnswer('bye!', [article]).answer).toBe('Bye! Ask me about the article "Talks in Geneva" whenever you like.');
  });
});
