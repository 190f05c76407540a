import { describe, expect, it } from 'vitest';
import { detectIntent } from './intent.js';
import { outlineRequest } from './outline-request.js';

describe('outlineRequest', () => {
  it('hears the title asked for, however it is worded', () => {
    for (const message of [
      'what is the title of the article',
      "what's the headline?",
      'whats the headline',
      'title?',
      'what is the article called',
      "what's this story titled",
      'what is the name of the article',
      'can you tell me the headline',
      "Ok, and what is title of it?",
      'what title does the article have',
    ])
      expect(outlineRequest(message), message).toBe('title');
  });

  it('hears the sections asked for, however they are worded', () => {
    for (const message of [
      'what are the sections',
      "what are the article's main sections",
      'what are the main sections of the article',
      'list the sections',
      'table of contents?',
      "what are the article's headings",
      'what parts does the article have',
      'how many sections are there',
      'how is the article organized',
      'how is it structured',
      'and the sections?',
    ])
      expect(outlineRequest(message), message).toBe('sections');
  });

  it('hears one section\'s heading asked for by its place', () => {
    for (const [message, section] of [
      ['What does the heading of the second numbered section say?', 2],
      ['what is the heading of section 2', 2],
      ["what's the title of the 3rd section", 3],
      ['what is section 1 called', 1],
      ["what's the last section called", -1],
      ['section 4 title', 4],
    ] as const)
      expect(outlineRequest(message), message).toEqual({ section });
    // What a section says is asked of its content.
    expect(outlineRequest('what does section 2 say')).toBeUndefined();
    expect(outlineRequest('what is the title of section 2 of the proposal')).toBeUndefined();
  });

  it('hears how the article opens or ends asked for (fifty-fourth session)', () => {
    for (const message of ['how does it start?', 'How does the article begin', "what's the first paragraph", 'what is the opening sentence of the article'])
      expect(outlineRequest(message), message).toBe('opening');
    for (const message of ['how does the article end?', 'how does it end', 'what is the last paragraph', "what's the article's final sentence"])
      expect(outlineRequest(message), message).toBe('ending');
    // How events ended is a question about them.
    for (const message of ['how did it end', 'how did the talks end', 'when does the meeting start']) expect(outlineRequest(message), message).toBeUndefined();
  });

  it('leaves questions about titles, names and parts of things in the article alone', () => {
    for (const message of [
      'what is the title of the proposal',
      "what was ryabkov's title",
      'what was her title',
      'whats his title',
      'what is the name',
      'which section talks about nato',
      'what are the parts',
      'what are the contents',
      'what is the structure of nato',
      'what is the article about',
    ])
      expect(outlineRequest(message), message).toBeUndefined();
  });

  it('is an intent of its own, after summaries and sources', () => {
    expect(detectIntent("what's the headline?")).toBe('outline');
    expect(detectIntent('what are the sections')).toBe('outline');
    expect(detectIntent('what is the article about')).toBe('summary');
    expect(detectIntent('what are the sources')).toBe('sources');
    expect(detectIntent('what was her title')).toBe('question');
  });
});
