/**
 * Numerical building blocks: pure functions on typed arrays, one concept per file, each checked against
 * SciPy 1.10 / numpy 1.24 reference vectors (scripts/ref_stats.py → test/vectors/stats.json, test/stats).
 *
 *   sort.ts              sortedFinite            radix sort of the finite values (numpy.sort, NaN/±∞ dropped)
 *   argsort.ts           argsort                 stable radix argsort (numpy.argsort kind='stable')
 *   ranks.ts             averageRanks            scipy.stats.rankdata(method='average')
 *   quantile.ts          quantileSorted          numpy.quantile (method='linear')
 *   searchsorted.ts      searchsortedLeft/Right  numpy.searchsorted
 *   moments.ts           mean, populationStd     numpy.mean, numpy.std (ddof=0)
 *   ks-two-sample.ts     ksTwoSample             scipy.stats.ks_2samp (two-sided, auto/exact/asymp)
 *   ks-wasserstein.ts    ksWassersteinSorted     KS statistic + W₁ from one merge
 *   kolmogorov.ts        kolmogorovSf            scipy.stats.kstwo.sf; kolmogorovLimitSf = special.kolmogorov
 *   smirnov.ts           smirnovSf               scipy.special.smirnov
 *   cramer-von-mises.ts  cramerVonMisesTwoSample scipy.stats.cramervonmises_2samp
 *   bessel-k.ts          besselKScaled           scipy.special.kve
 *   gamma.ts             gammaP, gammaQ, lnGamma scipy.special.gammainc / gammaincc / gammaln
 *   chi2.ts              chi2Sf                  scipy.stats.chi2.sf
 *   chi2-contingency.ts  chi2TwoRow              scipy.stats.chi2_contingency(correction=False), 2 × K
 *   normal.ts            normalSf, normalCdf     scipy.stats.norm.sf / cdf
 *   wasserstein.ts       wassersteinSorted       scipy.stats.wasserstein_distance
 *   random.ts            createRng               seeded xoshiro128** (no SciPy counterpart)
 */
export * from './random.js';
export * from './sort.js';
export * from './argsort.js';
export * from './ranks.js';
export * from './quantile.js';
export * from './searchsorted.js';
export * from './moments.js';
export * from './ks-two-sample.js';
export * from './ks-wasserstein.js';
export * from './kolmogorov.js';
export * from './smirnov.js';
export * from './cramer-von-mises.js';
export * from './bessel-k.js';
export * from './gamma.js';
export * from './chi2.js';
export * from './chi2-contingency.js';
export * from './normal.js';
export * from './wasserstein.js';
export * from './cdf-bracket.js';
