/**
 * Uploading the report folder as a workflow artifact, behind a small interface (tests use a fake). The real
 * one is @actions/artifact's DefaultArtifactClient, which needs the runner's ACTIONS_RUNTIME_TOKEN; the
 * action skips the upload with a warning when that is absent (a local run).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface ArtifactUploader {
  /** uploads every file under `rootDirectory`; returns the artifact id */
  upload(name: string, rootDirectory: string): Promise<number>;
}

/** The link GitHub shows for an artifact of a run (the same one actions/upload-artifact prints). */
export function artifactUrl(
  serverUrl: string,
  owner: string,
  repo: string,
  runId: number,
  id: number,
): string {
  return `${serverUrl.replace(/\/+$/, '')}/${owner}/${repo}/actions/runs/${runId}/artifacts/${id}`;
}

/** Characters @actions/artifact refuses in an artifact name. */
export const ARTIFACT_NAME_FORBIDDEN = ['"', ':', '<', '>', '|', '*', '?', '\r', '\n', '\\', '/'];

export function listFilesRecursive(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFilesRecursive(path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** @actions/artifact is loaded on first use: it is large, and most local runs never upload. */
export function createArtifactUploader(): ArtifactUploader {
  return {
    async upload(name: string, rootDirectory: string): Promise<number> {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      const client = new DefaultArtifactClient();
      const files = listFilesRecursive(rootDirectory);
      const result = await client.uploadArtifact(name, files, rootDirectory);
      if (result.id === undefined) throw new Error(`artifact ${name}: the upload returned no artifact id`);
      return result.id;
    },
  };
}
