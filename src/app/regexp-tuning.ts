import v8 from 'node:v8';

/**
 * Has V8 compile each regular expression to machine code on its first use, skipping the
 * bytecode it otherwise interprets first (a one-shot command's setting).
 *
 * By default V8 compiles a regular expression to bytecode when it first runs, with a peephole
 * pass over it, and to machine code on its second run. The intent and question-frame patterns
 * are long alternations (summary, sources and request wordings, up to 1,200 characters each),
 * and for them the bytecode is the slow compilation: on the 2-core test machine, the sources
 * patterns took 69 ms on their first run and 6 ms on their second, against 8 ms at once without
 * the bytecode step. A cold `article-qa ask` runs each of them once or a few times, so it paid
 * about 80 ms of its 0.9 s for compilations it never gained from. Matching is the same either
 * way: only how the pattern is compiled changes. The bot, whose patterns run thousands of times,
 * pays the bytecode step once and is left as it is.
 */
export function compileRegexpsOnFirstUse(): void {
  // Read by V8 each time a pattern is compiled, so setting it before the first question (at
  // start-up, as for the heap in heap-tuning.ts) covers every pattern the command runs.
  v8.setFlagsFromString('--no-regexp-tier-up');
}
