/**
 * The bytes of a result file. One function for every writer — the CLI, a
 * merge of a sharded run's parts, and the browser's Export menu — so they
 * all write exactly the same file for the same result. Browser-safe: it
 * imports only the engine.
 */
import { buildResult, type Accumulator, type RunResult } from '../engine/index';

// JSON.stringify writes NaN and ±Infinity as null, which is the contract for undefined statistics.
export const resultJson = (result: RunResult): string => `${JSON.stringify(result, null, 2)}\n`;

export const resultText = (acc: Accumulator): string => resultJson(buildResult(acc));
