/**
 * Data-quality checks (DESIGN §5) from the per-feature numbers the drift analysis computed and the schema
 * differences. Statuses come from src/gate/compare.ts; messages are one plain sentence each.
 *
 *  - quality.schema: fails (quality.schema severity) when a configured feature (columns.features) is absent
 *    from either file, or a feature's kind changed (DESIGN §2: "a configured column missing, or a kind
 *    change"). With inferred features, columns in only one file are listed in the section and the message
 *    but do not fail it: nothing says the model uses them (list them in columns.features to require them).
 *  - quality.missing.<col>: the rise of the missing share, current − reference, above
 *    quality.max_missing_increase (quality.missing_severity).
 *  - quality.new_categories.<col> (categorical): any category of current never seen in reference.
 *  - quality.out_of_range.<col> (numerical): share of current values outside the reference [min, max]
 *    above quality.out_of_range.max_share.
 *  - quality.constant.<col>: a feature with one value only in current that varied in reference (the usual
 *    sign of a broken pipeline filling a default); constant on both sides is reported, not flagged.
 */
import type { Config } from '../config/types.js';
import type { Severity } from '../contract/kinds.js';
import type { FeatureAnalysis } from '../drift/analyse.js';
import type { Check, QualityColumn, QualitySection } from '../contract/report.js';
import { formatCount, formatDelta, formatNumber, formatPercent } from '../report/format.js';
import { aboveMax } from './compare.js';

function status(flagged: boolean, severity: Severity): Check['status'] {
  return flagged ? severity : 'pass';
}

/** the quality record of an analysed feature; `nonFinite` = ±Infinity counts read from the two files */
export function qualityColumn(
  a: FeatureAnalysis,
  nonFinite: { reference: number; current: number } | null = null,
): QualityColumn {
  const { missing, newCategories, outOfRange, constant } = a.quality;
  return {
    name: a.name,
    kind: a.kind,
    missing,
    ...(nonFinite ? { nonFinite } : {}),
    newCategories,
    outOfRange,
    constant,
  };
}

export function schemaCheck(config: Config, schema: QualitySection['schema']): Check {
  const configured = new Set([
    ...(config.columns.features.numerical ?? []),
    ...(config.columns.features.categorical ?? []),
  ]);
  const problems: string[] = [];
  const notes: string[] = [];
  const split = (names: string[]): [string[], string[]] => [
    names.filter((n) => configured.has(n)),
    names.filter((n) => !configured.has(n)),
  ];
  const [curMissing, curOnlyRef] = split(schema.missingInCurrent);
  const [refMissing, refOnlyCur] = split(schema.missingInReference);
  if (curMissing.length) problems.push(`configured but missing in current: ${list(curMissing)}`);
  if (refMissing.length) problems.push(`configured but missing in reference: ${list(refMissing)}`);
  if (schema.kindChanges.length)
    problems.push(
      `kind changed: ${schema.kindChanges.map((k) => `'${k.name}' (${k.reference} in reference, ${k.current} in current)`).join(', ')}`,
    );
  if (curOnlyRef.length) notes.push(`only in reference (not tested): ${list(curOnlyRef)}`);
  if (refOnlyCur.length) notes.push(`only in current (not tested): ${list(refOnlyCur)}`);
  const note = notes.length ? `; ${notes.join('; ')}` : '';
  const count = curMissing.length + refMissing.length + schema.kindChanges.length;
  const flagged = aboveMax(count, 0);
  return {
    id: 'quality.schema',
    group: 'quality',
    subject: 'schema',
    status: status(flagged, config.quality.schema),
    severity: config.quality.schema,
    value: count,
    threshold: 0,
    message: flagged
      ? `schema differs between reference and current: ${problems.join('; ')}${note}`
      : `schema: every feature tested is in both files with the same kind${note}`,
  };
}

export function columnChecks(config: Config, c: QualityColumn): Check[] {
  const checks: Check[] = [];
  const rise = c.missing.current - c.missing.reference;
  const maxRise = config.quality.max_missing_increase;
  const missingFlag = aboveMax(rise, maxRise);
  checks.push({
    id: `quality.missing.${c.name}`,
    group: 'quality',
    subject: c.name,
    status: status(missingFlag, config.quality.missing_severity),
    severity: config.quality.missing_severity,
    value: rise,
    threshold: maxRise,
    message: `${c.name}: ${formatPercent(c.missing.current)} missing in current${infinite(c.nonFinite?.current)} vs ${formatPercent(c.missing.reference)} in reference${infinite(c.nonFinite?.reference)} (${formatDelta(rise * 100)} points; allowed +${formatPercent(maxRise).replace('%', '')})`,
  });
  if (c.kind === 'categorical') {
    const nc = c.newCategories;
    const flagged = nc !== null && aboveMax(nc.count, 0);
    checks.push({
      id: `quality.new_categories.${c.name}`,
      group: 'quality',
      subject: c.name,
      status: status(flagged, config.quality.new_categories),
      severity: config.quality.new_categories,
      value: nc ? nc.count : null,
      threshold: 0,
      message:
        nc === null
          ? `${c.name}: no values in current`
          : flagged
            ? `${c.name}: ${formatCount(nc.count)} new ${nc.count === 1 ? 'category' : 'categories'} (${formatPercent(nc.share)} of current), e.g. ${nc.examples.map(q).join(', ')}`
            : `${c.name}: no new categories`,
    });
  } else {
    const o = c.outOfRange;
    const max = config.quality.out_of_range.max_share;
    const flagged = o !== null && aboveMax(o.share, max);
    checks.push({
      id: `quality.out_of_range.${c.name}`,
      group: 'quality',
      subject: c.name,
      status: o === null ? 'skip' : status(flagged, config.quality.out_of_range.severity),
      severity: config.quality.out_of_range.severity,
      value: o ? o.share : null,
      threshold: max,
      message:
        o === null
          ? `${c.name}: no values on one side, range not compared`
          : `${c.name}: ${formatPercent(o.share)} of current outside the reference range [${formatNumber(o.min)}, ${formatNumber(o.max)}] (${formatCount(o.below)} below, ${formatCount(o.above)} above; allowed ${formatPercent(max)})`,
    });
  }
  const wentConstant = c.constant.current && !c.constant.reference;
  checks.push({
    id: `quality.constant.${c.name}`,
    group: 'quality',
    subject: c.name,
    status: status(wentConstant, config.quality.constant),
    severity: config.quality.constant,
    value: null,
    threshold: null,
    message: wentConstant
      ? `${c.name}: one value only in current, but it varies in reference`
      : c.constant.current
        ? `${c.name}: one value only in both reference and current`
        : `${c.name}: not constant`,
  });
  return checks;
}

function q(name: string): string {
  return `'${name}'`;
}

/** " (incl. 3 ±Infinity)" when a side had infinite values */
function infinite(count: number | undefined): string {
  return count ? ` (incl. ${formatCount(count)} ±Infinity)` : '';
}

function list(names: string[]): string {
  return names.map(q).join(', ');
}
