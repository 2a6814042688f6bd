// Numerical building blocks: one function per file, each checked against SciPy/numpy (test/stats).
export * from './random.js';
export * from './sort.js';
export * from './quantile.js';
export * from './searchsorted.js';
export * from './smirnov.js';
export * from './kolmogorov.js';
export * from './ks-two-sample.js';
export * from './gamma.js';
export * from './chi2.js';
export * from './bessel-k.js';
export * from './cramer-von-mises.js';
export * from './normal.js';
export * from './chi2-contingency.js';
export * from './wasserstein.js';
export * from './moments.js';
export * from './argsort.js';
export * from './ranks.js';
