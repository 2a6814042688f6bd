/**
 * Pushing the report's gauges to a Prometheus Pushgateway (issue 10): a PUT of the text metrics.prom holds
 * to `<url>/metrics/job/<job>/<label>/<value>…`, the grouping `gate=<gate id>` plus any `--push-label`s.
 * PUT replaces the group's metrics, so a gate that stops reporting a feature stops exporting it.
 *
 * `pushTarget` checks the settings before any work (a URL that is not http(s), a label name Prometheus
 * rejects, a value with a line break: usage errors, exit 2); `pushReport` sends and never throws: a push
 * that fails (unreachable, a 4xx/5xx answer, a time-out) comes back as one line for a warning — the verdict
 * never depends on it. Credentials come from the environment only (MODEL_GATE_PUSH_TOKEN for a bearer
 * token, or MODEL_GATE_PUSH_USERNAME and MODEL_GATE_PUSH_PASSWORD for basic auth), never the config file.
 * Label values are sent base64url-encoded (`/<name>@base64/<value>`), as the Pushgateway documents for
 * values that may hold a '/', so any text travels.
 */
import { usageError } from '../errors.js';

export const DEFAULT_PUSH_JOB = 'model-gate';
/** a push that takes longer than this is given up, with a warning */
export const PUSH_TIMEOUT_MS = 10_000;

export interface PushSettings {
  url: string;
  job: string;
  /** grouping labels besides gate (name → value) */
  labels: Record<string, string>;
}

export interface PushTarget {
  /** the URL of the group, credentials excluded */
  url: string;
  headers: Record<string, string>;
}

const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** `k=v` from a --push-label flag or a push-labels line */
export function parseLabel(text: string, flag: string): [string, string] {
  const eq = text.indexOf('=');
  const name = eq > 0 ? text.slice(0, eq).trim() : '';
  const value = eq > 0 ? text.slice(eq + 1) : '';
  if (!LABEL_NAME.test(name) || name.startsWith('__'))
    throw usageError(
      `${flag} takes name=value with a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*), got '${text}'`,
    );
  if (/[\r\n]/.test(value)) throw usageError(`${flag} value for '${name}' holds a line break`);
  return [name, value];
}

const base64url = (s: string): string => Buffer.from(s, 'utf8').toString('base64url') || '=';

/** the group's URL and headers; `env` holds the credentials variables */
export function pushTarget(
  settings: PushSettings,
  gateId: string,
  env: Readonly<Record<string, string | undefined>>,
): PushTarget {
  let base: URL;
  try {
    base = new URL(settings.url);
  } catch {
    throw usageError(`push gateway must be an http(s) URL, got '${settings.url}'`);
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:')
    throw usageError(`push gateway must be an http(s) URL, got '${settings.url}'`);
  if (settings.job.trim() === '' || /[\r\n]/.test(settings.job))
    throw usageError(`push job must be a non-empty name on one line, got '${settings.job}'`);
  if ('gate' in settings.labels || 'job' in settings.labels)
    throw usageError("push labels may not set 'gate' or 'job' (the grouping has them already)");
  const groups = [['job', settings.job], ['gate', gateId], ...Object.entries(settings.labels)] as const;
  const path = groups.map(([k, v]) => `${k}@base64/${base64url(v)}`).join('/');
  const root = base.pathname.replace(/\/+$/, '');
  const headers: Record<string, string> = { 'content-type': 'text/plain; version=0.0.4' };
  const token = env.MODEL_GATE_PUSH_TOKEN;
  const user = env.MODEL_GATE_PUSH_USERNAME;
  if (token) headers.authorization = `Bearer ${token}`;
  else if (user)
    headers.authorization = `Basic ${Buffer.from(`${user}:${env.MODEL_GATE_PUSH_PASSWORD ?? ''}`).toString('base64')}`;
  return { url: `${base.origin}${root}/metrics/${path}`, headers };
}

/** PUTs the metrics text; null when the gateway took it, else the one line saying what failed */
const NO_EFFECT = 'the verdict does not depend on it';

export async function pushReport(
  target: PushTarget,
  metrics: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string | null> {
  const shown = target.url.replace(/\/metrics\/.*$/, '');
  try {
    const res = await fetchImpl(target.url, {
      method: 'PUT',
      headers: target.headers,
      body: metrics,
      signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
    });
    if (res.ok) return null;
    const body = (await res.text().catch(() => '')).trim().split('\n')[0]?.slice(0, 200) ?? '';
    return `push to ${shown} failed: HTTP ${res.status}${body ? ` (${body})` : ''}; ${NO_EFFECT}`;
  } catch (e) {
    const cause = (e as { cause?: { code?: string; message?: string } }).cause;
    const why = cause?.code ?? cause?.message ?? (e instanceof Error ? e.message : String(e));
    return `push to ${shown} failed: ${why}; ${NO_EFFECT}`;
  }
}
