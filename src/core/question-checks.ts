import { withoutLinks } from './answer/question-frame.js';
import type { EngineOptions } from './engine-options.js';
import type { IndexSnapshots, Snapshot } from './engine-snapshots.js';
import { UserError } from './errors.js';
import { LanguageCheck } from './language-check.js';
import { ASK_IN_ENGLISH } from './question-answerer.js';
import { inOtherScript } from './text/script.js';
import { validateQuestion } from './validation.js';

/**
 * What a question must pass before the engine answers it: its length and words, the corpus's
 * alphabet and, once it is known to be a question, the corpus's language. Kept together because
 * each refusal is a UserError the member reads, and they must agree on what is refused.
 */
export class QuestionChecks {
  private readonly languageCheck: LanguageCheck;

  /** `vocabulary`: the word-vector model's words by rank (see LanguageCheck). */
  constructor(
    private readonly snapshots: IndexSnapshots,
    private readonly options: EngineOptions,
    vocabulary: ReadonlyMap<string, number> | undefined,
  ) {
    this.languageCheck = new LanguageCheck(vocabulary);
  }

  /** Checks a question; throws a UserError when it is empty, too long, has no words, or is written in another alphabet than the corpus. */
  validate(question: string): string {
    const clean = validateQuestion(question, this.options.maxQuestionChars);
    // Checked here, before any adapter defers a reply: a question in another alphabet is a user error like any other.
    if (inOtherScript(withoutLinks(clean), this.snapshots.latinShare(this.snapshots.latest.index))) {
      throw new UserError('question-language', ASK_IN_ENGLISH);
    }
    return clean;
  }

  /** The reply refusing a question in another language than the snapshot's corpus ("Please ask in English: …"), or undefined when it is read. */
  languageRefusal(snapshot: Snapshot, clean: string): Promise<string | undefined> {
    return this.languageCheck.refusal(snapshot.index, snapshot.words, clean);
  }
}
