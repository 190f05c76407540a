import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { helpAnswer } from './intent-answers.js';
import { isMoreRequest } from './acknowledgements.js';
import { detectIntent, intentReading } from './intent.js';

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
    // Checking the bot is there, asking what it is for, and taking a question back (thirty-sixth session).
    for (const message of ["what's your purpose", 'are you there?', 'you there?', 'ping', 'test', 'nvm', 'never mind', 'forget it', 'no worries'])
      expect(detectIntent(message), message).toBe('help');
    for (const message of ['is the test over', 'what is the purpose of the talks', 'never mind, who led the us side', 'are you sure'])
      expect(detectIntent(message), message).toBe('question');
  });

  it('hears the wording classes a blind probe of 140 messages found missing (twentieth session)', () => {
    // Small talk, how the bot works, praise: help or an acknowledgement, never "doesn't say".
    for (const message of ['how are you?', "how's it going", 'how does this bot work', 'how do u work', 'what commands are there', 'list commands', 'what kinds of questions can i ask', 'what do you know', "you're great", 'good job bot', 'that was helpful'])
      expect(detectIntent(message), message).toBe('help');
    // The gist asked with a lead-in, of the channel, wrapped in a question or with a qualifier after it.
    for (const message of [
      'real quick what\'s the article about',
      "i didn't read it, what's it about",
      "too long didnt read, what's the gist",
      'can someone summarize this for me lol',
      'anyone got a tldr?',
      "i'm curious what this article is about",
      "any idea what the article's about?",
      "what's it saying overall",
      'what does the article say in a nutshell',
      "what's the big picture here",
    ])
      expect(detectIntent(message), message).toBe('summary');
    expect(detectIntent("too long didn't read")).toBe('summary');
    // What the article holds, asked of the article itself (twenty-third session): these had been
    // questions, and "what happens in the story" heard "Nothing in it is about this question".
    for (const message of [
      'what happens in the story',
      'what is in the article?',
      "whats going on in the article",
      'what is discussed in this article',
      'so whats the deal with this article',
      "what's covered in the text",
    ])
      expect(detectIntent(message), message).toBe('summary');
    for (const message of ['what happens in geneva', 'what is in the proposal', 'what is discussed in the second stage', "what's the deal with the missiles"])
      expect(detectIntent(message), message).toBe('question');
    for (const message of ['what do you know about the sanctions', 'how are the talks going', 'how is russia doing', 'can someone explain why russia wants guarantees'])
      expect(detectIntent(message), message).toBe('question');
  });

  it('reads a closing "then" as part of the chat, not of the request (twenty-fourth session)', () => {
    // "lol ok. whats the headline then" had heard "Nothing in it is about this question".
    expect(detectIntent('lol ok. whats the headline then')).toBe('outline');
    for (const message of ["so what's it about then", 'ok whats the gist then', 'tldr then?']) expect(detectIntent(message), message).toBe('summary');
    expect(detectIntent('what can you do then')).toBe('help');
    for (const message of ['what happened then', 'who led it then', 'and what did russia say then']) expect(detectIntent(message), message).toBe('question');
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

  it('reads small talk and requests whose letters chat stretched (twenty-ninth session)', () => {
    expect(detectIntent('hiii')).toBe('help');
    expect(detectIntent('thanksss')).toBe('help');
    expect(detectIntent('gooood bot')).toBe('help');
    expect(detectIntent('tldrrr')).toBe('summary');
    expect(intentReading('thanksss!')).toEqual({ intent: 'help', text: 'thanks!' });
    // A question stays one, and is read as typed (the engine undoes its stretches with a word list).
    expect(intentReading('whaaat did ryabkov say')).toEqual({ intent: 'question', text: 'whaaat did ryabkov say' });
  });

  it("hears a request or a greeting among chat's asides and addressing, as questions are read (thirtieth session)", () => {
    for (const message of ["guys, what's the main topic of the article tbh?", 'guys, tldr?', 'tldr tbh', 'hey guys, what is this article about', "ngl what's the gist", 'bro sum it up', 'tl;dr fr'])
      expect(detectIntent(message), message).toBe('summary');
    for (const message of ['hi guys', 'hey folks', "hello y'all", 'thanks guys']) expect(detectIntent(message), message).toBe('help');
    for (const message of ['hi guys, who led the us delegation', 'guys, what did ryabkov say tbh?', 'who are the guys who arrested him', 'idk what russia wants'])
      expect(detectIntent(message), message).toBe('question');
  });

  it('hears chat\'s ways to ask to be caught up as requests for the gist (thirtieth session)', () => {
    for (const message of ['so what happened?', 'what happened here', 'brief me', 'catch me up', 'fill me in on the article', 'bring me up to speed', "what's the bottom line", 'whats the news', "what's the latest"])
      expect(detectIntent(message), message).toBe('summary');
    for (const message of ['what happened in geneva', "what's the bottom line on sanctions", 'what is the latest russian demand'])
      expect(detectIntent(message), message).toBe('question');
    // Not the gist either: what the story says comes next (outlook-request.ts).
    expect(detectIntent('what happened next')).toBe('outlook');
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
