/**
 * Number formatting for people: at most three significant digits, with units
 * spelled out. Null (undefined, e.g. cost per exit with no exits) shows as "–".
 */

const sig3 = (x: number): string => {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0, maximumSignificantDigits: 3 });
};

/** 1234567 → "1.23 m", 850 → "850", 25300 → "25,300". */
export function formatCount(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const abs = Math.abs(x);
  if (abs >= 1e9) return `${sig3(x / 1e9)} bn`;
  if (abs >= 1e6) return `${sig3(x / 1e6)} m`;
  if (abs >= 1e4) return `${sig3(x / 1e3)}k`;
  return sig3(Math.round(x));
}

/** Rupees: 1.2e11 → "Rs 120 bn", 2.5e7 → "Rs 25 m", 35800 → "Rs 35,800". */
export function formatPKR(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const sign = x < 0 ? '−' : '';
  const abs = Math.abs(x);
  if (abs >= 1e9) return `${sign}Rs ${sig3(abs / 1e9)} bn`;
  if (abs >= 1e6) return `${sign}Rs ${sig3(abs / 1e6)} m`;
  if (abs >= 1e4) return `${sign}Rs ${Math.round(abs).toLocaleString('en-US', { maximumSignificantDigits: 3 })}`;
  return `${sign}Rs ${Math.round(abs).toLocaleString('en-US')}`;
}

/**
 * Rupees to three significant digits at every size: 5408 → "Rs 5,410"
 * (monthly consumption per adult-equivalent). formatPKR keeps amounts under
 * Rs 10,000 whole, because some are quoted as published (the poverty line).
 */
export function formatPKRRounded(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (Math.abs(x) >= 1e4) return formatPKR(x);
  const sign = x < 0 ? '−' : '';
  return `${sign}Rs ${Number(Math.abs(x).toPrecision(3)).toLocaleString('en-US')}`;
}

/** A plain number to three significant digits: 6.765 → "6.77". */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return sig3(x).replace('-', '−');
}

/** Shares in [0, 1] as percentages: 0.2191 → "21.9%". */
export function formatShare(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return `${sig3(x * 100)}%`;
}

/** Change in a share, in percentage points: −0.0123 → "−1.23 pts". */
export function formatPoints(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  const s = sig3(Math.abs(x * 100));
  return `${x < 0 ? '−' : x > 0 ? '+' : ''}${s} pts`;
}

/**
 * A relative change (ratio − 1) as a signed percentage with one decimal
 * below 100% (so a column of them lines up) and three significant digits
 * at most: 0.0693 → "+6.9%", 0.04 → "+4.0%", −0.1426 → "−14.3%",
 * 2.4567 → "+246%". Exactly 0 reads "0%"; a change that rounds to zero, "0.0%".
 */
export function formatChange(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  if (x === 0) return '0%';
  const pct = Math.abs(x) * 100;
  const text = pct < 99.95 ? pct.toFixed(1) : Number(pct.toPrecision(3)).toLocaleString('en-US');
  return `${text === '0.0' ? '' : x < 0 ? '−' : '+'}${text}%`;
}

/** A signed count: +1.2 m / −340k. */
export function formatSignedCount(x: number | null | undefined): string {
  if (x === null || x === undefined || !Number.isFinite(x)) return '–';
  return `${x > 0 ? '+' : x < 0 ? '−' : ''}${formatCount(Math.abs(x))}`;
}

export type Formatter = (x: number | null | undefined) => string;
