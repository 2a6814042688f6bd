// The two-sample reference cases of scripts/ref_stats.py: small samples stored, large ones rebuilt.
import { makeSample, type SampleSpec } from './samples.js';
import { VECTORS } from './vectors.js';

export interface TwoSampleCase {
  name: string;
  x: Float64Array;
  y: Float64Array;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  raw: any;
}

const sortedSample = (spec: SampleSpec): Float64Array => makeSample(spec).sort();

export function twoSampleCases(section: string): TwoSampleCase[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (VECTORS[section] as any[]).map((c) => ({
    name: c.name as string,
    x: c.x ? Float64Array.from(c.x as number[]) : sortedSample(c.xSpec as SampleSpec),
    y: c.y ? Float64Array.from(c.y as number[]) : sortedSample(c.ySpec as SampleSpec),
    raw: c,
  }));
}
