import { ConversationMemory } from '../../core/conversation/conversation-memory.js';
import { ConversationalQa } from '../../core/conversation/conversational-qa.js';
import type { Citation } from '../../core/answer/types.js';
import { displayText } from '../../core/display.js';
import type { QaEngine } from '../../core/engine.js';
import { isUserError } from '../../core/errors.js';
import { formatAnswer } from './commands/ask-command.js';
import { formatSummary } from './commands/summary-command.js';
import { describeFailure } from './failures.js';
import type { Logger } from '../../logging/logger.js';

export const CHAT_HELP = [
  'Ask a question and press Enter; follow-ups ("what did he say about …", "why?") build on the answers before. Commands:',
  '  :new         start a new conversation (forget the questions so far)',
  '  :sources N   show cited passage N of the last answer or summary in full',
  '  :summary     summarise the article',
  '  :help        show this help',
  '  :quit        quit (or Ctrl-D)',
].join('\n');

/**
 * True for a line that asks to leave the chat: `:quit`, `:q` or `:exit`, as other prompts take.
 * They had been "Unknown command", and a plain "quit" is still a question.
 */
export function isQuitCommand(line: string): boolean {
  return [':quit', ':q', ':exit'].includes(line.trim().toLowerCase());
}

/** What `:new` answers. */
export const NEW_CONVERSATION = 'New conversation: earlier questions are forgotten.';

/** True for `:new`, which starts a conversation afresh, in the interactive chat and in `chat --json` alike. */
export function isNewConversationCommand(line: string): boolean {
  return line.trim().toLowerCase() === ':new';
}

/**
 * One interactive session: turns each input line into the text to print. Questions form one
 * conversation, so follow-ups are read in the context of the answers before them, until `:new`.
 * Keeps the citations of the last answer or summary so `:sources N` can show its passages in full.
 */
export class ChatSession {
  /** What the last reply cited: an answer's or a summary's sources, as printed with it. */
  private lastCitations: readonly Citation[] | undefined;
  private readonly conversations: ConversationalQa;
  private conversationNumber = 1;

  constructor(
    private readonly engine: QaEngine,
    private readonly logger: Logger,
    private readonly bold = false,
  ) {
    this.conversations = new ConversationalQa(engine, new ConversationMemory(), { logger });
  }

  /** Handles one line; returns what to print (empty for blank lines). */
  async handle(line: string): Promise<string> {
    const input = line.trim();
    if (input === '') return '';
    if (input === ':help' || input === ':h') return CHAT_HELP;
    if (input.startsWith(':sources')) return this.sources(input.slice(':sources'.length).trim());
    if (isNewConversationCommand(input)) return this.startOver();
    if (input === ':summary')
      return this.safely(async () => {
        const summary = await this.engine.summarize({ length: 'medium' });
        this.lastCitations = summary.citations;
        return formatSummary(summary);
      });
    if (input.startsWith(':')) return `Unknown command ${input}. ${CHAT_HELP}`;
    return this.safely(async () => {
      const answer = await this.conversations.ask(`chat-${this.conversationNumber}`, input);
      this.lastCitations = answer.citations;
      // formatAnswer opens with "Answering: …" when the context changed the question.
      return formatAnswer(answer, { bold: this.bold });
    });
  }

  private startOver(): string {
    this.conversationNumber += 1;
    this.lastCitations = undefined;
    return NEW_CONVERSATION;
  }

  private sources(argument: string): string {
    if (!this.lastCitations) return 'Ask a question first; then :sources N shows its passage N.';
    const count = this.lastCitations.length;
    if (count === 0) return 'The last answer cites no passages: nothing in the article came close to the question.';
    const n = Number(argument);
    const citation = this.lastCitations.find((item) => item.n === n);
    if (!citation) return `Give a source number from 1 to ${count}, e.g. :sources 1.`;
    const heading = citation.section ? `${citation.docId} — ${citation.section}` : citation.docId;
    return `[${citation.n}] ${heading} (score ${citation.score.toFixed(3)})\n\n${displayText(citation.text)}`;
  }

  /** User errors are shown as they are; anything else is logged and reported with an incident id. */
  private async safely(work: () => Promise<string>): Promise<string> {
    try {
      return await work();
    } catch (error) {
      if (isUserError(error)) return error.message;
      return describeFailure(error, this.logger).message;
    }
  }
}
