/** Browser Web Worker entry for statistics (results and paired differences), off the page's thread. */
import { expose, type Endpoint } from 'comlink';
import { createStatsWorkerApi } from '../src/run/stats';

expose(createStatsWorkerApi(), self as unknown as Endpoint);
