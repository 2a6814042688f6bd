/**
 * The sentences of issue 11 and 12's checks (serving SLOs, the shadow comparison, estimated performance,
 * multivariate drift), beside ./messages.ts and in its manner: the rules hand over facts, a sentence says
 * what was measured, how it compares and what was allowed. Numbers through report/format.ts only.
 */
import { formatCount, formatNumber, formatPercent, formatScore } from '../report/format.js';
import { boundMessage, ciText, type BoundFacts } from './messages.js';

// ------------------------------------------------------------------------------------------------ serving

/** "latency p99 212 ms (95% CI 205 ms to 230 ms) > max 200 ms": a bound with a unit, or on a share */
export function servingBound(
  f: Omit<BoundFacts, 'id' | 'where' | 'byChance' | 'format'> & {
    what: string;
    unit: string;
    percent: boolean;
  },
): string {
  const format = (x: number) => (f.percent ? formatPercent(x) : `${formatNumber(x)}${f.unit}`);
  return boundMessage({ ...f, id: f.what, where: '', byChance: false, format });
}

export function servingSkipped(what: string, reason: string): string {
  return `${what} not checked: ${reason}`;
}

// ------------------------------------------------------------------------------------------------ shadow

/** " on 1,200 labelled production rows" */
export function shadowWhere(rows: number): string {
  return ` on ${formatCount(rows)} labelled production row${rows === 1 ? '' : 's'}`;
}

/** "agreement with the champion 97.1% (95% CI 96.8% to 97.4%) ≥ min 95% on 50,000 requests" */
export function agreementMessage(f: {
  value: number;
  ci: [number, number] | null;
  confidence: number;
  breaks: boolean;
  limit: number;
  rows: number;
}): string {
  return `agreement with the champion ${formatPercent(f.value)}${ciText(f.confidence, f.ci, formatPercent)} ${f.breaks ? '<' : '≥'} min ${formatPercent(f.limit)} on ${formatCount(f.rows)} requests`;
}

export function shadowSkipped(reason: string): string {
  return `shadow comparison not run: ${reason}`;
}

// ------------------------------------------------------------------------------------------------ estimated

export function estimatedSkipped(reason: string): string {
  return `estimated performance (CBPE) not computed: ${reason}`;
}

export function thinCalibration(positives: number, negatives: number, min: number): string {
  return `the calibration rests on ${formatCount(positives)} positive and ${formatCount(negatives)} negative holdout rows, fewer than ${formatCount(min)} of the rarer class: too thin to trust, so the estimates' rules warn only`;
}

/** "estimated roc_auc 0.912 (95% CI 0.905 to 0.919) ≥ min 0.85 on production (CBPE, no labels)" */
export function estimatedBound(
  id: string,
  value: number,
  ci: [number, number] | null,
  confidence: number,
  breaks: boolean,
  limit: number,
): string {
  return `estimated ${id} ${formatNumber(value)}${ciText(confidence, ci, formatNumber)} ${breaks ? '<' : '≥'} min ${formatNumber(limit)} on production (CBPE, no labels)`;
}

/** "estimated f1 0.70 on production vs 0.74 on the holdout: worse by 0.04; allowed 0.05 (CBPE, no labels)" */
export function estimatedRegression(
  id: string,
  value: number,
  ci: [number, number] | null,
  confidence: number,
  holdout: number,
  allowed: number,
): string {
  const worse = holdout - value;
  const how =
    worse > 0
      ? `worse by ${formatNumber(worse)}`
      : worse < 0
        ? `better by ${formatNumber(-worse)}`
        : 'unchanged';
  return `estimated ${id} ${formatNumber(value)}${ciText(confidence, ci, formatNumber)} on production vs ${formatNumber(holdout)} on the holdout: ${how}; allowed ${formatNumber(allowed)} (CBPE, no labels)`;
}

export function estimatedNeedsHoldout(): { section: string; reason: string } {
  return {
    section: 'production.estimated',
    reason: estimatedSkipped('it needs a holdout input to calibrate on'),
  };
}

// ------------------------------------------------------------------------------------------------ multivariate

export function multivariateSkipped(reason: string): string {
  return `multivariate drift not tested: ${reason}`;
}

/** what subsampling costs MMD: the statistic's noise at this size, and the p-value's resolution */
export function mmdSubsample(n: number, m: number, nullSd: number, permutations: number): string {
  return `MMD on a seeded subsample of ${formatCount(n)} reference and ${formatCount(m)} current rows: at this size MMD² varies by ${formatNumber(nullSd)} (sd) under no drift, and ${formatCount(permutations)} permutations resolve p-values to ${formatNumber(1 / (permutations + 1))}`;
}

export function multivariateMessage(
  s: {
    drifted: boolean;
    alpha: number;
    classifier: {
      auc: { value: number | null; ci: [number, number] | null };
      pValue: number;
      minAuc: number;
      top: { feature: string; share: number }[];
      rows: { reference: number; current: number };
    } | null;
    mmd: { mmd2: number; pValue: number; rows: { reference: number; current: number } } | null;
  },
  classifierDrift: boolean,
  mmdDrift: boolean,
  confidence: number,
): string {
  const parts: string[] = [];
  const c = s.classifier;
  if (c) {
    const auc = c.auc.value ?? NaN;
    parts.push(
      `domain classifier AUC ${formatNumber(auc)}${ciText(confidence, c.auc.ci, formatNumber)}, p ${formatScore(c.pValue, true)} ${c.pValue < s.alpha ? '<' : '≥'} ${formatNumber(s.alpha)}${classifierDrift ? ` and AUC ≥ ${formatNumber(c.minAuc)}` : c.pValue < s.alpha ? ` but AUC < ${formatNumber(c.minAuc)}` : ''} (${formatCount(c.rows.reference)} + ${formatCount(c.rows.current)} rows)${
        classifierDrift && c.top.length
          ? `; separates most: ${c.top
              .slice(0, 3)
              .map((t) => `${t.feature} (${formatPercent(t.share)})`)
              .join(', ')}`
          : ''
      }`,
    );
  }
  const m = s.mmd;
  if (m) {
    parts.push(
      `MMD² ${formatNumber(m.mmd2)}, p ${formatScore(m.pValue, true)} ${mmdDrift ? '<' : '≥'} ${formatNumber(s.alpha)} (${formatCount(m.rows.reference)} + ${formatCount(m.rows.current)} rows)`,
    );
  }
  return `multivariate ${s.drifted ? 'drift' : 'stable'}: ${parts.join('; ')}`;
}

export function multivariateTooFew(reference: number, current: number): string {
  return `too few rows (reference ${formatCount(reference)}, current ${formatCount(current)}; at least 2 a side)`;
}
