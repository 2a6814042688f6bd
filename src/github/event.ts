/**
 * The pull request a workflow run is about, read from the event payload (GITHUB_EVENT_PATH):
 * pull_request, pull_request_target, pull_request_review and pull_request_review_comment carry
 * `pull_request.number`; issue_comment carries `issue.number` and, on a pull request, `issue.pull_request`;
 * workflow_run carries `workflow_run.pull_requests[0].number` for pull requests from the same repository
 * only (for forks that list is empty — pass the number through the `pull-request` input instead).
 * push, schedule, workflow_dispatch and the rest have no pull request: null.
 */
const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

function positiveInteger(value: unknown): number | null {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

export function pullRequestNumber(eventName: string, payload: unknown): number | null {
  if (PULL_REQUEST_EVENTS.has(eventName))
    return positiveInteger(field(field(payload, 'pull_request'), 'number'));
  if (eventName === 'issue_comment') {
    const issue = field(payload, 'issue');
    return field(issue, 'pull_request') === undefined ? null : positiveInteger(field(issue, 'number'));
  }
  if (eventName === 'workflow_run') {
    const prs = field(field(payload, 'workflow_run'), 'pull_requests');
    return Array.isArray(prs) && prs.length > 0 ? positiveInteger(field(prs[0], 'number')) : null;
  }
  return null;
}
