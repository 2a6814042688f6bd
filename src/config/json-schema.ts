/**
 * The JSON Schema of the configuration file, generated from FILE_SCHEMA (the same definition that
 * validates it) and shipped at schema/model-gate.schema.json, so editors complete and document keys
 * (e.g. `# yaml-language-server: $schema=...` in VS Code). Draft-07, the draft editors support best; the
 * input side of the schema (what a user writes), with defaults and a description on every key.
 * scripts/make-config-schema.mjs writes the file; a test checks the committed file equals a fresh render.
 */
import * as z from 'zod';
import { FILE_SCHEMA, METRIC_IDS } from './schema.js';
import { TASKS } from '../contract/kinds.js';

type JsonObject = Record<string, unknown>;

/** the JSON Schema as zod renders FILE_SCHEMA, minus noise (also the source of the Markdown reference) */
export function baseJsonSchema(): JsonObject {
  const generated = z.toJSONSchema(FILE_SCHEMA, {
    target: 'draft-7',
    io: 'input',
    override: (ctx) => {
      const s = ctx.jsonSchema as JsonObject;
      // z.number().int() adds ±Number.MAX_SAFE_INTEGER bounds: noise in an editor's hover text
      if (s.maximum === Number.MAX_SAFE_INTEGER) delete s.maximum;
      if (s.minimum === Number.MIN_SAFE_INTEGER) delete s.minimum;
    },
  }) as JsonObject;
  return generated;
}

/** the shipped schema: baseJsonSchema plus a title, the scores rule and metric-id completion */
export function configJsonSchema(): JsonObject {
  const { $schema, ...rest } = baseJsonSchema();
  const sections = rest.properties as Record<string, JsonObject>;
  const objectOf = (section: JsonObject): JsonObject =>
    (section.anyOf as JsonObject[]).find((o) => o.type === 'object')!;
  const columns = sections.columns!;
  // the one cross-key rule JSON Schema can say: scores and scores_prefix are mutually exclusive
  for (const option of columns.anyOf as JsonObject[]) {
    if (option.type !== 'object') continue;
    option.not = {
      properties: { scores: { type: 'object' }, scores_prefix: { type: 'string' } },
      required: ['scores', 'scores_prefix'],
    };
  }
  // metric ids for completion: each known id is a property; other ids still pass here (the metrics code
  // rejects an id the task does not have, listing the task's metrics)
  const metrics = (objectOf(sections.performance!).properties as Record<string, JsonObject>).metrics!;
  const ref = { $ref: '#/definitions/metric_rule' };
  const definitions = { metric_rule: metrics.additionalProperties };
  metrics.additionalProperties = ref;
  const tasksOf = (id: string): string[] =>
    TASKS.filter((t) => (METRIC_IDS[t] as readonly string[]).includes(id));
  const allIds = [...new Set(TASKS.flatMap((t) => METRIC_IDS[t]))];
  metrics.properties = Object.fromEntries(
    allIds.map((id) => [id, { description: `Rules for ${id} (${tasksOf(id).join(', ')}).`, allOf: [ref] }]),
  );
  return {
    $schema,
    title: 'model-gate configuration (model-gate.yml)',
    description:
      'Configuration of model-gate: inputs, task, columns, performance rules, drift and quality checks, fail_on. Unknown keys are errors. Flags and action inputs override the file.',
    ...rest,
    definitions,
  };
}

/** the file's exact text: two-space JSON and a final newline */
export function renderConfigSchema(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
