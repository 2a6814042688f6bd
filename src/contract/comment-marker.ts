/**
 * The hidden marker that identifies a gate's PR comment (DESIGN §8): written first in the comment by the
 * Markdown renderer, searched for by the sticky-comment updater. The gate id is reduced to [A-Za-z0-9._-]
 * (at most 100 characters; empty → "default") so it can never close the HTML comment; the CLI and the
 * action accept only ids that are already of that form (GATE_ID_PATTERN), so the reduction never merges two
 * ids into one comment.
 */

/** gate ids the CLI and the action accept: exactly their own marker */
export const GATE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function commentMarker(gateId: string): string {
  const id =
    String(gateId ?? '')
      .replace(/[^A-Za-z0-9._-]/g, '-')
      .slice(0, 100) || 'default';
  return `<!-- model-gate:${id} -->`;
}
