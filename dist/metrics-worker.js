import { createRequire as __mgCreateRequire } from 'node:module'; const require = __mgCreateRequire(import.meta.url);

// src/metrics/worker.ts
import { workerData } from "node:worker_threads";

// src/stats/random.ts
function createRng(seed) {
  let x = seed >>> 0;
  const splitmix = () => {
    x = x + 2654435769 >>> 0;
    let z = x;
    z = Math.imul(z ^ z >>> 16, 2246822507) >>> 0;
    z = Math.imul(z ^ z >>> 13, 3266489909) >>> 0;
    return (z ^ z >>> 16) >>> 0;
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const nextUint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    nextUint32,
    nextInt(n) {
      if (n <= 2097152) {
        const threshold = (4294967296 - n) % n;
        for (; ; ) {
          const r = nextUint32();
          const m = r * n;
          if (m % 4294967296 >= threshold) return Math.floor(m / 4294967296);
        }
      }
      const limit = 4294967296 - 4294967296 % n;
      for (; ; ) {
        const r = nextUint32();
        if (r < limit) return r % n;
      }
    },
    nextFloat() {
      const hi = nextUint32() >>> 5;
      const lo = nextUint32() >>> 6;
      return (hi * 67108864 + lo) / 9007199254740992;
    }
  };
}
function rotl(v, k) {
  return (v << k | v >>> 32 - k) >>> 0;
}

// src/stats/sort.ts
var RADIX_MIN_LENGTH = 256;
var BUCKETS = 2048;
var counts = new Int32Array(6 * BUCKETS);
var offsets = new Int32Array(BUCKETS);
var steps = new Int32Array(BUCKETS);

// src/stats/argsort.ts
var SHIFTS = [0, 11, 22, 0, 11, 22];
var WORDS = [0, 0, 0, 1, 1, 1];
var MASKS = [2047, 2047, 1023, 2047, 2047, 1023];
var BUCKETS2 = 2048;
function argsort(values) {
  const n = values.length;
  let a = new Float64Array(n);
  let ia = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== v) throw new RangeError(`argsort: NaN at index ${i}`);
    a[i] = v === 0 ? 0 : v;
    ia[i] = i;
  }
  if (n < RADIX_MIN_LENGTH) {
    const keys = a;
    return ia.sort((p, q) => keys[p] - keys[q] || p - q);
  }
  let b = new Float64Array(n);
  let ib = new Uint32Array(n);
  let ua = new Uint32Array(a.buffer);
  let ub = new Uint32Array(b.buffer);
  const counts2 = new Uint32Array(6 * BUCKETS2);
  for (let i = 0; i < n; i++) {
    const lo = ua[2 * i];
    const hi = ua[2 * i + 1];
    counts2[lo & 2047]++;
    counts2[BUCKETS2 + (lo >>> 11 & 2047)]++;
    counts2[2 * BUCKETS2 + (lo >>> 22)]++;
    counts2[3 * BUCKETS2 + (hi & 2047)]++;
    counts2[4 * BUCKETS2 + (hi >>> 11 & 2047)]++;
    counts2[5 * BUCKETS2 + (hi >>> 22)]++;
  }
  const offsets2 = new Uint32Array(BUCKETS2);
  for (let d = 0; d < 6; d++) {
    const word = WORDS[d];
    const shift = SHIFTS[d];
    const mask = MASKS[d];
    const base = d * BUCKETS2;
    if (counts2[base + (ua[word] >>> shift & mask)] === n) continue;
    let sum = 0;
    for (let j = 0; j <= mask; j++) {
      offsets2[j] = sum;
      sum += counts2[base + j];
    }
    for (let i = 0; i < n; i++) {
      const o = offsets2[ua[2 * i + word] >>> shift & mask]++;
      b[o] = a[i];
      ib[o] = ia[i];
    }
    [a, b] = [b, a];
    [ia, ib] = [ib, ia];
    [ua, ub] = [ub, ua];
  }
  let firstNegative = n;
  for (let i = 0; i < n; i++) {
    if (ua[2 * i + 1] >= 2147483648) {
      firstNegative = i;
      break;
    }
  }
  if (firstNegative === n) return ia;
  const negatives = n - firstNegative;
  for (let i = 0; i < negatives; i++) {
    b[i] = a[n - 1 - i];
    ib[i] = ia[n - 1 - i];
  }
  for (let s = 0; s < negatives; ) {
    let e = s + 1;
    while (e < negatives && b[e] === b[s]) e++;
    for (let l = s, r = e - 1; l < r; l++, r--) {
      const t = ib[l];
      ib[l] = ib[r];
      ib[r] = t;
    }
    s = e;
  }
  ib.set(ia.subarray(0, firstNegative), negatives);
  return ib;
}

// src/metrics/ranking.ts
function descendingOrder(score) {
  const ascending = argsort(score);
  const n = ascending.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = ascending[n - 1 - i];
  return order;
}
function tieGroupEnds(score, order) {
  const n = order.length;
  const ends = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    ends[i] = i === n - 1 || score[order[i]] !== score[order[i + 1]] ? 1 : 0;
  }
  return ends;
}
function rankSums(order, ends, positive, counts2) {
  let tp = 0;
  let fp = 0;
  let tpG = 0;
  let fpG = 0;
  let area = 0;
  let apSum = 0;
  const n = order.length;
  for (let i = 0; i < n; i++) {
    const w = counts2[order[i]];
    if (positive[i] === 1) tpG += w;
    else fpG += w;
    if (ends[i] === 1) {
      area += fpG * (tp + tpG / 2);
      tp += tpG;
      fp += fpG;
      if (tpG > 0) apSum += tpG * tp / (tp + fp);
      tpG = 0;
      fpG = 0;
    }
  }
  return { pos: tp, neg: fp, area, apSum };
}

// src/metrics/probabilistic.ts
var LOG_LOSS_EPS = 1e-15;
var ECE_BINS = 10;
function clip(p) {
  return p < LOG_LOSS_EPS ? LOG_LOSS_EPS : p > 1 - LOG_LOSS_EPS ? 1 - LOG_LOSS_EPS : p;
}
function binaryLogLossTerm(y, s) {
  const p = clip(s);
  const q = 1 - p;
  return -Math.log((y === 1 ? p : q) / (q + p));
}
function brierTerm(y, s) {
  const d = y - s;
  return d * d;
}
function eceBin(s) {
  const b = Math.floor(s * ECE_BINS);
  return b > ECE_BINS - 1 ? ECE_BINS - 1 : b;
}
function multiclassLogLossTerm(proba, row, y) {
  let sum = 0;
  for (const column of proba) sum += clip(column[row]);
  return -Math.log(clip(proba[y][row]) / sum);
}

// src/metrics/binary.ts
function isDescending(score) {
  for (let i = 1; i < score.length; i++) if (score[i] > score[i - 1]) return false;
  return true;
}
var SCATTER_MAX_GROUPS = 65536;
var GROUP_STRIDE = 6;
function binaryKernel(input) {
  const n = input.y.length;
  const score = input.score;
  const order = score && !isDescending(score) ? descendingOrder(score) : null;
  const row = (i) => order ? order[i] : i;
  const code = new Uint8Array(n);
  const groupScore = [];
  const groupLossPos = [];
  const groupLossNeg = [];
  const groupBin = [];
  for (let i = 0; i < n; i++) {
    const r = row(i);
    const s = score ? score[r] : 0;
    const last = i === n - 1 || score !== null && score[row(i + 1)] !== s;
    code[i] = input.pred[r] | input.y[r] << 1 | (last ? 4 : 0);
    if (last) {
      groupScore.push(s);
      groupLossPos.push(score ? binaryLogLossTerm(1, s) : 0);
      groupLossNeg.push(score ? binaryLogLossTerm(0, s) : 0);
      groupBin.push(score ? eceBin(s) : 0);
    }
  }
  const groups = groupScore.length;
  const gScore = Float64Array.from(groupScore);
  const G = new Float64Array(groups * GROUP_STRIDE);
  for (let g = 0; g < groups; g++) {
    const s = gScore[g];
    const o = g * GROUP_STRIDE;
    G[o] = groupLossPos[g];
    G[o + 1] = groupLossNeg[g];
    G[o + 2] = brierTerm(1, s);
    G[o + 3] = brierTerm(0, s);
    G[o + 4] = 1 - s;
    G[o + 5] = s;
  }
  const gBin = Uint8Array.from(groupBin);
  const calibration = new Float64Array(ECE_BINS);
  const mode = order === null ? "sequential" : groups <= SCATTER_MAX_GROUPS ? "scatter" : "gather";
  const gWeight = new Int32Array(mode === "scatter" ? groups : 0);
  const gPositive = new Int32Array(mode === "scatter" ? groups : 0);
  const scratch = mode === "gather" ? new Uint8Array(n) : null;
  let rowCode = null;
  let rowGroup = null;
  if (mode === "scatter") {
    rowCode = new Uint8Array(n);
    rowGroup = new Uint16Array(n);
    let g = 0;
    for (let i = 0; i < n; i++) {
      const r = order[i];
      rowCode[r] = code[i] & 3;
      rowGroup[r] = g;
      if (code[i] & 4) g++;
    }
  }
  const fromGroups = (predPos, tp) => {
    let total = 0;
    let cumTp = 0;
    let cumFp = 0;
    let area = 0;
    let apSum = 0;
    let logLossSum = 0;
    let brierSum = 0;
    calibration.fill(0);
    for (let g = 0; g < groups; g++) {
      const gw = gWeight[g];
      if (gw === 0) continue;
      const gPos = gPositive[g];
      const gNeg = gw - gPos;
      const o = g * GROUP_STRIDE;
      total += gw;
      logLossSum += gPos * G[o] + gNeg * G[o + 1];
      brierSum += gPos * G[o + 2] + gNeg * G[o + 3];
      calibration[gBin[g]] += gPos * G[o + 4] - gNeg * G[o + 5];
      area += gNeg * (cumTp + gPos / 2);
      cumTp += gPos;
      cumFp += gNeg;
      apSum += gPos * cumTp / Math.max(cumTp + cumFp, 1);
    }
    return finish(predPos, tp, total, cumTp, area, apSum, logLossSum, brierSum);
  };
  const finish = (predPos, tp, total, positives, area, apSum, logLossSum, brierSum) => {
    let eceSum = 0;
    for (let b = 0; b < ECE_BINS; b++) eceSum += Math.abs(calibration[b]);
    const fp = predPos - tp;
    return {
      n: total,
      tp,
      fp,
      tn: total - positives - fp,
      fn: positives - tp,
      hasScore: score !== null,
      area,
      apSum,
      logLossSum,
      brierSum,
      eceSum
    };
  };
  const endWeight = new Int32Array(mode === "scatter" ? 0 : groups);
  const endPositive = new Int32Array(mode === "scatter" ? 0 : groups);
  const sums = new Float64Array(SUMS);
  const sequential = (counts2) => {
    rowPass(counts2, code, n, endWeight, endPositive, sums);
    groupPass(groups, endWeight, endPositive, G, gBin, calibration, sums);
    return finish(
      sums[PRED_POS],
      sums[TP],
      sums[TOTAL],
      sums[CUM_TP],
      sums[AREA],
      sums[AP_SUM],
      sums[LOG_LOSS],
      sums[BRIER]
    );
  };
  return {
    rows: n,
    accumulate(counts2) {
      if (mode === "sequential") return sequential(counts2);
      if (mode === "gather") {
        gatherCounts(counts2, order, scratch, n);
        return sequential(scratch);
      }
      scatterPass(counts2, rowCode, rowGroup, n, gWeight, gPositive, sums);
      return fromGroups(sums[PRED_POS], sums[TP]);
    }
  };
}
var PRED_POS = 0;
var TP = 1;
var TOTAL = 2;
var CUM_TP = 3;
var AREA = 4;
var AP_SUM = 5;
var LOG_LOSS = 6;
var BRIER = 7;
var SUMS = 8;
function rowPass(counts2, code, n, endWeight, endPositive, sums) {
  let predPos = 0;
  let tp = 0;
  let runW = 0;
  let runP = 0;
  let g = 0;
  for (let i = 0; i < n; i++) {
    const w = counts2[i];
    const c = code[i];
    const p = c & 1;
    const wy = w * (c >> 1 & 1);
    runW += w;
    runP += wy;
    predPos += w * p;
    tp += wy * p;
    endWeight[g] = runW;
    endPositive[g] = runP;
    g += c >> 2 & 1;
  }
  sums[PRED_POS] = predPos;
  sums[TP] = tp;
}
function groupPass(groups, endWeight, endPositive, G, gBin, calibration, sums) {
  let total = 0;
  let cumTp = 0;
  let cumFp = 0;
  let area = 0;
  let apSum = 0;
  let logLossSum = 0;
  let brierSum = 0;
  calibration.fill(0);
  let prevW = 0;
  let prevP = 0;
  let bin = groups > 0 ? gBin[0] : 0;
  let binSum = 0;
  for (let k = 0, o = 0; k < groups; k++, o += GROUP_STRIDE) {
    const endW = endWeight[k];
    const endP = endPositive[k];
    const gw = endW - prevW | 0;
    const gPos = endP - prevP | 0;
    prevW = endW;
    prevP = endP;
    const gNeg = gw - gPos;
    total += gw;
    logLossSum += gPos * G[o] + gNeg * G[o + 1];
    brierSum += gPos * G[o + 2] + gNeg * G[o + 3];
    const b = gBin[k];
    if (b !== bin) {
      calibration[bin] = binSum;
      bin = b;
      binSum = 0;
    }
    binSum += gPos * G[o + 4] - gNeg * G[o + 5];
    area += gNeg * (cumTp + gPos / 2);
    cumTp += gPos;
    cumFp += gNeg;
    apSum += gPos * cumTp / Math.max(cumTp + cumFp, 1);
  }
  if (groups > 0) calibration[bin] = binSum;
  sums[TOTAL] = total;
  sums[CUM_TP] = cumTp;
  sums[AREA] = area;
  sums[AP_SUM] = apSum;
  sums[LOG_LOSS] = logLossSum;
  sums[BRIER] = brierSum;
}
function gatherCounts(counts2, through, out, n) {
  for (let i = 0; i < n; i++) out[i] = counts2[through[i]];
}
function scatterPass(counts2, rowCode, rowGroup, n, gWeight, gPositive, sums) {
  let predPos = 0;
  let tp = 0;
  gWeight.fill(0);
  gPositive.fill(0);
  for (let r = 0; r < n; r++) {
    const w = counts2[r];
    const c = rowCode[r];
    const p = c & 1;
    const wy = w * (c >> 1);
    const g = rowGroup[r];
    gWeight[g] += w;
    gPositive[g] += wy;
    predPos += w * p;
    tp += wy * p;
  }
  sums[PRED_POS] = predPos;
  sums[TP] = tp;
}

// src/metrics/confusion.ts
function safeDivide(a, b) {
  return b === 0 ? 0 : a / b;
}
function f1FromPR(precision, recall) {
  const denom = precision + recall;
  return denom === 0 ? 0 : 2 * precision * recall / denom;
}
var binaryConfusion = {
  total: (c) => c.tp + c.fp + c.tn + c.fn,
  accuracy: (c) => (c.tp + c.tn) / (c.tp + c.fp + c.tn + c.fn),
  precision: (c) => safeDivide(c.tp, c.tp + c.fp),
  recall: (c) => safeDivide(c.tp, c.tp + c.fn),
  specificity: (c) => safeDivide(c.tn, c.tn + c.fp),
  f1: (c) => f1FromPR(safeDivide(c.tp, c.tp + c.fp), safeDivide(c.tp, c.tp + c.fn)),
  positiveRate: (c) => (c.tp + c.fp) / (c.tp + c.fp + c.tn + c.fn),
  balancedAccuracy(c) {
    const pos = c.tp + c.fn;
    const neg = c.tn + c.fp;
    if (pos > 0 && neg > 0) return (c.tp / pos + c.tn / neg) / 2;
    return pos > 0 ? c.tp / pos : c.tn / neg;
  },
  mcc(c) {
    const n = c.tp + c.fp + c.tn + c.fn;
    const tPos = c.tp + c.fn;
    const tNeg = c.tn + c.fp;
    const pPos = c.tp + c.fp;
    const pNeg = c.tn + c.fn;
    return mccFromSums(
      c.tp + c.tn,
      n,
      tNeg * pNeg + tPos * pPos,
      pNeg * pNeg + pPos * pPos,
      tNeg * tNeg + tPos * tPos
    );
  },
  /** NaN when kappa is undefined (see the file comment) */
  kappa(c) {
    const n = c.tp + c.fp + c.tn + c.fn;
    const expectedOff = ((c.tn + c.fn) * (c.tp + c.fn) + (c.tp + c.fp) * (c.tn + c.fp)) / n;
    return 1 - (c.fp + c.fn) / expectedOff;
  }
};
function mccFromSums(correct, n, dotTP, dotPP, dotTT) {
  const covYtYp = correct * n - dotTP;
  const covYpYp = n * n - dotPP;
  const covYtYt = n * n - dotTT;
  const denom = covYtYt * covYpYp;
  return denom === 0 ? 0 : covYtYp / Math.sqrt(denom);
}
function margins(c) {
  const { k, m } = c;
  const trueSum = new Float64Array(k);
  const predSum = new Float64Array(k);
  const diag = new Float64Array(k);
  let n = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = m[i * k + j];
      trueSum[i] += v;
      predSum[j] += v;
      n += v;
    }
    diag[i] = m[i * k + i];
  }
  return { trueSum, predSum, diag, n };
}
var matrixConfusion = {
  accuracy(g) {
    let correct = 0;
    for (const d of g.diag) correct += d;
    return correct / g.n;
  },
  balancedAccuracy(g) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < g.diag.length; i++) {
      if (g.trueSum[i] > 0) {
        sum += g.diag[i] / g.trueSum[i];
        count++;
      }
    }
    return sum / count;
  },
  /** per-class precision, recall or F1 averaged 'macro' or 'weighted' over the present classes */
  averaged(g, what, average) {
    let sum = 0;
    let weight = 0;
    for (let i = 0; i < g.diag.length; i++) {
      const t = g.trueSum[i];
      const p = g.predSum[i];
      if (t === 0 && p === 0) continue;
      const precision = safeDivide(g.diag[i], p);
      const recall = safeDivide(g.diag[i], t);
      const v = what === "precision" ? precision : what === "recall" ? recall : f1FromPR(precision, recall);
      const w = average === "macro" ? 1 : t;
      sum += w * v;
      weight += w;
    }
    return sum / weight;
  },
  mcc(g) {
    let correct = 0;
    let dotTP = 0;
    let dotPP = 0;
    let dotTT = 0;
    for (let i = 0; i < g.diag.length; i++) {
      correct += g.diag[i];
      dotTP += g.trueSum[i] * g.predSum[i];
      dotPP += g.predSum[i] * g.predSum[i];
      dotTT += g.trueSum[i] * g.trueSum[i];
    }
    return mccFromSums(correct, g.n, dotTP, dotPP, dotTT);
  },
  /** NaN when kappa is undefined */
  kappa(g) {
    const k = g.diag.length;
    let expectedOff = 0;
    let correct = 0;
    for (let i = 0; i < k; i++) {
      correct += g.diag[i];
      for (let j = 0; j < k; j++) if (i !== j) expectedOff += g.predSum[i] * g.trueSum[j] / g.n;
    }
    return 1 - (g.n - correct) / expectedOff;
  }
};

// src/metrics/multiclass.ts
function multiclassKernel(input) {
  const n = input.y.length;
  const k = input.classes.length;
  const { y, pred, proba } = input;
  const logLoss = new Float64Array(n);
  const perClass = [];
  if (proba) {
    for (let i = 0; i < n; i++) logLoss[i] = multiclassLogLossTerm(proba, i, y[i]);
    for (let c = 0; c < k; c++) {
      const order = descendingOrder(proba[c]);
      const positive = new Uint8Array(n);
      for (let i = 0; i < n; i++) positive[i] = y[order[i]] === c ? 1 : 0;
      perClass.push({ order, ends: tieGroupEnds(proba[c], order), positive });
    }
  }
  return {
    rows: n,
    accumulate(counts2) {
      const m = new Float64Array(k * k);
      let total = 0;
      let logLossSum = 0;
      for (let i = 0; i < n; i++) {
        const w = counts2[i];
        if (w === 0) continue;
        m[y[i] * k + pred[i]] += w;
        total += w;
        logLossSum += w * logLoss[i];
      }
      const ovr = perClass.map((c) => rankSums(c.order, c.ends, c.positive, counts2));
      return {
        k,
        m,
        classes: input.classes,
        n: total,
        margins: margins({ k, m }),
        hasProba: proba !== null,
        logLossSum,
        ovr
      };
    }
  };
}

// src/metrics/regression.ts
var MAPE_EPS = 2220446049250313e-31;
function regressionKernel(input) {
  const { y, pred } = input;
  const n = y.length;
  const abs = new Float64Array(n);
  const ape = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.abs(y[i] - pred[i]);
    abs[i] = a;
    const d = Math.abs(y[i]);
    ape[i] = a / (d > MAPE_EPS ? d : MAPE_EPS);
  }
  const order = argsort(abs);
  const sortedAbs = new Float64Array(n);
  for (let i = 0; i < n; i++) sortedAbs[i] = abs[order[i]];
  return {
    rows: n,
    accumulate(counts2) {
      let total = 0;
      let sumAbs = 0;
      let sumSq = 0;
      let sumApe = 0;
      let sumErr = 0;
      let sumY = 0;
      for (let i = 0; i < n; i++) {
        const w = counts2[i];
        if (w === 0) continue;
        const e = pred[i] - y[i];
        total += w;
        sumAbs += w * abs[i];
        sumSq += w * e * e;
        sumApe += w * ape[i];
        sumErr += w * e;
        sumY += w * y[i];
      }
      const mean = sumY / total;
      let ssTot = 0;
      for (let i = 0; i < n; i++) {
        const w = counts2[i];
        if (w === 0) continue;
        const d = y[i] - mean;
        ssTot += w * d * d;
      }
      const lo = Math.floor((total - 1) / 2);
      const hi = Math.floor(total / 2);
      let seen = 0;
      let loValue = NaN;
      let hiValue = NaN;
      let maxAbs = 0;
      for (let i = 0; i < n; i++) {
        const w = counts2[order[i]];
        if (w === 0) continue;
        maxAbs = sortedAbs[i];
        if (seen <= lo && lo < seen + w) loValue = sortedAbs[i];
        if (seen <= hi && hi < seen + w) hiValue = sortedAbs[i];
        seen += w;
      }
      return {
        n: total,
        sumAbs,
        sumSq,
        sumApe,
        sumErr,
        maxAbs,
        medianAbs: (loValue + hiValue) / 2,
        ssTot
      };
    }
  };
}
function r2FromStats(s) {
  if (s.sumSq === 0) return 1;
  if (s.ssTot === 0) return 0;
  return 1 - s.sumSq / s.ssTot;
}

// src/metrics/registry.ts
var ONE_CLASS = "only one class in the target";
var NO_SCORE = "needs a score column";
var NO_PROBA = "needs class probability columns (columns.scores or columns.scores_prefix)";
var ZERO = "set to 0 as scikit-learn does";
var binaryOneClass = (s) => !s.hasScore ? NO_SCORE : s.tp + s.fn === 0 || s.tn + s.fp === 0 ? ONE_CLASS : null;
var binaryNoScore = (s) => s.hasScore ? null : NO_SCORE;
var noPredictedPositives = (s) => s.tp + s.fp === 0 ? `no predicted positives; ${ZERO}` : null;
var noPositives = (s) => s.tp + s.fn === 0 ? `no positive labels; ${ZERO}` : null;
function binaryMetric(def) {
  return { task: "binary", ...def };
}
function multiclassMetric(def) {
  return { task: "multiclass", ...def };
}
function regressionMetric(def) {
  return { task: "regression", ...def };
}
var UNIT = [0, 1];
var SIGNED_UNIT = [-1, 1];
var NON_NEGATIVE = [0, Infinity];
var BINARY_METRICS = [
  binaryMetric({
    id: "accuracy",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: binaryConfusion.accuracy,
    oracle: "sklearn.metrics.accuracy_score(y, pred)"
  }),
  binaryMetric({
    id: "balanced_accuracy",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: binaryConfusion.balancedAccuracy,
    oracle: "sklearn.metrics.balanced_accuracy_score(y, pred)"
  }),
  binaryMetric({
    id: "precision",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: binaryConfusion.precision,
    note: noPredictedPositives,
    oracle: "sklearn.metrics.precision_score(y, pred, pos_label=1)"
  }),
  binaryMetric({
    id: "recall",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: binaryConfusion.recall,
    note: noPositives,
    oracle: "sklearn.metrics.recall_score(y, pred, pos_label=1)"
  }),
  binaryMetric({
    id: "f1",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: binaryConfusion.f1,
    note: (s) => binaryConfusion.precision(s) + binaryConfusion.recall(s) === 0 ? `precision and recall are 0; ${ZERO}` : null,
    oracle: "sklearn.metrics.f1_score(y, pred, pos_label=1)"
  }),
  binaryMetric({
    id: "specificity",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: binaryConfusion.specificity,
    note: (s) => s.tn + s.fp === 0 ? `no negative labels; ${ZERO}` : null,
    oracle: "sklearn.metrics.recall_score(y, pred, pos_label=0)"
  }),
  binaryMetric({
    id: "mcc",
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: "labels",
    compute: binaryConfusion.mcc,
    note: (s) => s.tp + s.fn === 0 || s.tn + s.fp === 0 || s.tp + s.fp === 0 || s.tn + s.fn === 0 ? `target or prediction is constant; ${ZERO}` : null,
    oracle: "sklearn.metrics.matthews_corrcoef(y, pred)"
  }),
  binaryMetric({
    id: "cohen_kappa",
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: "labels",
    compute: binaryConfusion.kappa,
    undefinedReason: (s) => s.tp + s.fn === 0 && s.tp + s.fp === 0 || s.tn + s.fp === 0 && s.tn + s.fn === 0 ? "target and prediction are the same single class (no expected disagreement)" : null,
    oracle: "sklearn.metrics.cohen_kappa_score(y, pred)"
  }),
  binaryMetric({
    id: "roc_auc",
    higherIsBetter: true,
    range: UNIT,
    needs: "scores",
    compute: (s) => s.area / ((s.tp + s.fn) * (s.tn + s.fp)),
    undefinedReason: binaryOneClass,
    oracle: "sklearn.metrics.roc_auc_score(y, score)"
  }),
  binaryMetric({
    id: "pr_auc",
    higherIsBetter: true,
    range: UNIT,
    needs: "scores",
    compute: (s) => s.apSum / (s.tp + s.fn),
    undefinedReason: binaryOneClass,
    oracle: "sklearn.metrics.average_precision_score(y, score)"
  }),
  binaryMetric({
    id: "log_loss",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "scores",
    compute: (s) => s.logLossSum / s.n,
    undefinedReason: binaryNoScore,
    oracle: "sklearn.metrics.log_loss(y, score, eps=1e-15, labels=[0, 1])"
  }),
  binaryMetric({
    id: "brier",
    higherIsBetter: false,
    range: UNIT,
    needs: "scores",
    compute: (s) => s.brierSum / s.n,
    undefinedReason: binaryNoScore,
    oracle: "sklearn.metrics.brier_score_loss(y, score)"
  }),
  binaryMetric({
    id: "ece",
    higherIsBetter: false,
    range: UNIT,
    needs: "scores",
    compute: (s) => s.eceSum / s.n,
    undefinedReason: binaryNoScore,
    oracle: `numpy: ${ECE_BINS} equal-width bins, bin = min(floor(${ECE_BINS}·score), ${ECE_BINS - 1}); Σ n_b/n·|mean(y_b) − mean(score_b)|`
  }),
  binaryMetric({
    id: "positive_rate",
    // neither direction is better; "higher" is recorded only so max_regression has a sign convention
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: binaryConfusion.positiveRate,
    oracle: "numpy.mean(pred == 1)"
  })
];
var noProba = (s) => s.hasProba ? null : NO_PROBA;
function ovrUndefined(s) {
  if (!s.hasProba) return NO_PROBA;
  const absent = s.ovr.findIndex((r) => r.pos === 0);
  if (absent >= 0) return `class '${s.classes[absent] ?? absent}' never occurs in the target`;
  return s.ovr.some((r) => r.neg === 0) ? ONE_CLASS : null;
}
function ovrAuc(s, average) {
  let sum = 0;
  let weight = 0;
  for (const r of s.ovr) {
    const w = average === "macro" ? 1 : r.pos;
    sum += w * r.area / (r.pos * r.neg);
    weight += w;
  }
  return sum / weight;
}
var classWithoutPredictions = (s) => {
  const g = s.margins;
  for (let i = 0; i < g.diag.length; i++) {
    if (g.trueSum[i] > 0 && g.predSum[i] === 0)
      return `a class is never predicted; its precision is ${ZERO}`;
  }
  return null;
};
var MULTICLASS_METRICS = [
  multiclassMetric({
    id: "accuracy",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: (s) => matrixConfusion.accuracy(s.margins),
    oracle: "sklearn.metrics.accuracy_score(y, pred)"
  }),
  multiclassMetric({
    id: "balanced_accuracy",
    higherIsBetter: true,
    range: UNIT,
    needs: "labels",
    compute: (s) => matrixConfusion.balancedAccuracy(s.margins),
    oracle: "sklearn.metrics.balanced_accuracy_score(y, pred)"
  }),
  ...["precision", "recall", "f1"].flatMap(
    (what) => ["macro", "weighted"].map(
      (average) => multiclassMetric({
        id: `${what}_${average}`,
        higherIsBetter: true,
        range: UNIT,
        needs: "labels",
        compute: (s) => matrixConfusion.averaged(s.margins, what, average),
        ...what === "recall" ? {} : { note: classWithoutPredictions },
        oracle: `sklearn.metrics.${what === "f1" ? "f1" : what}_score(y, pred, average='${average}')`
      })
    )
  ),
  multiclassMetric({
    id: "mcc",
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: "labels",
    compute: (s) => matrixConfusion.mcc(s.margins),
    oracle: "sklearn.metrics.matthews_corrcoef(y, pred)"
  }),
  multiclassMetric({
    id: "cohen_kappa",
    higherIsBetter: true,
    range: SIGNED_UNIT,
    needs: "labels",
    compute: (s) => matrixConfusion.kappa(s.margins),
    undefinedReason: (s) => {
      const g = s.margins;
      for (let i = 0; i < g.diag.length; i++) {
        if (g.trueSum[i] === g.n && g.predSum[i] === g.n) {
          return "target and prediction are the same single class (no expected disagreement)";
        }
      }
      return null;
    },
    oracle: "sklearn.metrics.cohen_kappa_score(y, pred)"
  }),
  multiclassMetric({
    id: "log_loss",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "scores",
    compute: (s) => s.logLossSum / s.n,
    undefinedReason: noProba,
    oracle: "sklearn.metrics.log_loss(y, P, eps=1e-15, labels=classes)"
  }),
  multiclassMetric({
    id: "roc_auc_ovr_macro",
    higherIsBetter: true,
    range: UNIT,
    needs: "scores",
    compute: (s) => ovrAuc(s, "macro"),
    undefinedReason: ovrUndefined,
    oracle: "sklearn.metrics.roc_auc_score(y, P, multi_class='ovr', average='macro', labels=classes)"
  }),
  multiclassMetric({
    id: "roc_auc_ovr_weighted",
    higherIsBetter: true,
    range: UNIT,
    needs: "scores",
    compute: (s) => ovrAuc(s, "weighted"),
    undefinedReason: ovrUndefined,
    oracle: "sklearn.metrics.roc_auc_score(y, P, multi_class='ovr', average='weighted', labels=classes)"
  })
];
var REGRESSION_METRICS = [
  regressionMetric({
    id: "mae",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "labels",
    compute: (s) => s.sumAbs / s.n,
    oracle: "sklearn.metrics.mean_absolute_error(y, pred)"
  }),
  regressionMetric({
    id: "mse",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "labels",
    compute: (s) => s.sumSq / s.n,
    oracle: "sklearn.metrics.mean_squared_error(y, pred)"
  }),
  regressionMetric({
    id: "rmse",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "labels",
    compute: (s) => Math.sqrt(s.sumSq / s.n),
    oracle: "sklearn.metrics.mean_squared_error(y, pred, squared=False)"
  }),
  regressionMetric({
    id: "r2",
    higherIsBetter: true,
    range: [-Infinity, 1],
    needs: "labels",
    compute: r2FromStats,
    undefinedReason: (s) => s.n < 2 ? "needs at least 2 rows (scikit-learn returns NaN)" : null,
    note: (s) => s.ssTot === 0 ? `the target is constant; r2 set to ${s.sumSq === 0 ? 1 : 0} as scikit-learn does` : null,
    oracle: "sklearn.metrics.r2_score(y, pred)"
  }),
  regressionMetric({
    id: "mape",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "labels",
    compute: (s) => s.sumApe / s.n,
    oracle: "sklearn.metrics.mean_absolute_percentage_error(y, pred)"
  }),
  regressionMetric({
    id: "median_ae",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "labels",
    compute: (s) => s.medianAbs,
    oracle: "sklearn.metrics.median_absolute_error(y, pred)"
  }),
  regressionMetric({
    id: "max_error",
    higherIsBetter: false,
    range: NON_NEGATIVE,
    needs: "labels",
    compute: (s) => s.maxAbs,
    oracle: "sklearn.metrics.max_error(y, pred)"
  }),
  regressionMetric({
    id: "mean_error",
    // bias: 0 is best; "higher is better" is false so a growing positive bias counts as a worsening
    higherIsBetter: false,
    range: [-Infinity, Infinity],
    needs: "labels",
    compute: (s) => s.sumErr / s.n,
    oracle: "numpy.mean(pred - y)"
  })
];
var METRICS = { binary: BINARY_METRICS, multiclass: MULTICLASS_METRICS, regression: REGRESSION_METRICS };

// src/metrics/inputs.ts
function subsetInput(input, index) {
  switch (input.task) {
    case "binary": {
      const d = input.data;
      return {
        task: "binary",
        data: { y: pick(d.y, index), score: d.score && pick(d.score, index), pred: pick(d.pred, index) }
      };
    }
    case "multiclass": {
      const d = input.data;
      return {
        task: "multiclass",
        data: {
          classes: d.classes,
          y: pick(d.y, index),
          pred: pick(d.pred, index),
          proba: d.proba && d.proba.map((p) => pick(p, index))
        }
      };
    }
    case "regression":
      return {
        task: "regression",
        data: { y: pick(input.data.y, index), pred: pick(input.data.pred, index) }
      };
  }
}
function pick(a, index) {
  const out = new a.constructor(index.length);
  for (let i = 0; i < index.length; i++) out[i] = a[index[i]];
  return out;
}

// src/metrics/bootstrap.ts
function countSampler(rng) {
  let s0 = rng.nextUint32();
  let s1 = rng.nextUint32();
  let s2 = rng.nextUint32();
  let s3 = rng.nextUint32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  return {
    draw(counts2) {
      const n = counts2.length;
      counts2.fill(0);
      if (n === 0) return;
      const threshold = (TWO_32 - n) % n;
      const small = n <= 2097152;
      const nHi = Math.floor(n / 65536);
      const nLo = n % 65536;
      let a0 = s0;
      let a1 = s1;
      let a2 = s2;
      let a3 = s3;
      if (small) {
        for (let k = 0; k < n; ) {
          const x = Math.imul(a1, 5);
          const r = Math.imul(x << 7 | x >>> 25, 9) >>> 0;
          const t = a1 << 9;
          a2 ^= a0;
          a3 ^= a1;
          a1 ^= a2;
          a0 ^= a3;
          a2 ^= t;
          a3 = a3 << 11 | a3 >>> 21;
          const m = r * n;
          const hi = m * INV_TWO_32 | 0;
          if (m - hi * TWO_32 < threshold) continue;
          if (++counts2[hi] === 0) throw new Error(OVERFLOW);
          k++;
        }
      } else {
        for (let k = 0; k < n; ) {
          const x = Math.imul(a1, 5);
          const r = Math.imul(x << 7 | x >>> 25, 9) >>> 0;
          const t = a1 << 9;
          a2 ^= a0;
          a3 ^= a1;
          a1 ^= a2;
          a0 ^= a3;
          a2 ^= t;
          a3 = a3 << 11 | a3 >>> 21;
          const b = r * nHi;
          const bHi = Math.floor(b / 65536);
          const low = (b - bHi * 65536) * 65536 + r * nLo;
          const carry = Math.floor(low * INV_TWO_32);
          if (low - carry * TWO_32 < threshold) continue;
          if (++counts2[bHi + carry] === 0) throw new Error(OVERFLOW);
          k++;
        }
      }
      s0 = a0;
      s1 = a1;
      s2 = a2;
      s3 = a3;
    }
  };
}
var TWO_32 = 4294967296;
var OVERFLOW = "bootstrap: a row was drawn more than 255 times in one resample";
var INV_TWO_32 = 1 / TWO_32;
function prepareJob(job) {
  const { candidate, baseline, segments } = job;
  if (baseline && baseline.task !== candidate.task) throw new Error("evaluateMetrics: task mismatch");
  const n = candidate.data.y.length;
  if (baseline && baseline.data.y.length !== n)
    throw new Error("evaluateMetrics: candidate and baseline rows differ");
  const done = (defs, c, b, s) => ({
    defs,
    rows: n,
    candidate: c,
    baseline: b,
    segments: s
  });
  switch (candidate.task) {
    case "binary": {
      const order = candidate.data.score ? descendingOrder(candidate.data.score) : null;
      const arrange = (t) => order ? subsetInput(t, order) : t;
      const c = arrange(candidate);
      const b = baseline ? arrange(baseline) : null;
      const at = segmentPositions(n, order, segments);
      return done(
        METRICS.binary,
        binaryKernel(c.data),
        b ? binaryKernel(b.data) : null,
        at.map((index) => ({ index, kernel: binaryKernel(subsetInput(c, index).data) }))
      );
    }
    case "multiclass": {
      const at = segmentPositions(n, null, segments);
      return done(
        METRICS.multiclass,
        multiclassKernel(candidate.data),
        baseline?.task === "multiclass" ? multiclassKernel(baseline.data) : null,
        at.map((index) => ({
          index,
          kernel: multiclassKernel(subsetInput(candidate, index).data)
        }))
      );
    }
    case "regression": {
      const at = segmentPositions(n, null, segments);
      return done(
        METRICS.regression,
        regressionKernel(candidate.data),
        baseline?.task === "regression" ? regressionKernel(baseline.data) : null,
        at.map((index) => ({
          index,
          kernel: regressionKernel(subsetInput(candidate, index).data)
        }))
      );
    }
  }
}
function runResamples(prepared, seed, series, claim, finished) {
  const { defs, rows: n, candidate, baseline, segments } = prepared;
  const m = defs.length;
  if (n === 0) return;
  const counts2 = new Uint8Array(n);
  const segCounts = segments.map((s) => new Uint8Array(s.index.length));
  for (let b = claim(); b >= 0; b = claim()) {
    drawResample(seed, b, counts2);
    const sc = candidate.accumulate(counts2);
    for (let j = 0; j < m; j++) series.candidate[b * m + j] = metricValue(defs[j], sc);
    if (baseline && series.baseline) {
      const sb = baseline.accumulate(counts2);
      for (let j = 0; j < m; j++) series.baseline[b * m + j] = metricValue(defs[j], sb);
    }
    for (let k = 0; k < segments.length; k++) {
      const { index, kernel } = segments[k];
      const sCounts = segCounts[k];
      for (let j = 0; j < index.length; j++) sCounts[j] = counts2[index[j]];
      const ss = kernel.accumulate(sCounts);
      const out = series.segments[k];
      for (let j = 0; j < m; j++) out[b * m + j] = metricValue(defs[j], ss);
    }
    finished(b);
  }
}
function segmentPositions(n, order, segments) {
  if (segments.length === 0) return [];
  let position = null;
  if (order) {
    position = new Int32Array(n);
    for (let i = 0; i < n; i++) position[order[i]] = i;
  }
  return segments.map((rows) => {
    const out = new Int32Array(rows.length);
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j];
      if (!(r >= 0 && r < n)) throw new Error(`evaluateMetrics: segment row ${r} outside [0, ${n})`);
      out[j] = position ? position[r] : r;
    }
    return out.sort();
  });
}
function drawResample(seed, r, counts2) {
  countSampler(createRng((seed ^ Math.imul(r + 1, 2654435769)) >>> 0)).draw(counts2);
}
function metricValue(def, s) {
  if (def.undefinedReason && def.undefinedReason(s) !== null) return NaN;
  return def.compute(s);
}

// src/metrics/worker.ts
var STATE = { IDLE: 0, RUNNING: 1, DONE: 2, FAILED: 3, ABANDONED: 4 };
var NEXT = 0;
var STATE_SLOT = 1;
function runWorker(data2) {
  const control = new Int32Array(data2.control);
  const done = new Uint8Array(data2.done);
  try {
    const prepared = prepareJob(data2.job);
    if (Atomics.compareExchange(control, data2.slot, STATE.IDLE, STATE.RUNNING) !== STATE.IDLE) return;
    const R = Math.max(0, Math.floor(data2.job.resamples));
    const series = {
      resamples: R,
      candidate: new Float64Array(data2.candidate),
      baseline: data2.baseline ? new Float64Array(data2.baseline) : null,
      segments: data2.segments.map((s) => new Float64Array(s))
    };
    const claim = () => {
      const b = Atomics.add(control, NEXT, 1);
      return b < R ? b : -1;
    };
    runResamples(prepared, data2.job.seed, series, claim, (b) => Atomics.store(done, b, 1));
    Atomics.store(control, data2.slot, STATE.DONE);
  } catch {
    Atomics.compareExchange(control, data2.slot, STATE.IDLE, STATE.FAILED);
    Atomics.compareExchange(control, data2.slot, STATE.RUNNING, STATE.FAILED);
  }
  Atomics.notify(control, data2.slot);
}
var data = workerData;
if (data && typeof data === "object" && "control" in data) runWorker(data);
export {
  NEXT,
  STATE,
  STATE_SLOT,
  runWorker
};
