/**
 * The one error class for user errors: bad usage, bad configuration, unreadable or invalid input.
 * The entries (cli, action) turn it into one line on stderr and exit code 2; nothing else is printed.
 * Anything that is not a GateError is a bug and keeps its stack trace.
 *
 * Messages name the thing, the value and the expectation, lower-case first word being the domain:
 *   "column 'score' not found in current.parquet (columns: id, label, prob)"
 *   "config drift.threshold must be > 0, got -0.1"
 */
export type GateErrorCode = 'usage' | 'config' | 'input';

export class GateError extends Error {
  readonly code: GateErrorCode;
  constructor(code: GateErrorCode, message: string) {
    super(message);
    this.name = 'GateError';
    this.code = code;
  }
}

export const usageError = (message: string): GateError => new GateError('usage', message);
export const configError = (message: string): GateError => new GateError('config', message);
export const inputError = (message: string): GateError => new GateError('input', message);

export function isGateError(e: unknown): e is GateError {
  return e instanceof GateError;
}
