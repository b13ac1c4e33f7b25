/**
 * The bytes of a result file. One function for both writers, so a merge of a
 * sharded run's parts writes exactly the file the unsharded run writes.
 */
import { buildResult, type Accumulator } from '../engine/index';

// JSON.stringify writes NaN and ±Infinity as null, which is the contract for undefined statistics.
export const resultText = (acc: Accumulator): string => `${JSON.stringify(buildResult(acc), null, 2)}\n`;
