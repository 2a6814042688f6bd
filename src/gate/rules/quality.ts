/**
 * Data-quality checks (DESIGN §5) from the per-feature numbers the drift analysis computed and the schema
 * differences. Comparisons come from ./compare.ts, sentences from ../messages.ts.
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
import type { Config } from '../../config/types.js';
import type { Severity } from '../../contract/kinds.js';
import type { FeatureAnalysis } from '../../drift/analyse.js';
import type { Check, QualityColumn, QualitySection } from '../../contract/report.js';
import * as say from '../messages.js';
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
  const split = (names: string[]): [string[], string[]] => [
    names.filter((n) => configured.has(n)),
    names.filter((n) => !configured.has(n)),
  ];
  const [curMissing, curOnlyRef] = split(schema.missingInCurrent);
  const [refMissing, refOnlyCur] = split(schema.missingInReference);
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
    message: say.schemaMessage({
      missingInCurrent: curMissing,
      missingInReference: refMissing,
      kindChanges: schema.kindChanges,
      onlyInReference: curOnlyRef,
      onlyInCurrent: refOnlyCur,
      flagged,
    }),
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
    message: say.missingMessage(c, rise, maxRise),
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
      message: say.newCategoriesMessage(c, flagged),
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
      message: say.outOfRangeMessage(c, max),
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
    message: say.constantMessage(c, wentConstant),
  });
  return checks;
}
