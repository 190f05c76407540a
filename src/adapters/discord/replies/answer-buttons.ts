import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent } from 'discord.js';
import { followUpButtonId, sourcesButtonId, voteButtonId } from '../custom-ids.js';

/** The Sources, 👍 and 👎 buttons under an answer, and Follow up where a thread can be opened. */
export function answerButtons(answerId: string, followUp = false): APIActionRowComponent<APIButtonComponent> {
  const follow: APIButtonComponent[] = followUp
    ? [{ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Follow up', emoji: { name: '💬' }, custom_id: followUpButtonId(answerId) }]
    : [];
  return {
    type: ComponentType.ActionRow,
    components: [
      ...follow,
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Sources',
        custom_id: sourcesButtonId(answerId),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: '👍' },
        custom_id: voteButtonId(answerId, 1),
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        emoji: { name: '👎' },
        custom_id: voteButtonId(answerId, -1),
      },
    ],
  };
}
