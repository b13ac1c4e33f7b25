/** A scenario as a file: the same JSON `npm run sim -- --print-defaults` prints, which `sim --scenario` reads back. */
import type { Scenario } from '../../engine/index';

export const scenarioJson = (scenario: Scenario): string => `${JSON.stringify(scenario, null, 2)}\n`;
