/**
 * A tiny binary-classification scenario written into a folder: holdout (label, score), baseline, reference
 * and current (two features), and a model-gate.yml. `passing: false` makes the candidate much worse than
 * its floor (roc_auc min) so the verdict is fail. Deterministic (seeded).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../../src/stats/random.js';

export function writeTinyScenario(dir: string, options: { passing: boolean; rows?: number }): string {
  mkdirSync(dir, { recursive: true });
  const rng = createRng(options.passing ? 11 : 12);
  const n = options.rows ?? 200;
  const holdout = ['id,label,score'];
  const baseline = ['id,label,score'];
  for (let i = 0; i < n; i++) {
    const y = rng.nextFloat() < 0.4 ? 1 : 0;
    const noise = rng.nextFloat();
    // a good model ranks positives high; a bad one is coin-flipping
    const good = Math.min(0.99, Math.max(0.01, 0.3 * noise + (y ? 0.6 : 0.1)));
    const score = options.passing ? good : rng.nextFloat();
    holdout.push(`${i},${y},${score.toFixed(4)}`);
    baseline.push(`${i},${y},${Math.min(0.99, 0.35 * rng.nextFloat() + (y ? 0.5 : 0.15)).toFixed(4)}`);
  }
  const features: string[] = [];
  for (let i = 0; i < n; i++) {
    features.push(`${(100 + 50 * rng.nextFloat()).toFixed(2)},${['de', 'fr', 'us'][rng.nextInt(3)]}`);
  }
  // current = the reference rows in another order: no drift and nothing out of range, so only the
  // performance rule decides the verdict
  writeFileSync(join(dir, 'holdout.csv'), holdout.join('\n') + '\n');
  writeFileSync(join(dir, 'baseline.csv'), baseline.join('\n') + '\n');
  writeFileSync(join(dir, 'reference.csv'), ['amount,country', ...features].join('\n') + '\n');
  writeFileSync(join(dir, 'current.csv'), ['amount,country', ...features.reverse()].join('\n') + '\n');
  writeFileSync(
    join(dir, 'model-gate.yml'),
    [
      'inputs:',
      '  holdout: holdout.csv',
      '  baseline: baseline.csv',
      '  reference: reference.csv',
      '  current: current.csv',
      'task: binary',
      'columns:',
      '  target: label',
      '  score: score',
      '  id: id',
      'performance:',
      '  resamples: 400',
      '  metrics:',
      '    roc_auc: {min: 0.8}',
      '',
    ].join('\n'),
  );
  return join(dir, 'model-gate.yml');
}
