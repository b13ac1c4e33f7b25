// @vitest-environment node
/**
 * docs/validation.json and the table in docs/model.md are written by
 * `npm run validate`. These tests fail as soon as either no longer describes
 * this engine, so neither can go stale silently.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_VERSION, TARGETS, betweenMarkers, defaultsDigest, validationMarkdown, type ValidationFile } from '../../src/engine/index';

const file = JSON.parse(readFileSync(new URL('../../docs/validation.json', import.meta.url), 'utf8')) as ValidationFile;
const doc = readFileSync(new URL('../../docs/model.md', import.meta.url), 'utf8');

describe('docs/validation.json', () => {
  it('was measured by this engine version (run `npm run validate` after changing the engine)', () => {
    expect(file.engineVersion, `docs/validation.json was measured at engine ${file.engineVersion}, the engine is ${ENGINE_VERSION}: run \`npm run validate\``).toBe(ENGINE_VERSION);
  });

  it('was measured with the current defaults (run `npm run validate` after changing a default)', () => {
    expect(file.defaultsDigest, 'the default scenario changed since docs/validation.json was written: run `npm run validate`').toBe(defaultsDigest());
  });

  it('has one row per target, with the target\u2019s status (run `npm run validate` after editing the targets)', () => {
    expect(file.rows.map((r) => r.id), 'targets and docs/validation.json disagree: run `npm run validate`').toEqual(TARGETS.map((t) => t.id));
    for (const t of TARGETS) expect(file.rows.find((r) => r.id === t.id)!.status).toBe(t.status);
  });

  it('was measured at the full size, not with --quick', () => {
    expect(file.households * file.replications, 'docs/validation.json holds a quick run: run the full `npm run validate`').toBeGreaterThanOrEqual(20000 * 40);
  });

  it('is the table in docs/model.md (run `npm run validate -- --docs-only` after editing the targets\u2019 text)', () => {
    expect(betweenMarkers(doc)).toBe(validationMarkdown(file).trim());
  });
});
