/** Verbs put into another tense, for questions asked again in another form ("did it last" → "it lasted"). */
import { tagger } from './text-analysis.js';

const CONJUGATION_LIMIT = 5_000;
const conjugations = new Map<string, Record<string, string> | undefined>();

/** A verb in another tense ("threaten" → "threatened"), remembered: tagging a verb costs about a millisecond. */
export function conjugate(verb: string, form: 'PastTense' | 'PresentTense' | 'Infinitive'): string {
  if (!conjugations.has(verb)) {
    if (conjugations.size >= CONJUGATION_LIMIT) conjugations.clear();
    // Alone, "last" or "open" reads as an adjective; after "they" it is a verb.
    const conjugated = (text: string): Record<string, string> | undefined => (tagger()(text).verbs().conjugate() as Array<Record<string, string>>)[0];
    conjugations.set(verb, conjugated(verb) ?? conjugated(`they ${verb}`));
  }
  return conjugations.get(verb)?.[form] ?? verb;
}
