/**
 * The workflow runs and artifacts a baseline comes from (action input baseline-from, issue 12), behind a
 * small interface. The real client is Octokit (REST, every request and page through ./retry.ts) for the
 * listings and @actions/artifact's downloadArtifact with `findBy` for the download (the public artifact
 * API: GET …/actions/artifacts/{id}/zip answers a redirect to blob storage, which @actions/artifact follows
 * and unzips). Tests run it against the stand-in API of test/helpers/fake-github-server.ts.
 *
 * Endpoints: GET /repos/{o}/{r}/actions/runs/{run_id} (the current run's workflow),
 * GET /repos/{o}/{r}/actions/workflows/{id}/runs?branch=&status=success (newest first, paginated),
 * GET /repos/{o}/{r}/actions/runs/{id}/artifacts?name= (an artifact may be `expired`).
 */
import { retryingOctokit, type OctokitClientOptions } from './octokit-client.js';

export interface GreenRun {
  id: number;
  url: string;
  branch: string;
  sha: string | null;
  createdAt: string | null;
}

export interface RunArtifact {
  id: number;
  name: string;
  expired: boolean;
}

export interface RunsClient {
  /** the workflow id of a run (the current run's, to find its siblings) */
  workflowOfRun(runId: number): Promise<number>;
  /** successful runs of a workflow on a branch, newest first, every page */
  greenRuns(workflowId: number, branch: string): AsyncIterable<GreenRun>;
  /** the artifacts of a run with this name */
  artifactsOf(runId: number, name: string): Promise<RunArtifact[]>;
  /** downloads and unzips an artifact of `runId` into `into` */
  download(artifactId: number, runId: number, into: string): Promise<void>;
}

export interface RunsClientOptions extends OctokitClientOptions {
  /** runs per page of the listing (default RUNS_PER_PAGE; tests page with fewer) */
  perPage?: number;
}

export const RUNS_PER_PAGE = 100;

export function createOctokitRunsClient(options: RunsClientOptions): RunsClient {
  const { owner, repo, token } = options;
  const octokit = retryingOctokit(options);
  return {
    async workflowOfRun(runId) {
      const { data } = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
      return data.workflow_id;
    },
    async *greenRuns(workflowId, branch) {
      const pages = octokit.paginate.iterator(octokit.rest.actions.listWorkflowRuns, {
        owner,
        repo,
        workflow_id: workflowId,
        branch,
        status: 'success',
        per_page: options.perPage ?? RUNS_PER_PAGE,
      });
      for await (const page of pages) {
        for (const run of page.data) {
          yield {
            id: run.id,
            url: run.html_url,
            branch: run.head_branch ?? branch,
            sha: run.head_sha ?? null,
            createdAt: run.created_at ?? null,
          };
        }
      }
    },
    async artifactsOf(runId, name) {
      const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: runId,
        name,
        per_page: RUNS_PER_PAGE,
      });
      return data.artifacts
        .filter((a) => a.name === name)
        .map((a) => ({ id: a.id, name: a.name, expired: a.expired }));
    },
    async download(artifactId, runId, into) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().downloadArtifact(artifactId, {
        path: into,
        findBy: { token, workflowRunId: runId, repositoryOwner: owner, repositoryName: repo },
      });
    },
  };
}
