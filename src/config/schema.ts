import { z } from 'zod';
import { DEFAULT_CHUNKING as CHUNKING } from '../core/corpus/chunk-passages.js';
import { DEFAULT_MAX_FILE_BYTES } from '../core/corpus/list-corpus.js';
import { DEFAULT_MODEL_ID } from '../core/embedding/model-files.js';
import { DEFAULT_ENGINE_OPTIONS as ENGINE } from '../core/engine-options.js';

// zod compiles each object schema into a function the first time it parses, which pays off only
// over many parses. Settings and index manifests are parsed once per start: compiling cost a cold
// `article-qa ask` about 9 ms, a little more than the parse it would speed up.
z.config({ jitless: true });

const positiveInt = z.coerce.number().int().positive();
const share = z.coerce.number().min(0).max(1);
// The core's own defaults (answer tuning, fusion, chunking, question length…) are read from its
// modules, so each is written once; the rest are written here, and config/default.json repeats
// none differently (a test checks).
const { answer: ANSWER, fusion: FUSION } = ENGINE;
const optionalText = z.string().trim().min(1).optional();
/** One of a few lowercase words, whatever case and spaces it was written with. */
const anyCase = <Schema extends z.ZodType>(schema: Schema) =>
  z.preprocess((value) => (typeof value === 'string' ? value.trim().toLowerCase() : value), schema);
// Environment values arrive as strings: "false" must mean false, not a truthy string. The union's
// own message ("Invalid input") would not tell an admin which values are accepted.
const booleanSetting = z.union([z.boolean(), z.stringbool()], {
  error: 'expected true or false (also accepted: yes/no, on/off, 1/0)',
});

/** Every setting, with its default. Values come from `config/*.json`, then environment variables, then CLI flags. */
// Strict: a misspelt setting ("minConfidnce") is reported, not silently ignored.
export const configSchema = z.strictObject({
  /** An article file (.txt, .md, .html, .pdf, .docx), or a directory of them. */
  corpus: z.string().min(1).default('corpus'),
  indexDir: z.string().min(1).default('embeddings/index'),
  /** Feedback and statistics. */
  stateDir: z.string().min(1).default('embeddings/state'),
  model: z
    .strictObject({
      id: z.string().min(1).default(DEFAULT_MODEL_ID),
      dir: z.string().min(1).default('embeddings/models'),
      cacheDir: z.string().min(1).default('embeddings/cache'),
      allowRemote: booleanSetting.default(true),
      quantized: booleanSetting.default(true),
      /** Where Hugging Face models are downloaded from (a mirror, or HF_ENDPOINT as in Hugging Face's own tools). */
      hubUrl: z.url().default('https://huggingface.co/').transform((url) => (url.endsWith('/') ? url : `${url}/`)),
    })
    .prefault({}),
  chunking: z
    .strictObject({
      minWords: positiveInt.default(CHUNKING.minWords),
      maxWords: positiveInt.default(CHUNKING.maxWords),
      overlapSentences: z.coerce.number().int().min(0).max(3).default(CHUNKING.overlapSentences),
    })
    .prefault({})
    .refine((chunking) => chunking.minWords < chunking.maxWords, { message: 'minWords must be below maxWords' }),
  /**
   * HNSW graph parameters, tuned with `npm run bench` at 100k passages: efConstruction 128 builds
   * in about half the time of 200, efSearch 300 keeps recall@10 near 0.99, and a larger M costs
   * build time without gaining recall (measured figures: docs/performance.md).
   */
  hnsw: z
    .strictObject({
      m: positiveInt.default(16),
      efConstruction: positiveInt.default(128),
      efSearch: positiveInt.default(300),
      randomSeed: z.coerce.number().int().nonnegative().default(100),
    })
    .prefault({}),
  retrieval: z
    .strictObject({
      k: positiveInt.max(20).default(ENGINE.k),
      candidates: positiveInt.default(FUSION.candidates),
      rerankDepth: positiveInt.max(100).default(FUSION.rerankDepth),
      keywordWeight: share.default(FUSION.keywordWeight),
      diversity: share.default(FUSION.diversity),
    })
    .prefault({}),
  /** How answers are decided and put together (see src/core/answer/tuning.ts). */
  answer: z
    .strictObject({
      minConfidence: share.default(ANSWER.minConfidence),
      maxSentences: positiveInt.max(10).default(ANSWER.maxSentences),
      companionRatio: share.default(ANSWER.companionRatio),
      redundancy: share.default(ANSWER.redundancy),
      maxChars: positiveInt.default(ANSWER.maxChars),
      closestPassages: z.coerce.number().int().min(0).max(10).default(ANSWER.closestPassages),
      relatedFloor: share.default(ANSWER.relatedFloor),
      relatedTermShare: share.default(ANSWER.relatedTermShare),
      tentativeBelow: share.default(ANSWER.tentativeBelow),
    })
    .prefault({}),
  articles: z
    .strictObject({
      /** Largest article `add` or `/article add` accepts (a download, an attachment or a file). */
      maxBytes: positiveInt.default(10 * 1024 * 1024),
      /** Largest file read from the corpus folder; larger ones are reported as too large. */
      corpusFileMaxBytes: positiveInt.default(DEFAULT_MAX_FILE_BYTES),
      /** Longest wait for a download, from the request to its last byte. */
      fetchTimeoutMs: positiveInt.default(15_000),
      maxRedirects: z.coerce.number().int().min(0).max(20).default(5),
      /** Let Discord members add URLs on loopback, private, link-local or metadata addresses (the CLI always may). */
      allowPrivateUrls: booleanSetting.default(false),
      /** How often the bot looks for articles added or removed by another process (0: never). */
      syncIntervalMs: z.coerce.number().int().min(0).default(10_000),
    })
    .prefault({}),
  /** How the bot notices corpus edits (hot reload). */
  corpusWatch: z
    .strictObject({
      /** Poll files instead of waiting for file-system events: for bind mounts that pass none (Docker Desktop, network shares). */
      poll: booleanSetting.default(false),
      pollIntervalMs: positiveInt.default(1000),
      /** Quiet time after the last change before re-indexing (editors and copies write in bursts). */
      debounceMs: z.coerce.number().int().min(0).default(1000),
    })
    .prefault({}),
  limits: z
    .strictObject({
      questionMaxChars: positiveInt.default(ENGINE.maxQuestionChars),
      ratePerMinute: positiveInt.default(5),
      concurrency: positiveInt.default(4),
    })
    .prefault({}),
  discord: z
    .strictObject({
      token: optionalText,
      guildId: z.string().regex(/^\d{15,22}$/, 'must be a numeric Discord id').optional(),
      apiBase: z.url().default('https://discord.com/api').transform((url) => url.replace(/\/+$/, '')),
      /** Questions, answers, votes and conversations older than this are deleted (0 keeps them forever). */
      retentionDays: z.coerce.number().int().min(0).default(90),
      /**
       * Ask Discord for the Message Content intent, so that follow-ups in the bot's threads need no
       * mention. It must also be switched on in the Developer Portal.
       */
      messageContent: booleanSetting.default(true),
    })
    .prefault({}),
  shutdown: z
    .strictObject({
      /** How long SIGTERM waits for answers in flight; unfinished ones are then replaced by a restart note. */
      graceMs: z.coerce.number().int().min(0).max(600_000).default(8000),
    })
    .prefault({}),
  health: z
    .strictObject({
      host: z.string().min(1).default('127.0.0.1'),
      port: z.coerce.number().int().min(0).max(65535).default(8080),
    })
    .prefault({}),
  log: z
    .strictObject({
      // Admins write LOG_LEVEL=INFO as often as info: a word's case changes nothing here.
      level: anyCase(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])).default('info'),
      format: anyCase(z.enum(['auto', 'pretty', 'json'])).default('auto'),
    })
    .prefault({}),
  llm: z
    .strictObject({
      // fetch refuses an address with credentials in it, so every request would fail and fall back.
      baseUrl: z
        .url()
        .refine((url) => !/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url), { message: 'must not hold credentials before an @: put the key in LLM_API_KEY' })
        .optional(),
      model: optionalText,
      apiKey: optionalText,
      timeoutMs: positiveInt.default(20_000),
    })
    .prefault({}),
});

/** Validated configuration. Paths are absolute. */
export type AppConfig = z.infer<typeof configSchema>;

/** Every setting's default, as the schema gives it (paths still relative to the project root). */
export const DEFAULT_CONFIG: AppConfig = configSchema.parse({});

/**
 * Settings whose values are secrets. Their values are scrubbed from every log line and every
 * error shown to a user; a new secret setting must be added here (a test checks the names).
 */
export const SECRET_SETTINGS = ['discord.token', 'llm.apiKey'] as const;

/** Settings that are URLs: credentials written into them (`https://user:key@host`) are secrets too. */
export const URL_SETTINGS = ['llm.baseUrl', 'discord.apiBase', 'model.hubUrl'] as const;
