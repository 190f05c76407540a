import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { ArticleLibrary } from '../../core/articles/article-library.js';
import type { FetchPolicy } from '../../core/articles/fetch-policy.js';
import type { Logger } from '../../logging/logger.js';
import type { ButtonTarget } from './custom-ids.js';
import type { BotEngine, QuestionService } from './question-service.js';
import type { StateStore } from './state/state-store.js';

/** What every handler receives: the core and the bot's own services, nothing global. */
export interface BotContext {
  /** The engine over every article (the corpus and every server's additions): use `engines` to answer a member. */
  engine: BotEngine;
  /** The engine a server (or a DM, `null`) answers from: articles added in a server are answered there only. */
  engines: { forGuild(guildId: string | null): BotEngine };
  /** Adding and removing articles (`/article`), and how members' downloads are restricted. */
  articles: { library: ArticleLibrary; access: Pick<FetchPolicy, 'publicOnly' | 'trustedHosts'> };
  questions: QuestionService;
  state: StateStore;
  logger: Logger;
  /** Whether the bot reads every message in its threads (the Message Content intent), so follow-ups need no mention. */
  readsThreadMessages: boolean;
  /**
   * Aborted when shutdown stops waiting for replies still being written: their replies are being
   * replaced with a restart note, so handlers must not show anything more (e.g. drafts).
   */
  abandoned: AbortSignal;
}

/** Settings that shape how commands are registered (from the configuration). */
export interface CommandSettings {
  /** The longest question `/ask` takes (`limits.questionMaxChars`). */
  questionMaxChars: number;
}

/** A slash command, as in discord.js's bot template: its builder (`data`) and its handler. */
export interface Command {
  data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** The definition registered with Discord, when it depends on settings; `data` otherwise. */
  definition?(settings: CommandSettings): RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  /** Suggestions while the user types an option marked `autocomplete`. */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}

/** A button, found by the action in its custom id. */
export interface ButtonHandler<Action extends ButtonTarget['action'] = ButtonTarget['action']> {
  action: Action;
  execute(
    interaction: ButtonInteraction,
    target: Extract<ButtonTarget, { action: Action }>,
    context: BotContext,
  ): Promise<void>;
}
