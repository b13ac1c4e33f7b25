/**
 * X-axis tick label for multiples of the poverty line: "0.5×", "2×", and at
 * 1 a second line "poverty line", kept under the tick so it never collides
 * with its neighbours. Drawn at the tick, below the axis (see BottomAxis).
 */
import { i18n } from '../../i18n/index';
import { svgText } from './lang';
import { ratioLabel } from './data/distribution';
import { TICK } from './axis';
import { TICK_SIZE } from './plot/layout';

const FIRST = TICK_SIZE + 3 + TICK.fontSize;

export function RatioTick({ value }: { value: number }) {
  const atLine = value === 1;
  return (
    <>
      <text y={FIRST} textAnchor="middle" {...TICK} fontWeight={atLine ? 600 : 400}>
        {ratioLabel(value)}
      </text>
      {atLine && (
        <text y={FIRST + 16} textAnchor="middle" {...TICK}>
          {svgText(i18n.t('charts:distribution.povertyLineTick'))}
        </text>
      )}
    </>
  );
}
