import { describe, expect, it } from 'vitest';
import { draftText } from './generated-answerer.js';

describe('draftText', () => {
  it('shows a reply in progress without citation markers, even half-written ones', () => {
    expect(draftText('Wendy Sherman led the US delegation [1]. Ryabkov led')).toBe(
      'Wendy Sherman led the US delegation. Ryabkov led',
    );
    expect(draftText('Sherman [1][2] led it [')).toBe('Sherman led it');
    expect(draftText('Sherman led it [1')).toBe('Sherman led it');
    expect(draftText('In 2022 [3], about 100,000 troops')).toBe('In 2022, about 100,000 troops');
    expect(draftText('')).toBe('');
  });
});
