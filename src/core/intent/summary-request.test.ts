import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../corpus/types.js';
import { helpAnswer } from './intent-answers.js';
import { detectIntent } from './intent.js';
import { reshapedSummaryRequest, summaryRequest } from './summary-request.js';
import { mendSummaryWords } from './summary-wording.js';

const article: CorpusDocument = { id: 'talks', title: 'Talks in Geneva', path: 'talks.txt', source: 'talks.txt', text: 'Text.', sections: [] };

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

  it('reads a part named first and then asked about', () => {
    expect(summaryRequest('the section about russia not backing down, what does it say')?.scope).toEqual({ kind: 'topic', topic: 'russia not backing down' });
    expect(summaryRequest('the part about the great gift, what does that mean')?.scope).toEqual({ kind: 'topic', topic: 'great gift' });
    expect(summaryRequest('the third section, what does it say')?.scope).toEqual({ kind: 'section', section: 3 });
    // A thing named first is a question about it, not a part of the article.
    expect(summaryRequest('the demands, what are they')).toBeUndefined();
    expect(summaryRequest('nato, what does it say')).toBeUndefined();
  });

  it('reads a part named by words of its heading, without the "thing" after them', () => {
    expect(summaryRequest("ok so what's the gift thing in the heading about")?.scope).toEqual({ kind: 'topic', topic: 'gift' });
    expect(summaryRequest("what's the great gift bit in the title about")?.scope).toEqual({ kind: 'topic', topic: 'great gift' });
    expect(summaryRequest('summarize the sanctions stuff part')?.scope).toEqual({ kind: 'topic', topic: 'sanctions' });
    // A phrase cut inside is no topic ("gift thing in the" had been one).
    expect(summaryRequest('what is in the heading')?.scope).toBeUndefined();
  });

  it('reads the shape asked for, short by default', () => {
    expect(summaryRequest('tl;dr')?.shape).toEqual({ length: 'short' });
    expect(summaryRequest('sum this up in 2 sentences')?.shape).toEqual({ sentences: 2 });
    expect(summaryRequest('summarize it in five bullet points')?.shape).toEqual({ sentences: 5, bullets: true });
    expect(summaryRequest('bullet points pls')?.shape).toEqual({ bullets: true, length: 'short' });
    expect(summaryRequest('give me a detailed summary')?.shape).toEqual({ length: 'long' });
    // Shape words alone ask for the gist in that shape.
    expect(summaryRequest('in 3 bullet points')).toEqual({ shape: { sentences: 3, bullets: true } });
    // "what happened" asks for the gist in a shape too, and "explain like i'm 5" names nothing else to explain.
    expect(summaryRequest('in 3 bullet points what happened')).toEqual({ shape: { sentences: 3, bullets: true } });
    expect(summaryRequest('explain like im 5')?.shape).toEqual({ length: 'short' });
    expect(summaryRequest("explain it like i'm five")?.shape).toEqual({ length: 'short' });
    expect(summaryRequest('explain the red line like im 5')).toBeUndefined();
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
      'i want to know what russia wants',
      'i want to know more about the sanctions',
      'tell me what the article says about nato',
      'what is the deal they offered',
      'does anyone have the numbers',
      'is there a deal',
      "what's going on with the troops",
      'what is russia mainly about',
      'what is the proposal mostly about',
    ]) {
      expect(detectIntent(message), message).toBe('question');
    }
  });

  it('hears the gist asked inside a request ("i wanna know what this article is about")', () => {
    for (const message of [
      'i wanna know what this article is about',
      "i'd like to know what the article says",
      'can u tell me what this article is about',
      "do you know what it's about",
      'tell me what the story covers',
      'i want to know the main points',
      // Asked of the channel, and chat's "what's the deal?" as a whole message.
      'does anyone have a tldr',
      'anyone got a summary of the article?',
      'can someone give me the gist',
      'is there a tl;dr',
      "so what's the deal",
      "what's going on?",
      // With a word for how much of it is meant.
      'What is this article mainly about?',
      "what's the story mostly about",
      'what does the article primarily cover',
      'can you tell me what the article is basically about',
    ]) {
      expect(detectIntent(message), message).toBe('summary');
    }
    expect(detectIntent("i'd like to know the sources")).toBe('sources');
  });

  it('hears questions about who made the bot as help', () => {
    for (const message of ['who made you', 'who built this bot?', 'who built this?', 'who runs this', "who's your creator", 'are you an AI?']) expect(detectIntent(message), message).toBe('help');
    // In a channel about an article, "this" is the article: its author is a question for it.
    for (const message of ['who wrote this', 'who wrote this?', 'who made this', 'who created this']) expect(detectIntent(message), message).toBe('question');
    expect(helpAnswer('who made you?', [article]).answer).toMatch(/^I'm article-qa, an open-source program \(not a person\)/);
  });
});
