/**
 * A marker shape per scenario, so lines can be told apart without colour
 * (colour-blind readers, grey print). The shape follows the scenario's colour
 * (SCENARIO_COLORS' order), so a scenario has the same shape in every chart
 * even where some scenarios are left out (e.g. the lending charts).
 */
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolSquare, symbolStar, symbolTriangle, symbolWye, type SymbolType } from 'd3';
import { SCENARIO_COLORS } from '../palette';

const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar, symbolWye, symbolCross];

/** Index of a scenario's shape: by its colour's place in the palette, else by its place in the chart. */
export function shapeIndex(color: string, fallback: number): number {
  const k = SCENARIO_COLORS.findIndex((c) => c.toLowerCase() === color.toLowerCase());
  return (k >= 0 ? k : fallback) % SHAPES.length;
}

/** Svg path of shape `k` centred on 0,0, with `area` in square pixels. */
export function shapePath(k: number, area = 48): string {
  return symbol(SHAPES[k % SHAPES.length]!, area)() ?? '';
}
