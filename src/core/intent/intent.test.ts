import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { helpAnswer } from './intent-answers.js';
import { detectIntent, isAcknowledgement, isFarewell, isMoreRequest, isThanks, reshapedSummaryRequest, summaryRequest } from './intent.js';
import { mendSummaryWords } from './summary-wording.js';

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
      'gimme the short version',
      'lol tl;dr',
      'ok so tl;dr?',
      'tl;dr lol',
      'ok so what is the article about',
      'what is the gist',
      "what's the tl;dr?",
      'in short, what happened?',
    ]) {
      expect(detectIntent(message), message).toBe('summary');
    }
  });

  it('hears greetings and requests for help', () => {
    for (const message of ['hi', 'Hello there!', 'hey bot', 'help', 'what can you do?', 'How do I use this bot?', 'who are you', 'thanks!', 'good morning', '?', 'what can I ask you', 'what can u do', 'help me', 'what can you tell me?']) {
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

  it('answers a link on its own by saying links are not opened, and a question with a link as a question', () => {
    for (const message of ['https://www.aljazeera.com/news/2022/1/10/us-russia-talks', '<https://example.com/a> 👀', 'www.example.com/story ?'])
      expect(detectIntent(message), message).toBe('help');
    // It had been "The article doesn't say. Nothing in it is about this question."
    expect(helpAnswer('https://example.com/a', [article]).answer).toMatch(/^I don't open links, so I can't tell what that page says\. I answer questions about the article "Talks in Geneva"/);
    expect(detectIntent('who led the us delegation? https://example.com/a')).toBe('question');
    expect(detectIntent('what does [this report](https://example.com/a) say about georgia')).toBe('question');
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
      'what can you tell me about the sanctions',
      'help me understand the demands',
      'what is the gist of ryabkov\'s remarks',
      'no significant progress?',
      'ok so who led the talks',
      'yes but why',
    ]) {
      expect(detectIntent(message), message).toBe('question');
    }
  });
});

describe('summary requests as members type them', () => {
  it('hears slips in "summarize", "eli5", "break it down", spelled-out tl;dr and shape words', () => {
    for (const message of [
      'summerize the article',
      'sumarize pls',
      'summrize',
      'sumary of the article',
      'eli5',
      'explain the article like i\'m 5',
      'explain this article simply',
      'break it down for me',
      'can you break this down',
      'too long didn\'t read',
      'bullet points pls',
      'give me the key takeaways',
      "what's the big picture",
      "what's the story here",
      "what's it all about",
      'tldr of the whole thing',
      'sum this up in 2 sentences',
      'in 3 bullet points',
      'in two sentences please',
      'as a list',
    ]) {
      expect(detectIntent(message), message).toBe('summary');
    }
    // Words merely near "summary" stay what they are.
    expect(mendSummaryWords('summer sum summit summon')).toBe('summer sum summit summon');
  });

  it('reads which part is asked for: a section by number or ordinal, the intro, or a part named by its topic', () => {
    expect(summaryRequest('sum up section 3')?.scope).toEqual({ kind: 'section', section: 3 });
    expect(summaryRequest('could you summarise section four')?.scope).toEqual({ kind: 'section', section: 4 });
    expect(summaryRequest('summary of the second part')?.scope).toEqual({ kind: 'section', section: 2 });
    expect(summaryRequest('summarise the last section')?.scope).toEqual({ kind: 'section', section: 'last' });
    expect(summaryRequest('what does the intro say')?.scope).toEqual({ kind: 'section', section: 0 });
    expect(summaryRequest('summarize the part about nato')?.scope).toEqual({ kind: 'topic', topic: 'nato' });
    expect(summaryRequest('give me a summary of the part about the three demands')?.scope).toEqual({ kind: 'topic', topic: 'three demands' });
    expect(summaryRequest('tl;dr the nato part')?.scope).toEqual({ kind: 'topic', topic: 'nato' });
    expect(summaryRequest('summarize what the article says about sanctions')?.scope).toEqual({ kind: 'topic', topic: 'sanctions' });
    expect(summaryRequest('tl;dr')?.scope).toBeUndefined();
  });

  it('reads the shape asked for, short by default', () => {
    expect(summaryRequest('tl;dr')?.shape).toEqual({ length: 'short' });
    expect(summaryRequest('sum this up in 2 sentences')?.shape).toEqual({ sentences: 2 });
    expect(summaryRequest('summarize it in five bullet points')?.shape).toEqual({ sentences: 5, bullets: true });
    expect(summaryRequest('bullet points pls')?.shape).toEqual({ bullets: true, length: 'short' });
    expect(summaryRequest('give me a detailed summary')?.shape).toEqual({ length: 'long' });
    // Shape words alone ask for the gist in that shape.
    expect(summaryRequest('in 3 bullet points')).toEqual({ shape: { sentences: 3, bullets: true } });
  });

  it('asks an earlier summary again in the shape a message of shape words alone gives', () => {
    expect(reshapedSummaryRequest('sum up section 3', 'in 3 bullet points')).toBe('sum up section 3 in 3 bullet points');
    expect(reshapedSummaryRequest('Can you summarize the part about NATO in 5 sentences?', 'as a list pls')).toBe('summarize the part about nato as a list');
    expect(reshapedSummaryRequest('who led the talks', 'in 3 bullet points')).toBeUndefined();
    expect(reshapedSummaryRequest('sum up section 3', 'who led the talks in 3 bullet points')).toBeUndefined();
  });

  it('keeps look-alike questions as questions', () => {
    for (const message of [
      'what is the main demand',
      "what's the takeaway for ukraine",
      'what is the summary of russia\'s demands',
      'what is in the second part of the proposal',
      'what does the last paragraph of the proposal say',
      'what is the short version of russia\'s proposal',
      'main points of the proposal?',
      'who made the proposal',
      "what's the story with georgia",
      'explain the red line claim',
      'what did the us say about the first demand',
    ]) {
      expect(detectIntent(message), message).toBe('question');
    }
  });

  it('hears questions about who made the bot as help', () => {
    for (const message of ['who made you', 'who built this bot?', 'who built this?', 'who runs this', "who's your creator", 'are you an AI?']) expect(detectIntent(message), message).toBe('help');
    // In a channel about an article, "this" is the article: its author is a question for it.
    for (const message of ['who wrote this', 'who wrote this?', 'who made this', 'who created this']) expect(detectIntent(message), message).toBe('question');
    expect(helpAnswer('who made you?', [article]).answer).toMatch(/^I'm article-qa, an open-source program \(not a person\)/);
  });
});

describe('thanks', () => {
  it('tells thanks from greetings and from questions that mention thanks', () => {
    for (const message of ['thanks!', 'Thank you so much', 'ok thanks', 'thx', 'great, thank you!', 'thank u', 'tysm', 'cheers mate', 'thanks bot, that helps', 'got it, thanks'])
      expect(isThanks(message), message).toBe(true);
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

describe('acknowledgements', () => {
  it('hears a message that only acknowledges, reacts or says goodbye, and nothing more', () => {
    for (const message of ['ok', 'okay cool', 'got it', 'lol', 'LMAO', 'hahaha', 'interesting', 'yes', 'no', 'i see', 'makes sense', 'bye', 'good night', 'ok bye!', '👍 ok', '👍', '🙏❤️', "that's interesting", 'good bot', 'nice one', 'k thx', 'thanks, bye!', 'ok got it thanks', 'makes sense, thanks', 'haha nice', 'thanks a lot!', 'thanks Zebulon', 'ty @mike!', 'ok thanks, Anna Lee', 'bye Sam']) {
      expect(isAcknowledgement(message), message).toBe(true);
      expect(detectIntent(message), message).toBe('help');
    }
    for (const message of ['ok who led the talks', 'no progress?', 'lol why', 'interesting, what did nato say', 'yes or no: did they agree', 'see you in geneva?', 'no Sherman', 'thanks, who is Wendy Sherman', 'thanks and Sherman', 'ok Ryabkov'])
      expect(isAcknowledgement(message), message).toBe(false);
    expect(isFarewell('ok bye')).toBe(true);
    expect(isFarewell('ok')).toBe(false);
  });

  it('answers them with a line, not the whole how-to', () => {
    expect(helpAnswer('lol', [article]).answer).toBe('Anything else you\'d like to know? Ask me about the article "Talks in Geneva" in your own words.');
    expect(helpAnswer('bye!', [article]).answer).toBe('Bye! Ask me about the article "Talks in Geneva" whenever you like.');
  });
});
