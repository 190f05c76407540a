import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { helpAnswer } from './intent-answers.js';
import { detectIntent, isMoreRequest, isThanks } from './intent.js';

const article: CorpusDocument = { id: 'talks', title: 'Talks in Geneva', path: 'talks.txt', source: 'talks.txt', text: 'Text.', sections: [] };

describe('detectIntent', () => {
  it('hears requests for a summary, however they are worded', () => {
    for (const message of [
      'summarize',
      'Summarise the article please',
      'can you sum it up?',
      'tl;dr',
      'TLDR pls',
      'give me the gist',
      'gist?',
      "what's the main topic of the article",
      'What is this story about?',
      'whats it about',
      'what are the key points',
      'could you give me a quick summary of the article',
      'I want the short version',
      'in a nutshell?',
      'what does the article say',
      'recap for me',
      'describe the article',
      'can you outline the story',
    ]) {
      expect(detectIntent(message), message).toBe('summary');
    }
  });

  it('hears greetings and requests for help', () => {
    for (const message of ['hi', 'Hello there!', 'hey bot', 'help', 'what can you do?', 'How do I use this bot?', 'who are you', 'thanks!', 'good morning', '?', 'what can I ask you']) {
      expect(detectIntent(message), message).toBe('help');
    }
  });

  it('answers "tell me more" with nothing before it by saying what it can be asked', () => {
    for (const message of ['tell me more', 'Go on!', 'anything else?', 'and what else', 'more details please']) {
      expect(detectIntent(message), message).toBe('help');
      expect(isMoreRequest(message), message).toBe(true);
    }
    for (const message of ['tell me more about the sanctions', 'what else did ryabkov say', 'more troops?']) expect(isMoreRequest(message), message).toBe(false);
    expect(helpAnswer('tell me more', [article]).answer).toMatch(/^More about what\? Ask me something first\. I answer questions about the article "Talks in Geneva"/);
  });

  it('keeps questions that only mention those words as questions', () => {
    for (const message of [
      'Who led the US delegation?',
      'what help did the us offer ukraine',
      'what did the summary of the proposal say about missiles',
      'what is the main demand of russia',
      'hi, who is the head of nato',
      'what happened in geneva',
      'what is the article about nato expansion saying about georgia',
      'summarize what ryabkov said about the differences',
      'describe the three demands',
      'explain why russia wants guarantees',
    ]) {
      expect(detectIntent(message), message).toBe('question');
    }
  });
});

describe('thanks', () => {
  it('tells thanks from greetings and from questions that mention thanks', () => {
    for (const message of ['thanks!', 'Thank you so much', 'ok thanks', 'thx', 'great, thank you!']) expect(isThanks(message), message).toBe(true);
    for (const message of ['hi', 'help', 'thanks, who led the talks?', 'who did sherman thank']) expect(isThanks(message), message).toBe(false);
    expect(detectIntent('great, thank you!')).toBe('help');
  });

  it('answers thanks with an acknowledgement and a greeting with a hello, both saying how to ask', () => {
    const thanked = helpAnswer('thanks!', [article]).answer;
    const greeted = helpAnswer('hi', [article]).answer;
    expect(thanked).toMatch(/^You're welcome! I answer questions about the article "Talks in Geneva"/);
    expect(greeted).toMatch(/^Hi! I answer questions about the article "Talks in Geneva"/);
  });
});
