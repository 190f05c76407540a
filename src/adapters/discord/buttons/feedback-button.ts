import { UserError } from '../../../core/errors.js';
import type { ButtonHandler } from '../command.js';
import { isOnAnswerMessage, mayUseAnswer } from './answer-access.js';
import { voteReply } from '../replies/notices.js';
import { toReplyOptions } from '../replies/reply-payload.js';

/** 👍 / 👎: one vote per user per answer; pressing the other button changes the vote. */
export const feedbackButton = {
  action: 'vote',
  async execute(interaction, target, context) {
    const record = context.state.findAnswer(target.answerId);
    if (!record) {
      throw new UserError(
        'answer-unknown',
        'This answer is no longer on record, so the vote could not be saved. Thanks anyway!',
      );
    }
    if (!mayUseAnswer(record, interaction.user.id, isOnAnswerMessage(interaction, target.answerId))) {
      throw new UserError('answer-private', 'That answer was private: only the member who asked can rate it.');
    }
    const outcome = context.state.recordVote(target.answerId, interaction.user.id, target.vote);
    await interaction.reply(toReplyOptions(voteReply(target.vote, outcome)));
  },
} satisfies ButtonHandler<'vote'>;
