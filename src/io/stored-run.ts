/**
 * A past run's report folder (issue 12: the baseline from the last green run), as its artifact unzips:
 * report.json, and — when that run stored them — its holdout predictions under `holdout/` (the holdout
 * file copied byte for byte by `storePredictions`, so the next run reads it with the same reader and
 * columns as a baseline file). Reading: the JSON parsed (a truncated or non-JSON file is one input error
 * naming the run); what it holds is judged by the gate (src/gate/baseline-run.ts).
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { inputError } from '../errors.js';

/** the folder in the report folder that holds the stored holdout predictions */
export const PREDICTIONS_FOLDER = 'holdout';
/** holdout files larger than this are not stored (the artifact would carry them on every run) */
export const MAX_STORED_PREDICTIONS_BYTES = 200 * 1024 * 1024;

export interface StoredRunFiles {
  /** the parsed report.json */
  report: unknown;
  /** the stored holdout predictions file, or null */
  predictions: string | null;
}

/** reads a downloaded report folder; `label` names the run in messages ("run 123 on main") */
export async function readStoredRun(dir: string, label: string): Promise<StoredRunFiles> {
  let text: string;
  try {
    text = await readFile(join(dir, 'report.json'), 'utf8');
  } catch {
    throw inputError(
      `the report artifact of ${label} holds no report.json (files: ${(await listNames(dir)).join(', ') || 'none'})`,
    );
  }
  let report: unknown;
  try {
    report = JSON.parse(text);
  } catch (e) {
    throw inputError(
      `report.json of ${label} is not valid JSON (${(e as Error).message}); expected a model-gate report`,
    );
  }
  const folder = join(dir, PREDICTIONS_FOLDER);
  const stored = (await listNames(folder)).filter((n) => !n.startsWith('.'));
  return { report, predictions: stored.length === 1 ? join(folder, stored[0]!) : null };
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch {
    return [];
  }
}

/**
 * Copies the holdout file into `<reportDir>/holdout/` for a later run's baseline-from; returns the stored
 * path, or a reason it was not stored (too large)
 */
export async function storePredictions(
  holdoutPath: string,
  reportDir: string,
): Promise<{ path: string } | { skipped: string }> {
  const size = (await stat(holdoutPath)).size;
  if (size > MAX_STORED_PREDICTIONS_BYTES)
    return {
      skipped: `the holdout file is ${Math.round(size / 1048576)} MB, over the ${MAX_STORED_PREDICTIONS_BYTES / 1048576} MB stored with the report`,
    };
  const folder = join(reportDir, PREDICTIONS_FOLDER);
  await mkdir(folder, { recursive: true });
  for (const old of await listNames(folder))
    if (old !== basename(holdoutPath)) await rm(join(folder, old), { force: true });
  const target = join(folder, basename(holdoutPath));
  await copyFile(holdoutPath, target);
  return { path: target };
}

/** a fresh folder under `root` for one downloaded artifact */
export async function makeTempDir(root: string, prefix: string): Promise<string> {
  await mkdir(root, { recursive: true });
  return mkdtemp(join(root, prefix));
}
