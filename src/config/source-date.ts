/**
 * SOURCE_DATE_EPOCH (reproducible-builds.org): when the environment sets it, the report's createdAt is that
 * instant, so two runs on the same inputs write the same bytes. The entries read the variable; this parses
 * it: whole seconds since 1970-01-01T00:00:00Z, else a one-line config error.
 */
import { configError } from '../errors.js';

export function sourceDateEpoch(value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const seconds = /^\d{1,12}$/.test(value.trim()) ? Number(value.trim()) : NaN;
  const date = new Date(seconds * 1000);
  if (!Number.isFinite(seconds) || Number.isNaN(date.getTime()))
    throw configError(
      `SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01 (e.g. 1767225600), got '${value}'`,
    );
  return date;
}
