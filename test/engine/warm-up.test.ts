import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../src/core/engine.js';
import { bundledEngine } from '../support/bundled-engine.js';

describe('QaEngine.warmUp', () => {
  let engine: QaEngine;
  let cleanup: () => void;

  beforeAll(async () => {
    ({ engine, cleanup } = await bundledEngine());
  });
  afterAll(() => cleanup());

  it('changes no answer', async () => {
    const before = await engine.ask('Who led the US delegation?');
    await engine.warmUp();
    const after = await engine.ask('Who led the US delegation?');
    expect({ ...after, timingsMs: undefined }).toEqual({ ...before, timingsMs: undefined });
  });
});
