import { UserError } from '../../../core/errors.js';
import type { ButtonHandler } from '../command.js';
import { isOnAnswerMessage, mayUseAnswer } from './answer-access.js';
import { toReplyOptions } from '../replies/reply-payload.js';
import { sourcesReplies } from '../replies/sources-reply.js';

/** Sources: the full passages an answer cited, shown only to the user who pressed it. */
export const sourcesButton = {
  action: 'sources',
  async execute(interaction, target, context) {
    const record = context.state.findAnswer(target.answerId);
    if (!record) {
      throw new UserError(
        'answer-unknown',
        'I no longer have the sources of this answer. The list under it still names them; ask again for the full passages.',
      );
    }
    if (!mayUseAnswer(record, interaction.user.id, isOnAnswerMessage(interaction, target.answerId))) {
      throw new UserError(
        'answer-private',
        'That answer was private: only the member who asked can see its sources.',
      );
    }
    const [first, ...rest] = sourcesReplies(record);
    if (!first) return;
    await interaction.reply(toReplyOptions(first));
    for (const payload of rest) await interaction.followUp(toReplyOptions(payload));
  },
} satisfies ButtonHandler<'sources'>;
