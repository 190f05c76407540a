import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isContentTerm, normalizeTerm } from '../../core/text/terms.js';
import { parseDataFile, parseIndexFile, parseIndexTagCounts, PARTS_OF_SPEECH, type Synset } from '../lexicon-builder/wordnet-files.js';
import type { LabelledQuestion, LabelledSet } from './datasets.js';

/** WordNet synonyms of single words, from their most frequent sense. */
export class SynonymSource {
  private constructor(
    private readonly senses: ReadonlyArray<ReadonlyMap<string, readonly string[]>>,
    private readonly tagCounts: ReadonlyArray<ReadonlyMap<string, number>>,
    private readonly synsets: ReadonlyMap<string, Synset>,
    private readonly vocabulary: ReadonlySet<string>,
  ) {}

  /** Reads WordNet's files; synonyms are limited to `vocabulary` (words the embedding model knows). */
  static async load(wordnetDirectory: string, vocabulary: ReadonlySet<string>): Promise<SynonymSource> {
    const read = (name: string): Promise<string> => readFile(path.join(wordnetDirectory, name), 'utf8');
    const indexes = await Promise.all(PARTS_OF_SPEECH.map((pos) => read(`index.${pos}`)));
    const synsets = new Map((await Promise.all(PARTS_OF_SPEECH.map(async (pos) => [...parseDataFile(await read(`data.${pos}`))]))).flat());
    return new SynonymSource(indexes.map(parseIndexFile), indexes.map(parseIndexTagCounts), synsets, vocabulary);
  }

  /** Other one-word lemmas of the first sense of the word's usual part of speech (most tagged senses). */
  synonyms(word: string): string[] {
    for (const form of [word, ...baseForms(word)]) {
      let best: { synset: string; tags: number } | undefined;
      this.senses.forEach((senses, pos) => {
        const synset = senses.get(form)?.[0];
        const tags = this.tagCounts[pos]?.get(form) ?? 0;
        if (synset && (!best || tags > best.tags)) best = { synset, tags };
      });
      if (!best) continue;
      const lemmas = this.synsets.get(best.synset)?.lemmas ?? [];
      return lemmas.filter((lemma) => lemma !== form && lemma !== word && /^[a-z]+$/.test(lemma) && this.vocabulary.has(lemma));
    }
    return [];
  }
}

/** Candidate base forms of an inflected word (WordNet's own detachment rules, without its exception lists). */
function baseForms(word: string): string[] {
  const rules: Array<[string, string]> = [['ies', 'y'], ['es', ''], ['s', ''], ['ing', ''], ['ing', 'e'], ['ed', ''], ['ed', 'e'], ['er', ''], ['est', '']];
  return rules.filter(([suffix]) => word.endsWith(suffix) && word.length > suffix.length + 2).map(([suffix, ending]) => word.slice(0, -suffix.length) + ending);
}

/** A number in [0, 1) from text, the same on every run. */
function unitHash(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/**
 * Rewrites a question the way members write in chat: lowercase, no question mark, and about
 * half of its content words swapped for a WordNet synonym. Names and numbers stay. Which words
 * change, and for which synonym, follows a hash of the question id: the same on every run.
 */
export function casualQuestion(id: string, question: string, synonyms: SynonymSource, share = 0.5): string {
  const words = question.replace(/[?!]+\s*$/, '').split(/\s+/);
  const names = words.map((word, index) => index > 0 && /^\p{Lu}/u.test(word));
  return words
    .map((word, index) => {
      const bare = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '');
      const term = normalizeTerm(bare);
      if (names[index] || !/^[a-z]+$/.test(term) || !isContentTerm(term)) return word.toLowerCase();
      if (unitHash(`${id}\u0000${index}`) >= share) return word.toLowerCase();
      const options = synonyms.synonyms(term);
      if (options.length === 0) return word.toLowerCase();
      const choice = options[Math.floor(unitHash(`${id}\u0000${index}\u0000choice`) * options.length)] as string;
      return word.toLowerCase().replace(term, choice);
    })
    .join(' ');
}

/** A copy of a set with every question rewritten by {@link casualQuestion}, over the same corpus. */
export function casualSet(set: LabelledSet, synonyms: SynonymSource): LabelledSet {
  return {
    ...set,
    name: `${set.name}-casual`,
    corpusName: set.corpusName ?? set.name,
    questions: set.questions.map((question): LabelledQuestion => ({ ...question, id: `${question.id}-casual`, text: casualQuestion(question.id, question.text, synonyms) })),
  };
}
