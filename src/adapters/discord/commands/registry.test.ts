import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE_OPTIONS } from '../../../core/engine-options.js';
import { ask } from './ask.js';
import { commandDefinitions } from './registry.js';

/** The longest question the registered /ask takes. */
function askLimit(questionMaxChars: number): number | undefined {
  const definition = commandDefinitions({ questionMaxChars }).find((command) => command.name === 'ask');
  const option = definition?.options?.find((entry) => entry.name === 'question');
  return option?.type === ApplicationCommandOptionType.String ? option.max_length : undefined;
}

describe('commandDefinitions', () => {
  it("registers /ask with the configured question limit, within Discord's 6,000", () => {
    expect(askLimit(120)).toBe(120);
    expect(askLimit(500)).toBe(500);
    expect(askLimit(9000)).toBe(6000);
  });

  it("keeps the builder's default at the engine's default limit", () => {
    const option = ask.data.toJSON().options?.find((entry) => entry.name === 'question');
    expect(option?.type === ApplicationCommandOptionType.String ? option.max_length : undefined).toBe(
      DEFAULT_ENGINE_OPTIONS.maxQuestionChars,
    );
  });
});
