// Generates the shipped example scenarios under fixtures/ (DESIGN §1, §2, §4, §5):
//   fixtures/binary-fraud/        card-transaction fraud scoring; built to FAIL (baseline regression, drift)
//   fixtures/multiclass-intent/   support-ticket intent classification; built to WARN (one drifted feature)
//   fixtures/regression-delivery/ food-delivery time regression; built to PASS
// Each scenario gets holdout / baseline / reference / current Parquet files (ZSTD, written by DuckDB) and its
// model-gate.yml. Everything is drawn from a seeded xoshiro128** generator defined below (one stream per
// file, so changing one file's recipe leaves the others unchanged) — never Math.random — so a run always
// writes the same rows. fixtures/README.md explains what each scenario simulates and what the gate concludes.
//
//   node scripts/make-fixtures.mjs [--out DIR] [--quiet]      (DIR defaults to <repo>/fixtures)
//
// test/fixtures/fixtures.test.ts regenerates into a temporary folder and checks that the committed files
// have the same content.
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** master seed; each file's stream is seeded by this mixed with a hash of the file's name */
export const MASTER_SEED = 20261122;

// ---------------------------------------------------------------------------------------------------------
// Seeded randomness: splitmix32 seeds xoshiro128** (Blackman & Vigna). Math.log/exp/cos/sin in V8 are the
// fdlibm ports, so draws are bit-identical across runs and platforms for a given Node major.

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function rotl(x, k) {
  return (x << k) | (x >>> (32 - k));
}

class Rng {
  /** @param {string} stream name of the stream, e.g. 'binary-fraud/reference' */
  constructor(stream) {
    let a = (MASTER_SEED ^ fnv1a(stream)) >>> 0;
    const splitmix32 = () => {
      a = (a + 0x9e3779b9) | 0;
      let t = a ^ (a >>> 16);
      t = Math.imul(t, 0x21f0aaad);
      t ^= t >>> 15;
      t = Math.imul(t, 0x735a2d97);
      t ^= t >>> 15;
      return t >>> 0;
    };
    this.s = Uint32Array.of(splitmix32(), splitmix32(), splitmix32(), splitmix32());
    this.spare = NaN;
  }

  u32() {
    const s = this.s;
    const result = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return result;
  }

  /** uniform on [0, 1) with 53 random bits */
  uniform() {
    return ((this.u32() >>> 5) * 67108864 + (this.u32() >>> 6)) / 9007199254740992;
  }

  /** integer in [lo, hi] */
  int(lo, hi) {
    return lo + Math.floor(this.uniform() * (hi - lo + 1));
  }

  bernoulli(p) {
    return this.uniform() < p;
  }

  /** standard normal, Box–Muller (the second value of each pair is kept for the next call) */
  normal(mean = 0, sd = 1) {
    if (!Number.isNaN(this.spare)) {
      const z = this.spare;
      this.spare = NaN;
      return mean + sd * z;
    }
    const r = Math.sqrt(-2 * Math.log(1 - this.uniform()));
    const theta = 2 * Math.PI * this.uniform();
    this.spare = r * Math.sin(theta);
    return mean + sd * r * Math.cos(theta);
  }

  /** lognormal with the given median and log-scale sd */
  lognormal(median, sigma) {
    return median * Math.exp(sigma * this.normal());
  }

  /** Poisson, Knuth's product method (fine for the small rates used here) */
  poisson(lambda) {
    const limit = Math.exp(-lambda);
    let k = 0;
    let p = this.uniform();
    while (p > limit) {
      k++;
      p *= this.uniform();
    }
    return k;
  }

  /** a key of `weights` ({key: weight}), with probability proportional to its weight */
  pick(weights) {
    const keys = Object.keys(weights);
    let total = 0;
    for (const k of keys) total += weights[k];
    let u = this.uniform() * total;
    for (const k of keys) {
      u -= weights[k];
      if (u < 0) return k;
    }
    return keys[keys.length - 1];
  }

  /** Fisher–Yates shuffle in place */
  shuffle(array) {
    for (let i = array.length - 1; i > 0; i--) {
      const j = Math.floor(this.uniform() * (i + 1));
      [array[i], array[j]] = [array[j], array[i]];
    }
    return array;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Small numeric helpers

const sigmoid = (x) => 1 / (1 + Math.exp(-x));
const roundTo = (x, digits) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
const cents = (x) => roundTo(x, 2);
const prob = (x) => roundTo(x, 6);
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

/** hour-of-day weights of consumer card activity (quiet nights, lunch and evening peaks) */
const CARD_HOURS = [
  1.2, 0.8, 0.6, 0.5, 0.5, 0.8, 1.8, 3.2, 4.5, 5.0, 5.5, 6.2, 7.0, 6.6, 5.8, 5.6, 6.0, 6.8, 7.2, 6.6, 5.6,
  4.4, 3.2, 2.0,
];
const asWeights = (array) => Object.fromEntries(array.map((w, i) => [String(i), w]));

/** rows (array of objects) → {column: values[]} in the given column order */
function columnsOf(rows, names) {
  return Object.fromEntries(names.map((n) => [n, rows.map((r) => r[n])]));
}

// ---------------------------------------------------------------------------------------------------------
// Scenario 1: card-transaction fraud scoring (binary)

/** merchant category → [weight, median amount, sd of log amount, log-odds fraud effect, P(ecom), P(international)] */
const MERCHANTS = {
  grocery: [0.21, 46, 0.6, -0.9, 0.05, 0.02],
  restaurants: [0.15, 34, 0.55, -0.6, 0.1, 0.04],
  fuel: [0.09, 52, 0.4, -0.3, 0.01, 0.03],
  apparel: [0.09, 68, 0.7, 0.0, 0.45, 0.05],
  online_services: [0.11, 16, 0.8, 0.3, 0.95, 0.1],
  digital_goods: [0.04, 14, 0.9, 0.9, 0.98, 0.12],
  electronics: [0.07, 190, 0.85, 0.9, 0.55, 0.06],
  travel: [0.06, 380, 0.8, 0.6, 0.7, 0.3],
  entertainment: [0.06, 42, 0.6, -0.1, 0.5, 0.05],
  health_pharmacy: [0.05, 27, 0.6, -0.8, 0.15, 0.02],
  home_improvement: [0.04, 98, 0.8, -0.3, 0.25, 0.02],
  gambling: [0.02, 75, 0.9, 1.1, 0.9, 0.15],
  jewelry: [0.01, 260, 0.9, 1.0, 0.4, 0.08],
  // appears only in current: the issuer started allowing card purchases on crypto exchanges
  crypto_exchange: [0, 420, 1.0, 1.4, 1.0, 0.25],
};

/** cardholder country → [weight, log-odds fraud effect, P(international) multiplier] */
const COUNTRIES = {
  US: [0.4, 0.0, 0.6],
  GB: [0.12, 0.0, 1.0],
  DE: [0.09, -0.2, 1.2],
  FR: [0.07, 0.0, 1.2],
  CA: [0.05, 0.0, 1.0],
  NL: [0.04, -0.1, 2.0],
  ES: [0.04, 0.1, 1.2],
  IT: [0.04, 0.1, 1.2],
  AU: [0.03, 0.0, 0.8],
  SE: [0.02, -0.2, 1.5],
  PL: [0.02, 0.2, 1.5],
  IE: [0.02, 0.0, 2.0],
  BE: [0.015, 0.0, 2.0],
  BR: [0.015, 0.5, 0.8],
  MX: [0.015, 0.4, 1.0],
  IN: [0.01, 0.3, 0.8],
  JP: [0.01, -0.3, 0.8],
  SG: [0.005, 0.0, 2.0],
  AE: [0.005, 0.2, 2.0],
  NG: [0.005, 0.6, 1.0],
};

const DEVICES_BY_CHANNEL = {
  pos: { card_terminal: 0.8, mobile_wallet_ios: 0.11, mobile_wallet_android: 0.09 },
  ecom: { ios_app: 0.22, android_app: 0.2, desktop_web: 0.33, mobile_web: 0.25 },
  moto: { call_center: 1 },
};
const DEVICE_RISK = {
  card_terminal: -0.3,
  mobile_wallet_ios: -0.5,
  mobile_wallet_android: -0.4,
  ios_app: -0.2,
  android_app: 0.0,
  desktop_web: 0.2,
  mobile_web: 0.35,
  call_center: 0.5,
};
/** log-odds effect of a missing device fingerprint (blocked or failed device collection) */
const DEVICE_MISSING_RISK = 0.6;
/** intercept of the true fraud log-odds, set for a fraud rate of about 2.5 % */
const FRAUD_INTERCEPT = -6.25;
/** scale of the observable fraud signal (sets how well the features separate fraud) */
const FRAUD_SIGNAL_SCALE = 1.1;
/** sd of the fraud signal no model sees (limits the attainable AUC) */
const FRAUD_UNOBSERVED_SD = 0.3;

/**
 * One card transaction. `drift` (current only) turns on the production changes: a new merchant category,
 * higher amounts, a heavier tail of distance from home, and more missing device fingerprints.
 */
function transaction(rng, drift) {
  const merchantWeights = Object.fromEntries(
    Object.entries(MERCHANTS).map(([k, v]) => [k, k === 'crypto_exchange' ? (drift ? 0.04 : 0) : v[0]]),
  );
  const merchant_category = rng.pick(merchantWeights);
  const [, medianAmount, amountSd, merchantRisk, pEcom, pIntl] = MERCHANTS[merchant_category];
  const country = rng.pick(Object.fromEntries(Object.entries(COUNTRIES).map(([k, v]) => [k, v[0]])));
  const [, countryRisk, intlFactor] = COUNTRIES[country];
  const channel = rng.bernoulli(pEcom) ? 'ecom' : rng.bernoulli(0.06) ? 'moto' : 'pos';
  const is_international = rng.bernoulli(Math.min(0.9, pIntl * intlFactor));
  const account_age_days = rng.bernoulli(0.04)
    ? rng.int(1, 60)
    : Math.round(clamp(rng.lognormal(800, 1.0), 30, 9000));
  const txn_count_24h = rng.poisson(1.6);
  const avg_amount_30d = account_age_days < 30 ? null : cents(Math.max(1, rng.lognormal(55, 0.7)));
  // amounts: prices rose and the basket moved up market after a product launch (×1.45 in current)
  const amount = cents(Math.max(0.5, rng.lognormal(medianAmount * (drift ? 1.55 : 1), amountSd)));
  const localKm =
    channel === 'pos'
      ? rng.lognormal(5, 1.0)
      : channel === 'ecom'
        ? rng.lognormal(12, 1.3)
        : rng.lognormal(20, 1.2);
  let distance = localKm + (is_international ? rng.lognormal(1200, 0.8) : 0);
  // current: geolocation moved to IP-based for more wallets, a quarter of distances are stretched
  if (drift && rng.bernoulli(0.25)) distance *= rng.lognormal(6, 0.8);
  const distance_from_home_km = roundTo(distance, 1);
  const hour_of_day = Number(rng.pick(asWeights(CARD_HOURS)));
  const missingDevice = rng.bernoulli(drift ? 0.09 : 0.01);
  const device = rng.pick(DEVICES_BY_CHANNEL[channel]);
  const device_type = missingDevice ? null : device;

  const channelRisk = { pos: 0, ecom: 0.7, moto: 1.0 }[channel];
  const ratio = avg_amount_30d === null ? 0.3 : 0.3 * Math.log(amount / avg_amount_30d);
  const signal =
    0.45 * (Math.log(amount) - 3.8) +
    merchantRisk +
    countryRisk +
    channelRisk +
    (is_international ? 0.9 : 0) -
    0.35 * (Math.log(account_age_days + 1) - 6.5) +
    0.3 * (txn_count_24h - 1.6) +
    ratio +
    0.18 * Math.log1p(distance) +
    (hour_of_day <= 5 ? 0.7 : 0) +
    (missingDevice ? DEVICE_MISSING_RISK : DEVICE_RISK[device]);
  const observed = FRAUD_INTERCEPT + FRAUD_SIGNAL_SCALE * signal;
  const label = rng.bernoulli(sigmoid(observed + rng.normal(0, FRAUD_UNOBSERVED_SD))) ? 1 : 0;
  // candidate: a gradient-boosted model with estimation noise; baseline: the production model, which sees
  // the signal slightly more sharply (the candidate is a cheaper model that regressed a little)
  const score = prob(sigmoid(0.95 * observed + rng.normal(0, 0.9)));
  const baseline_score = prob(sigmoid(0.95 * observed + rng.normal(0, 0.35)));
  return {
    amount,
    merchant_category,
    country,
    channel,
    account_age_days,
    txn_count_24h,
    avg_amount_30d,
    distance_from_home_km,
    hour_of_day,
    is_international,
    device_type,
    score,
    baseline_score,
    label,
  };
}

const FRAUD_FEATURE_COLUMNS = [
  ['amount', 'DOUBLE'],
  ['merchant_category', 'VARCHAR'],
  ['country', 'VARCHAR'],
  ['channel', 'VARCHAR'],
  ['account_age_days', 'INTEGER'],
  ['txn_count_24h', 'INTEGER'],
  ['avg_amount_30d', 'DOUBLE'],
  ['distance_from_home_km', 'DOUBLE'],
  ['hour_of_day', 'INTEGER'],
  ['is_international', 'BOOLEAN'],
  ['device_type', 'VARCHAR'],
];

/** n transactions with increasing ids from `firstId` (gaps of 1–40: other traffic in between) */
function transactions(stream, n, firstId, drift) {
  const rng = new Rng(stream);
  const rows = [];
  let id = firstId;
  for (let i = 0; i < n; i++) {
    id += rng.int(1, 40);
    rows.push({ transaction_id: `tx_${String(id).padStart(10, '0')}`, ...transaction(rng, drift) });
  }
  return rows;
}

/**
 * The serving log and shadow traffic of the fraud current (issue 12), from their own stream so the
 * transactions stay as they were: the production model's score beside the candidate's (champion_score),
 * chargeback labels that arrived for a third of the transactions (the rest null), a latency around 38 ms
 * with a slow tail, HTTP 503 on 0.3 % of requests, and request times about 0.35 s apart (ISO text).
 */
function servingLog(current) {
  const rng = new Rng('binary-fraud/serving');
  let t = Date.UTC(2026, 10, 30, 8, 0, 0);
  return current.map((r) => {
    t += Math.max(1, Math.round(rng.lognormal(300, 0.6)));
    const slow = rng.bernoulli(0.004) ? rng.lognormal(6, 0.5) : 1;
    return {
      ...r,
      champion_score: r.baseline_score,
      label: rng.bernoulli(0.35) ? r.label : null,
      latency_ms: roundTo(rng.lognormal(38, 0.45) * slow, 1),
      status: rng.bernoulli(0.003) ? 503 : 200,
      requested_at: new Date(t).toISOString(),
    };
  });
}

function binaryFraud() {
  const reference = transactions('binary-fraud/reference', 50_000, 4_100_000_000, false);
  const holdout = transactions('binary-fraud/holdout', 10_000, 5_200_000_000, false);
  const current = servingLog(transactions('binary-fraud/current', 20_000, 6_300_000_000, true));
  const baseline = new Rng('binary-fraud/baseline-order').shuffle(
    holdout.map((r) => ({ transaction_id: r.transaction_id, score: r.baseline_score })),
  );
  const id = [['transaction_id', 'VARCHAR']];
  return {
    name: 'binary-fraud',
    files: {
      'reference.parquet': table(reference, [
        ...id,
        ...FRAUD_FEATURE_COLUMNS,
        ['score', 'DOUBLE'],
        ['label', 'INTEGER'],
      ]),
      'holdout.parquet': table(holdout, [
        ...id,
        ['label', 'INTEGER'],
        ['score', 'DOUBLE'],
        ['country', 'VARCHAR'],
      ]),
      'baseline.parquet': table(baseline, [...id, ['score', 'DOUBLE']]),
      'current.parquet': table(current, [
        ...id,
        ...FRAUD_FEATURE_COLUMNS,
        ['score', 'DOUBLE'],
        ['champion_score', 'DOUBLE'],
        ['label', 'INTEGER'],
        ['latency_ms', 'DOUBLE'],
        ['status', 'INTEGER'],
        ['requested_at', 'VARCHAR'],
      ]),
    },
    config: `# Card-transaction fraud scoring: a candidate model vs the production model (see fixtures/README.md).
# Expected verdict: FAIL (ROC AUC regressed vs the baseline; dataset drift in production).
# current.parquet is the shadow log: both models' scores per request, late chargeback labels, latency,
# status and request time.
inputs:
  holdout: holdout.parquet
  baseline: baseline.parquet
  reference: reference.parquet
  current: current.parquet
task: binary
columns:
  target: label
  score: score
  id: transaction_id
  segments: [country]
  champion_score: champion_score
# transactions at or above a 10 % fraud probability go to the manual review queue
decision_threshold: 0.1
performance:
  metrics:
    roc_auc: { min: 0.85, max_regression: 0.005 }
    pr_auc: { max_regression: 0.02 }
    log_loss: { max: 0.2 }
    recall: { min: 0.5 }
    precision: { min: 0.15 }
  confidence: 0.95
  resamples: 1000
  seed: 42
drift:
  features:
    amount: { method: psi, threshold: 0.2 }
  share: 0.25
  multivariate: {}
quality:
  max_missing_increase: 0.05
  new_categories: warn
production:
  # CBPE: performance on current estimated from the holdout-calibrated scores, no labels needed
  estimated:
    roc_auc: { min: 0.85, max_regression: 0.03 }
    precision: { min: 0.15 }
serving:
  latency: { column: latency_ms, p50: 60, p99: 250, max_share_over: { value: 500, share: 0.002 } }
  errors: { column: status, max_rate: 0.01 }
  throughput: { column: requested_at, min_per_s: 2 }
shadow:
  min_agreement: 0.9
fail_on: fail
`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scenario 2: support-ticket intent classification (multiclass)

const INTENTS = ['billing', 'technical', 'account', 'shipping', 'other'];
const INTENT_PRIOR = { billing: 0.27, technical: 0.3, account: 0.18, shipping: 0.17, other: 0.08 };
/** intent → [median text length (chars), mean attachments, mean prior tickets in 90 days] */
const INTENT_SHAPE = {
  billing: [420, 0.5, 0.9],
  technical: [780, 1.1, 1.4],
  account: [310, 0.2, 0.6],
  shipping: [360, 0.9, 0.8],
  other: [260, 0.2, 0.4],
};
const TIERS = {
  billing: { free: 0.2, standard: 0.45, premium: 0.25, enterprise: 0.1 },
  technical: { free: 0.3, standard: 0.4, premium: 0.2, enterprise: 0.1 },
  account: { free: 0.45, standard: 0.35, premium: 0.15, enterprise: 0.05 },
  shipping: { free: 0.25, standard: 0.5, premium: 0.2, enterprise: 0.05 },
  other: { free: 0.4, standard: 0.4, premium: 0.15, enterprise: 0.05 },
};
const LANGUAGES = { en: 0.62, es: 0.1, de: 0.09, fr: 0.08, pt: 0.05, it: 0.03, nl: 0.03 };
const SUPPORT_HOURS = [
  0.6, 0.4, 0.3, 0.3, 0.3, 0.5, 1.0, 2.2, 4.0, 5.5, 6.0, 6.0, 5.2, 5.6, 5.8, 5.5, 5.0, 4.2, 3.2, 2.6, 2.2,
  1.8, 1.3, 0.9,
];
/** strength of each model's text evidence (higher = more accurate); candidate > baseline */
const INTENT_SIGNAL = { candidate: 1.95, baseline: 1.8 };

/**
 * Probabilities from a model whose text evidence for class k is x_k = s·[k = intent] + N(0, 1): the exact
 * posterior is softmax(log prior_k + s·x_k), so the candidate is calibrated; the baseline is a little
 * over-confident (temperature 1.15). Rounded to 6 decimals, the last class takes the remainder so each row
 * sums to 1.
 */
function intentProbabilities(rng, intent, s, temperature) {
  const logits = INTENTS.map(
    (k) => Math.log(INTENT_PRIOR[k]) + s * (s * (k === intent ? 1 : 0) + rng.normal()),
  );
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(temperature * (l - max)));
  const total = e.reduce((a, b) => a + b, 0);
  const p = e.map((v) => prob(v / total));
  p[p.length - 1] = prob(1 - p.slice(0, -1).reduce((a, b) => a + b, 0));
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k] > p[best]) best = k;
  return { p, predicted: INTENTS[best] };
}

function ticket(rng, drift) {
  const intent = rng.pick(INTENT_PRIOR);
  const [medianLength, attachments, prior] = INTENT_SHAPE[intent];
  const channelWeights = drift
    ? // current: the in-app chat widget launched, chat takes share from email and the web form
      { email: 0.26, chat: 0.42, web_form: 0.22, phone_transcript: 0.1 }
    : { email: 0.35, chat: 0.28, web_form: 0.27, phone_transcript: 0.1 };
  const channel = rng.pick(channelWeights);
  // chat messages run a little shorter
  const text_length = Math.max(
    12,
    Math.round(rng.lognormal(medianLength * (channel === 'chat' ? 0.8 : 1), 0.7)),
  );
  const row = {
    intent,
    text_length,
    num_attachments: Math.min(10, rng.poisson(attachments)),
    prior_tickets_90d: rng.poisson(prior),
    customer_tier: rng.pick(TIERS[intent]),
    channel,
    language: rng.bernoulli(0.004) ? null : rng.pick(LANGUAGES),
    hour: Number(rng.pick(asWeights(SUPPORT_HOURS))),
  };
  const candidate = intentProbabilities(rng, intent, INTENT_SIGNAL.candidate, 1);
  const baseline = intentProbabilities(rng, intent, INTENT_SIGNAL.baseline, 1.15);
  return { ...row, candidate, baseline };
}

function tickets(stream, n, firstId, drift) {
  const rng = new Rng(stream);
  const rows = [];
  for (let i = 0; i < n; i++) {
    const t = ticket(rng, drift);
    rows.push({
      ticket_id: `TCK-${firstId + i}`,
      ...t,
      predicted_intent: t.candidate.predicted,
      ...Object.fromEntries(INTENTS.map((k, j) => [`proba_${k}`, t.candidate.p[j]])),
    });
  }
  return rows;
}

const TICKET_FEATURE_COLUMNS = [
  ['text_length', 'INTEGER'],
  ['num_attachments', 'INTEGER'],
  ['prior_tickets_90d', 'INTEGER'],
  ['customer_tier', 'VARCHAR'],
  ['channel', 'VARCHAR'],
  ['language', 'VARCHAR'],
  ['hour', 'INTEGER'],
];
const PROBA_COLUMNS = INTENTS.map((k) => [`proba_${k}`, 'DOUBLE']);

function multiclassIntent() {
  const reference = tickets('multiclass-intent/reference', 20_000, 310_000, false);
  const holdout = tickets('multiclass-intent/holdout', 8_000, 352_000, false);
  const current = tickets('multiclass-intent/current', 10_000, 388_000, true);
  const baseline = holdout.map((r) => ({
    ticket_id: r.ticket_id,
    predicted_intent: r.baseline.predicted,
    ...Object.fromEntries(INTENTS.map((k, j) => [`proba_${k}`, r.baseline.p[j]])),
  }));
  const id = [['ticket_id', 'VARCHAR']];
  const prediction = [['predicted_intent', 'VARCHAR']];
  return {
    name: 'multiclass-intent',
    files: {
      'reference.parquet': table(reference, [
        ...id,
        ...TICKET_FEATURE_COLUMNS,
        ['intent', 'VARCHAR'],
        ...prediction,
      ]),
      'holdout.parquet': table(holdout, [
        ...id,
        ['intent', 'VARCHAR'],
        ...prediction,
        ...PROBA_COLUMNS,
        ['language', 'VARCHAR'],
      ]),
      'baseline.parquet': table(baseline, [...id, ...prediction, ...PROBA_COLUMNS]),
      'current.parquet': table(current, [...id, ...TICKET_FEATURE_COLUMNS, ...prediction]),
    },
    config: `# Support-ticket intent routing, 5 classes (see fixtures/README.md).
# Expected verdict: WARN (the channel mix drifted after the chat launch; the model itself is better).
inputs:
  holdout: holdout.parquet
  baseline: baseline.parquet
  reference: reference.parquet
  current: current.parquet
task: multiclass
columns:
  target: intent
  prediction: predicted_intent
  scores_prefix: proba_
  id: ticket_id
  segments: [language]
  features:
    numerical: [text_length, prior_tickets_90d, hour]
    categorical: [num_attachments, customer_tier, channel, language]
performance:
  metrics:
    accuracy: { min: 0.75 }
    f1_macro: { min: 0.7, max_regression: 0.01 }
    log_loss: { max: 0.8 }
    roc_auc_ovr_macro: { min: 0.9 }
drift:
  method: auto
  correction: none
fail_on: fail
`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scenario 3: food-delivery time regression (minutes)

/** city → [weight, congestion factor] */
const CITIES = {
  London: [0.28, 1.25],
  Paris: [0.2, 1.2],
  Berlin: [0.16, 1.0],
  Madrid: [0.14, 1.1],
  Milan: [0.12, 1.1],
  Amsterdam: [0.1, 0.9],
};
/** vehicle → [weight, km/h] */
const VEHICLES = { bicycle: [0.3, 14], e_bike: [0.25, 19], scooter: [0.3, 24], car: [0.15, 22] };
/** weather → [weight, slowdown factor] */
const WEATHER = {
  clear: [0.45, 1.0],
  cloudy: [0.3, 1.02],
  rain: [0.17, 1.12],
  heavy_rain: [0.05, 1.25],
  snow: [0.03, 1.35],
};
const DELIVERY_HOURS = [
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1.5, 3.5, 6.5, 6.0, 3.0, 1.8, 1.8, 2.8, 5.5, 7.0, 6.5, 4.0, 2.2, 1.0,
];
const weightsOf = (table) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, v[0]]));

function delivery(rng) {
  const city = rng.pick(weightsOf(CITIES));
  const courier_vehicle = rng.pick(weightsOf(VEHICLES));
  const weather = rng.pick(weightsOf(WEATHER));
  const hour = Number(rng.pick(asWeights(DELIVERY_HOURS)));
  const distance_km = roundTo(clamp(rng.lognormal(2.8, 0.55), 0.2, 15), 2);
  const items = 1 + Math.min(6, rng.poisson(1.4));
  const restaurant_prep_min = roundTo(rng.lognormal(9 + 1.5 * items, 0.35), 1);
  const rush = hour === 12 || hour === 13 || (hour >= 18 && hour <= 20) ? 1.15 : 1;
  const rideMin =
    (distance_km / VEHICLES[courier_vehicle][1]) * 60 * CITIES[city][1] * WEATHER[weather][1] * rush;
  const expected = restaurant_prep_min + 4 + rideMin;
  // actual: multiplicative noise plus an occasional hold-up (courier batching, wrong address)
  const delay = rng.bernoulli(0.05) ? 5 + 15 * rng.uniform() : 0;
  const delivery_minutes = roundTo(expected * Math.exp(rng.normal(0, 0.14)) + delay, 1);
  // candidate: a model with small error and a slight positive bias; baseline: noisier, biased higher
  const predicted_minutes = roundTo(expected * Math.exp(rng.normal(0, 0.07)) + 0.6, 1);
  const baseline_minutes = roundTo(expected * 1.03 * Math.exp(rng.normal(0, 0.1)) + 0.6, 1);
  return {
    distance_km,
    items,
    restaurant_prep_min,
    courier_vehicle,
    city,
    weather,
    hour,
    delivery_minutes,
    predicted_minutes,
    baseline_minutes,
  };
}

function deliveries(stream, n, firstId) {
  const rng = new Rng(stream);
  const rows = [];
  let id = BigInt(firstId);
  for (let i = 0; i < n; i++) {
    id += BigInt(rng.int(1, 9));
    rows.push({ order_id: id, ...delivery(rng) });
  }
  return rows;
}

const DELIVERY_FEATURE_COLUMNS = [
  ['distance_km', 'DOUBLE'],
  ['items', 'INTEGER'],
  ['restaurant_prep_min', 'DOUBLE'],
  ['courier_vehicle', 'VARCHAR'],
  ['city', 'VARCHAR'],
  ['weather', 'VARCHAR'],
  ['hour', 'INTEGER'],
];

function regressionDelivery() {
  const reference = deliveries('regression-delivery/reference', 20_000, 880_000_000);
  const holdout = deliveries('regression-delivery/holdout', 8_000, 881_000_000);
  const current = deliveries('regression-delivery/current', 10_000, 882_000_000);
  const baseline = holdout.map((r) => ({ order_id: r.order_id, predicted_minutes: r.baseline_minutes }));
  const id = [['order_id', 'BIGINT']];
  const prediction = [['predicted_minutes', 'DOUBLE']];
  return {
    name: 'regression-delivery',
    files: {
      'reference.parquet': table(reference, [
        ...id,
        ...DELIVERY_FEATURE_COLUMNS,
        ['delivery_minutes', 'DOUBLE'],
        ...prediction,
      ]),
      'holdout.parquet': table(holdout, [
        ...id,
        ['city', 'VARCHAR'],
        ['delivery_minutes', 'DOUBLE'],
        ...prediction,
      ]),
      'baseline.parquet': table(baseline, [...id, ...prediction]),
      'current.parquet': table(current, [...id, ...DELIVERY_FEATURE_COLUMNS, ...prediction]),
    },
    config: `# Food-delivery time estimate in minutes (see fixtures/README.md).
# Expected verdict: PASS (better than the baseline, no drift, clean data).
# No id column is configured: baseline rows pair with holdout rows by row order.
inputs:
  holdout: holdout.parquet
  baseline: baseline.parquet
  reference: reference.parquet
  current: current.parquet
task: regression
columns:
  target: delivery_minutes
  prediction: predicted_minutes
  segments: [city]
  features:
    exclude: [order_id]
performance:
  metrics:
    mae: { max: 6, max_regression: 0.2 }
    rmse: { max_relative_regression: 0.02 }
    r2: { min: 0.6 }
    mean_error: { min: -1.5, max: 1.5 }
drift:
  method: auto
fail_on: fail
`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Scenario 4: subscription churn (binary, a holdout above the bootstrap's 20,000 rows)

const PLANS = { basic: 0.6, pro: 0.3, enterprise: 0.1 };
const PLAN_RISK = { basic: 0.5, pro: 0, enterprise: -0.6 };

/** one customer: features, a latent churn risk, the label, and both models' scores */
function customer(rng, id) {
  const plan = rng.pick(PLANS);
  const tenure = rng.int(1, 72);
  const spend =
    Math.round(rng.lognormal(plan === 'basic' ? 25 : plan === 'pro' ? 60 : 240, 0.35) * 100) / 100;
  const calls = rng.poisson(plan === 'enterprise' ? 2 : 1);
  const risk = -1.9 + PLAN_RISK[plan] - 0.03 * tenure + 0.35 * calls + 0.5 * rng.normal();
  const label = rng.bernoulli(1 / (1 + Math.exp(-risk))) ? 1 : 0;
  const shared = rng.normal();
  const sigmoid = (z) => Math.round(1e6 / (1 + Math.exp(-z))) / 1e6;
  return {
    customer_id: id,
    plan,
    tenure_months: tenure,
    monthly_spend: spend,
    support_calls: calls,
    label,
    score: sigmoid(risk + 0.45 * shared + 0.35 * rng.normal()),
    baseline_score: sigmoid(risk + 0.45 * shared + 0.6 * rng.normal()),
  };
}

function customers(stream, n, firstId) {
  const rng = new Rng(stream);
  return Array.from({ length: n }, (_, i) => customer(rng, BigInt(firstId + i)));
}

const CHURN_FEATURE_COLUMNS = [
  ['plan', 'VARCHAR'],
  ['tenure_months', 'INTEGER'],
  ['monthly_spend', 'DOUBLE'],
  ['support_calls', 'INTEGER'],
];

function binaryChurn() {
  const reference = customers('binary-churn/reference', 20_000, 10_000_000);
  const holdout = customers('binary-churn/holdout', 60_000, 20_000_000);
  const current = customers('binary-churn/current', 20_000, 30_000_000);
  const baseline = new Rng('binary-churn/baseline-order').shuffle(
    holdout.map((r) => ({ customer_id: r.customer_id, score: r.baseline_score })),
  );
  const id = [['customer_id', 'BIGINT']];
  return {
    name: 'binary-churn',
    files: {
      'reference.parquet': table(reference, [
        ...id,
        ...CHURN_FEATURE_COLUMNS,
        ['score', 'DOUBLE'],
        ['label', 'INTEGER'],
      ]),
      'holdout.parquet': table(holdout, [
        ...id,
        ['plan', 'VARCHAR'],
        ['label', 'INTEGER'],
        ['score', 'DOUBLE'],
      ]),
      'baseline.parquet': table(baseline, [...id, ['score', 'DOUBLE']]),
      'current.parquet': table(current, [...id, ...CHURN_FEATURE_COLUMNS, ['score', 'DOUBLE']]),
    },
    config: `# Subscription churn: a retrained model vs the production model on a 60,000-row holdout (see
# fixtures/README.md). Expected verdict: PASS. Above 20,000 rows the intervals are analytic (DeLong, the
# delta method, normal intervals of mean losses) and the bag of little bootstraps, each named in the report.
inputs:
  holdout: holdout.parquet
  baseline: baseline.parquet
  reference: reference.parquet
  current: current.parquet
task: binary
columns:
  target: label
  score: score
  id: customer_id
  segments: [plan]
  features:
    exclude: [customer_id]
decision_threshold: 0.3
performance:
  metrics:
    roc_auc: { min: 0.7, max_regression: 0.005 }
    pr_auc: { max_regression: 0.01 }
    log_loss: { max: 0.5 }
    brier: { max_regression: 0.002 }
  resamples: 1000
  seed: 7
fail_on: fail
`,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writing: rows → DuckDB table (appender) → Parquet (ZSTD). DuckDB runs single-threaded so the output does
// not depend on scheduling.

function table(rows, columns) {
  return {
    columns: columns.map(([name, type]) => ({ name, type })),
    data: columnsOf(
      rows,
      columns.map((c) => c[0]),
    ),
  };
}

const APPEND = {
  VARCHAR: (a, v) => a.appendVarchar(v),
  DOUBLE: (a, v) => a.appendDouble(v),
  INTEGER: (a, v) => a.appendInteger(v),
  BIGINT: (a, v) => a.appendBigInt(v),
  BOOLEAN: (a, v) => a.appendBoolean(v),
};

async function writeParquet(connection, path, { columns, data }) {
  const ddl = columns.map((c) => `"${c.name}" ${c.type}`).join(', ');
  await connection.run('DROP TABLE IF EXISTS fixture');
  await connection.run(`CREATE TABLE fixture (${ddl})`);
  const appender = await connection.createAppender('fixture');
  const appenders = columns.map((c) => APPEND[c.type]);
  const arrays = columns.map((c) => data[c.name]);
  const n = arrays[0].length;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < arrays.length; j++) {
      const v = arrays[j][i];
      if (v === null || v === undefined) appender.appendNull();
      else appenders[j](appender, v);
    }
    appender.endRow();
  }
  appender.closeSync();
  const target = path.replaceAll("'", "''");
  await connection.run(`COPY fixture TO '${target}' (FORMAT parquet, COMPRESSION zstd)`);
}

export const SCENARIOS = [binaryFraud, multiclassIntent, regressionDelivery, binaryChurn];

/** writes every scenario under outDir/<scenario>/; returns the paths written, relative to outDir */
export async function generateFixtures(outDir) {
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const written = [];
  try {
    for (const make of SCENARIOS) {
      const scenario = make();
      const dir = join(outDir, scenario.name);
      mkdirSync(dir, { recursive: true });
      for (const [file, spec] of Object.entries(scenario.files)) {
        const path = join(dir, file);
        rmSync(path, { force: true });
        await writeParquet(connection, path, spec);
        written.push(`${scenario.name}/${file}`);
      }
      writeFileSync(join(dir, 'model-gate.yml'), scenario.config);
      written.push(`${scenario.name}/model-gate.yml`);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 && args[outIndex + 1] ? resolve(args[outIndex + 1]) : join(ROOT, 'fixtures');
  const t0 = performance.now();
  const written = await generateFixtures(outDir);
  if (!args.includes('--quiet')) {
    for (const f of written) console.log(`wrote ${join(outDir, f)}`);
    console.log(`${written.length} files in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}
