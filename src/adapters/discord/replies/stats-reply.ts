import { escapeUserText } from '../escaping.js';
import { DISCORD_LIMITS, truncate } from '../limits.js';
import type { BotStatistics } from '../state/state-store.js';
import { ANSWER_COLOUR } from './answer-reply.js';
import { replyPayload, type ReplyPayload } from './reply-payload.js';

function share(part: number, whole: number): string {
  return whole === 0 ? '–' : `${Math.round((part / whole) * 100)}%`;
}

/** Acknowledgements past Discord's 3-second deadline: a sign of overload or rate limits. */
function lateAcknowledgements(late: BotStatistics['lateAcknowledgements']): string {
  if (late.count === 0) return 'None';
  const slowest = late.slowestMs === null ? '' : `; slowest ${(late.slowestMs / 1000).toFixed(1)} s`;
  const refused = late.refused > 0 ? `, ${late.refused} refused by Discord ("did not respond")` : '';
  return `${late.count}${refused}${slowest}`;
}

/** `/stats` for server admins, privately: volume, answered share, what is missing, feedback. */
export function statsReply(stats: BotStatistics, guildName: string): ReplyPayload {
  const unanswered =
    stats.topUnanswered.length === 0
      ? 'None yet.'
      : truncate(
          stats.topUnanswered
            .map(
              (entry, index) =>
                `${index + 1}. ${escapeUserText(truncate(entry.question, 150))} (×${entry.count})`,
            )
            .join('\n'),
          DISCORD_LIMITS.fieldValue,
        );
  return replyPayload({
    ephemeral: true,
    embeds: [
      {
        title: truncate(`Question statistics for ${escapeUserText(guildName)}`, DISCORD_LIMITS.embedTitle),
        color: ANSWER_COLOUR,
        fields: [
          { name: 'Questions asked', value: String(stats.questions), inline: true },
          {
            name: 'Answered',
            value: `${stats.answered} (${share(stats.answered, stats.questions)})`,
            inline: true,
          },
          {
            name: 'Not in the article',
            value: `${stats.unanswered} (${share(stats.unanswered, stats.questions)})`,
            inline: true,
          },
          { name: 'Most frequent unanswered questions', value: unanswered },
          { name: 'Feedback', value: `👍 ${stats.votes.up} · 👎 ${stats.votes.down}` },
          { name: 'Late acknowledgements (over 3 s)', value: lateAcknowledgements(stats.lateAcknowledgements) },
        ],
      },
    ],
  });
}
