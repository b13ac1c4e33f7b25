// Writes docs/parameters.md from the parameter specs. Run: npm run docs:params
import { writeFileSync } from 'node:fs';
import { parameterReference } from '../src/engine/scenario/reference';

writeFileSync(new URL('../docs/parameters.md', import.meta.url), parameterReference());
