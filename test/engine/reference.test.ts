// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameterReference } from '../../src/engine/scenario/reference';
import { SCENARIO_SPEC } from '../../src/engine/index';

describe('docs/parameters.md', () => {
  it('is up to date with the parameter specs (run `npm run docs:params` after changing a spec)', () => {
    const committed = readFileSync(new URL('../../docs/parameters.md', import.meta.url), 'utf8');
    expect(committed).toBe(parameterReference());
  });

  it('lists every parameter', () => {
    const text = parameterReference();
    for (const [group, specs] of Object.entries(SCENARIO_SPEC)) for (const key of Object.keys(specs)) expect(text).toContain(`\`${group}.${key}\``);
  });
});
