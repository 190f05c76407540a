import { describe, expect, it } from 'vitest';
import { distinctSourceLabels } from './citation-lines.js';

describe('distinctSourceLabels', () => {
  it('adds the file only where two articles share a label', () => {
    const citation = (docId: string, title: string, section: string | null = null) => ({ docId, title, section, source: `${docId}.txt` });
    expect(distinctSourceLabels([citation('east/report', 'Meeting'), citation('west/report', 'Meeting'), citation('other', 'Other')])).toEqual([
      'Meeting (east/report.txt)',
      'Meeting (west/report.txt)',
      'Other',
    ]);
    // Two passages of one article share its title: nothing to tell apart.
    expect(distinctSourceLabels([citation('a', 'Talks'), citation('a', 'Talks')])).toEqual(['Talks', 'Talks']);
  });
});
