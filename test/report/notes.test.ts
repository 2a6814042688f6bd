// Repeated per-segment notes read as one line per kind (issue 10), in the comment and the HTML report;
// report.json keeps every note.
import { describe, expect, it } from 'vitest';
import { groupNotes } from '../../src/report/view.js';

describe('groupNotes', () => {
  it('one line per kind, the segments listed with their counts, where the first was', () => {
    expect(
      groupNotes([
        'precision: no predicted positives; set to 0 as scikit-learn does',
        'segment country=IT roc_auc: undefined in 1 of 1000 bootstrap resamples; interval from the other 999',
        'segment country=IT pr_auc: undefined in 1 of 1000 bootstrap resamples; interval from the other 999',
        'segment country=SE roc_auc: undefined in 37 of 1000 bootstrap resamples; interval from the other 963',
        'segment country=SE pr_auc: undefined in 37 of 1000 bootstrap resamples; interval from the other 963',
        'segment country=US precision: no predicted positives; set to 0 as scikit-learn does',
        'segment country=IE precision: no predicted positives; set to 0 as scikit-learn does',
        'segment city=Oslo recall: no positive labels; set to 0 as scikit-learn does',
      ]),
    ).toEqual([
      'precision: no predicted positives; set to 0 as scikit-learn does',
      'roc_auc: undefined in some of the 1000 bootstrap resamples of 2 segments (interval from the rest): country=IT (1), country=SE (37)',
      'pr_auc: undefined in some of the 1000 bootstrap resamples of 2 segments (interval from the rest): country=IT (1), country=SE (37)',
      'precision: no predicted positives; set to 0 as scikit-learn does — in 2 segments: country=US, country=IE',
      'segment city=Oslo recall: no positive labels; set to 0 as scikit-learn does',
    ]);
  });
});
