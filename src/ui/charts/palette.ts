/**
 * Colours. Okabe & Ito (2008), "Color Universal Design": eight colours that
 * stay distinct under the common colour-vision deficiencies. Scenarios take
 * them in order. The first (the baseline) is a neutral dark grey rather than
 * Okabe–Ito black: achromatic, so just as safe, but whiskers and labels stay
 * visible on it. Yellow goes last: too little contrast on white for thin lines.
 */
import type { ProgrammeId } from '../../engine/index';

export const OKABE_ITO = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

/** Neutral grey for the baseline. */
export const BASELINE_GREY = '#6E6E6E';

export const SCENARIO_COLORS: readonly string[] = [
  BASELINE_GREY,
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.vermillion,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
  OKABE_ITO.black,
];

/**
 * Colours for scenario ids in the order given; the same id keeps its colour
 * when it appears again. Past nine scenarios the cycle repeats.
 */
export function assignColors(ids: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  let next = 0;
  for (const id of ids) {
    if (id in out) continue;
    out[id] = SCENARIO_COLORS[next % SCENARIO_COLORS.length]!;
    next++;
  }
  return out;
}

/** Colours by scenario id from their places (settleColors). */
export function colorsOf(places: Readonly<Record<string, number>>): Record<string, string> {
  return Object.fromEntries(Object.entries(places).map(([id, p]) => [id, SCENARIO_COLORS[p] ?? SCENARIO_COLORS[0]!]));
}

/** Programmes and unspent money in stacked budget bars; unspent is a quiet grey. */
export const PROGRAMME_COLORS: Record<ProgrammeId | 'unspent', string> = {
  cash: OKABE_ITO.blue,
  stipend: OKABE_ITO.skyBlue,
  microfinance: OKABE_ITO.orange,
  training: OKABE_ITO.bluishGreen,
  farm: OKABE_ITO.yellow,
  admin: OKABE_ITO.reddishPurple,
  unspent: '#C8C8C8',
};

/** Loan ledger: money back is green, money still out is blue, money lost is vermillion. */
export const LEDGER_COLORS = {
  repaid: OKABE_ITO.bluishGreen,
  outstanding: OKABE_ITO.skyBlue,
  writtenOff: OKABE_ITO.vermillion,
} as const;

/** Before/after pairs in one scenario: "before" in grey, "after" in the scenario's colour. */
export const BEFORE_COLOR = '#A8A8A8';
/** "Before" drawn as a dashed outline over the "after" fill: dark enough to read on any scenario colour. */
export const BEFORE_LINE = '#3D3D3D';

/** Lines of the chart furniture: grid, zero and reference lines. */
export const INK = { grid: '#E3E3E3', axis: '#595959', reference: '#333333', muted: '#6B6B6B' } as const;

/**
 * The tornado's two ends. Not scenario colours: its bars had been the palette's blue and orange, the colours of the
 * second and third scenarios, and read as those scenarios. A dark and a light tone of one hue outside Okabe–Ito
 * (Paul Tol's indigo, #332288, and a pale tint of it): the high value darker, as more reads darker; told apart by
 * lightness (CIELAB L 22 and 84), so in greyscale print and under every colour-vision deficiency too (CIEDE2000 ≥ 55
 * between them under Machado et al. 2009's protan, deutan and tritan simulation), and at least 24 from every scenario
 * colour in normal vision. The light bar is outlined in the dark one: its fill alone has too little contrast on white.
 */
export const TORNADO_COLORS = { low: '#D2CCEE', high: '#332288', outline: '#332288' } as const;

/**
 * The Sobol' chart's two indices, for the same reason its own pair, apart from the tornado's: a brown for the
 * first-order index (alone) and a pale sand, outlined in the brown, for the total (with interactions); lightness
 * L 40 and 87, CIEDE2000 ≥ 38 between them under each simulation, at least 19 from every scenario colour in normal
 * vision. The brown is no darker so that the whiskers, in black, still show where they cross it (#333333 on a darker
 * brown all but vanished; a white casing under them split the bar in two).
 */
export const SOBOL_COLORS = { firstOrder: '#7F5539', total: '#E8D9BC', outline: '#7F5539', whisker: '#000000' } as const;
