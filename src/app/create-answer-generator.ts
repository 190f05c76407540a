import type { AppConfig } from '../config/schema.js';
import { LanguageModelWriter, type TextGenerator } from '../core/generation/language-model-writer.js';
import { OpenAiCompatibleClient } from '../core/generation/openai-compatible-client.js';
import type { Logger } from '../logging/logger.js';

/**
 * The optional language model for generated answers and summaries: none (extractive only)
 * unless `LLM_BASE_URL` is set. Config validation already requires `LLM_MODEL` alongside it.
 */
export function createAnswerGenerator(config: AppConfig, logger: Logger): TextGenerator | undefined {
  const { baseUrl, model, apiKey, timeoutMs } = config.llm;
  if (!baseUrl || !model) return undefined;
  const client = new OpenAiCompatibleClient({ baseUrl, model, timeoutMs, ...(apiKey ? { apiKey } : {}) });
  const generationLogger = logger.child({ component: 'generation' });
  // Only the server's origin: the path is fixed and any credentials in the URL stay out of logs.
  generationLogger.info({ server: new URL(baseUrl).origin, model, timeoutMs }, 'generated answers enabled');
  return new LanguageModelWriter(client, generationLogger);
}
