// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatHouseholdsCsv, hasHouseholds, parseHouseholdsCsv, registerHouseholds, sha256Hex, unregisterHouseholds, summariseHouseholds, type HouseholdData } from '../../src/engine/index';

const HEADER = 'household_id,weight,region,area,size,adult_equivalents,consumption_per_ae,livelihood,female_head,elderly_disabled,school_children,skilled';
const ROWS = [
  'a,100,punjab,rural,5,4.2,3000,small_farmer,0,0,1,0',
  'b,50,punjab,urban,2,2,8000,salaried,0,0,0,1',
  'c,200,sindh,rural,4,3.6,3499.99,farm_labourer,1,0,1,0',
  'd,10,sindh,urban,1,1,3500,own_enterprise,0,1,0,0',
];

function parsed(text: string): HouseholdData {
  const p = parseHouseholdsCsv(text);
  expect(p.errors).toEqual([]);
  return p.data;
}

describe('summariseHouseholds(data, line)', () => {
  it('counts weighted households and people and the people-weighted share strictly below the line, by region', () => {
    const s = summariseHouseholds(parsed(`${HEADER}\n${ROWS.join('\n')}\n`), 3500);
    expect(s.rows).toBe(4);
    expect(s.welfareKind).toBe('consumption');
    expect(s.households).toBe(360);
    // people: 100·5 + 50·2 + 200·4 + 10·1 = 1410; below 3500: a (500) and c (800); d sits on the line, not below it.
    expect(s.people).toBe(1410);
    expect(s.headcount).toBeCloseTo(1300 / 1410, 15);
    expect(s.byRegion.map((r) => r.region)).toEqual(['punjab', 'sindh', 'kp', 'balochistan', 'gb', 'ajk', 'ict']);
    expect(s.byRegion[0]).toEqual({ region: 'punjab', rows: 2, households: 150, headcount: 500 / 600 });
    expect(s.byRegion[1]).toEqual({ region: 'sindh', rows: 2, households: 210, headcount: 800 / 810 });
    expect(s.byRegion[2]!.rows).toBe(0);
    expect(s.byRegion[2]!.headcount).toBeNaN();
  });

  it('averages totals over replications when the file holds one population per replication', () => {
    const body = [0, 1].flatMap((r) => ROWS.map((row) => `${row},${r}`));
    const s = summariseHouseholds(parsed(`${HEADER},replication\n${body.join('\n')}\n`), 3500);
    expect(s.rows).toBe(8);
    expect(s.households).toBe(360);
    expect(s.people).toBe(1410);
    expect(s.headcount).toBeCloseTo(1300 / 1410, 15);
  });
});

describe('formatHouseholdsCsv(data)', () => {
  it('round-trips through parseHouseholdsCsv exactly, doubles to the last bit, with every optional column', () => {
    // Each column gets values its bounds allow (VALUE_RULES): welfare from Rs 0.01, savings up to Rs 10 bn, logs within ±10.
    const awkward = [0.1 + 0.2, 1e-300, 1.23456789123456789, Math.PI, 5e-324, 1 / 3];
    const header = `${HEADER},pmt_score,existing_transfer,savings_pkr,loan_status,replication,permanent_log,persistent_log`;
    const rows = awkward.map((x, k) =>
      `"id, ""${k}""",${x * 1000},gb,${k % 2 ? 'urban' : 'rural'},${k + 1},${k + 0.8},${(1 + x) * 7000},salaried,${k % 2},0,1,0,${(x * 100) % 100},${k % 2},${x * 1e9},${['none', 'repaid', 'arrears'][k % 3]},${k},${-x},${x / 7}`);
    const data = parsed(`${header}\n${rows.join('\n')}\n`);
    expect(data.n).toBe(awkward.length);
    const text = formatHouseholdsCsv(data);
    const again = parsed(text);
    expect(again).toEqual(data);
    expect(again.permanentLog![1]).toBe(-1e-300);
    expect(formatHouseholdsCsv(again)).toBe(text);
  });

  it('writes the replication first and only the optional columns the data has', () => {
    const text = formatHouseholdsCsv(parsed(`${HEADER}\n${ROWS[0]}\n`));
    expect(text).toBe(`${HEADER}\n${ROWS[0]}\n`);
  });
});

describe('sha256Hex(bytes)', () => {
  it('gives the standard digest of a string (its UTF-8 bytes) and of bytes', async () => {
    const abc = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
    expect(await sha256Hex('abc')).toBe(abc);
    expect(await sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(abc);
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});

describe('registerHouseholds(sha, data) and unregisterHouseholds(sha)', () => {
  it('keeps every data set registered, however many, until it is unregistered', () => {
    const data = parsed(`${HEADER}\n${ROWS[0]}\n`);
    const shas = Array.from({ length: 6 }, (_, k) => String(k).repeat(64));
    for (const sha of shas) registerHouseholds(sha, data);
    expect(shas.map(hasHouseholds)).toEqual([true, true, true, true, true, true]);
    unregisterHouseholds(shas[0]!);
    unregisterHouseholds('f'.repeat(64));
    expect(shas.map(hasHouseholds)).toEqual([false, true, true, true, true, true]);
    for (const sha of shas) unregisterHouseholds(sha);
  });
});
