/**
 * The configuration reference as a Markdown table (key, accepted values, default, meaning), rendered from
 * the same JSON Schema that ships for editors, so docs cannot drift from what is validated.
 * `node scripts/make-config-schema.mjs --reference` prints it (for the README's config reference).
 */
import { baseJsonSchema } from './json-schema.js';

interface Node {
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Node[];
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
}

export interface ReferenceRow {
  key: string;
  accepts: string;
  default: string;
  description: string;
}

/** one row per key, depth first, in definition order; `<name>` stands for a user-chosen key */
export function configReferenceRows(): ReferenceRow[] {
  const rows: ReferenceRow[] = [];
  const walk = (node: Node, prefix: string): void => {
    const obj = objectOf(node);
    if (obj === null) return;
    for (const [key, child] of Object.entries(obj.properties ?? {})) {
      const path = prefix + key;
      rows.push({
        key: path,
        accepts: accepts(child),
        default: 'default' in child && !isEmptyObject(child.default) ? JSON.stringify(child.default) : '',
        description: child.description ?? '',
      });
      walk(child, `${path}.`);
    }
    const extra = obj.additionalProperties;
    if (extra !== undefined && typeof extra === 'object') walk(extra, `${prefix}<name>.`);
  };
  const root = baseJsonSchema() as Node;
  walk(root, '');
  return rows;
}

export function renderConfigReference(): string {
  const cell = (s: string): string => s.replace(/\|/g, '\\|');
  const lines = ['| key | accepts | default | meaning |', '|---|---|---|---|'];
  for (const r of configReferenceRows()) {
    lines.push(
      `| \`${r.key}\` | ${cell(r.accepts)} | ${r.default === '' ? '' : `\`${cell(r.default)}\``} | ${cell(r.description)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function objectOf(node: Node): Node | null {
  if (
    node.properties !== undefined ||
    (typeof node.additionalProperties === 'object' && node.type === 'object')
  )
    return node;
  for (const option of node.anyOf ?? []) {
    const o = objectOf(option);
    if (o !== null) return o;
  }
  return null;
}

function isEmptyObject(v: unknown): boolean {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0;
}

/** a short human description of the accepted values */
function accepts(node: Node): string {
  if (node.anyOf !== undefined) return node.anyOf.map(accepts).join(' or ');
  if (node.enum !== undefined) return node.enum.map((v) => String(v)).join(' | ');
  const types = Array.isArray(node.type) ? node.type : node.type === undefined ? [] : [node.type];
  if (types.length > 1) return types.join(', ');
  switch (types[0]) {
    case 'null':
      return 'null';
    case 'boolean':
      return 'true, false';
    case 'string':
      return 'string';
    case 'array':
      return node.items !== undefined ? `list of ${accepts(node.items)}` : 'list';
    case 'object':
      return node.properties !== undefined ? 'mapping' : 'mapping of name to ' + objectSummary(node);
    case 'integer':
    case 'number':
      return numberRange(types[0], node);
    default:
      return 'any';
  }
}

function objectSummary(node: Node): string {
  const extra = node.additionalProperties;
  return extra !== undefined && typeof extra === 'object' ? accepts(extra) : 'value';
}

function numberRange(type: 'integer' | 'number', n: Node): string {
  const lo =
    n.exclusiveMinimum !== undefined
      ? `> ${n.exclusiveMinimum}`
      : n.minimum !== undefined
        ? `≥ ${n.minimum}`
        : '';
  const hi =
    n.exclusiveMaximum !== undefined
      ? `< ${n.exclusiveMaximum}`
      : n.maximum !== undefined
        ? `≤ ${n.maximum}`
        : '';
  return [type, lo, hi]
    .filter((s) => s !== '')
    .join(' ')
    .replace(/ (≥|>) (\S+) (≤|<) /, ' $1 $2, $3 ');
}
