import v8 from 'node:v8';

/**
 * How much V8 may grow the heap past what survived its last full collection, in percent, for a
 * process that serves questions for a long time (the bot).
 *
 * By default V8 picks the factor from its collector's speed, up to ×4 for a large heap that
 * collects quickly; answering makes much short-lived garbage (sentence profiles, candidate
 * features), so the heap grew far past what it keeps. Serving 100,008 passages, 100 questions six
 * times (four alternating runs each, 2026-12-01): peak RSS 622–636 MB by default, 472–485 MB at
 * 30 %, with ask p50 12.0–12.7 ms against 12.2–13.3 ms. A build gains little (454–456 against
 * 435–436 MB, 5 % slower), so only serving processes ask for it.
 */
export const SERVING_HEAP_GROWING_PERCENT = 30;

/** Caps V8's heap growth for a long-running server (see {@link SERVING_HEAP_GROWING_PERCENT}). */
export function tuneHeapForServing(percent = SERVING_HEAP_GROWING_PERCENT): void {
  // Read by V8's heap controller each time it sets the next collection's limit, so setting it at
  // start-up, before the index is loaded, covers the whole life of the process.
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
}
