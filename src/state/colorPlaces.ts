/**
 * Scenario colours that stay put: each scenario's place among the nine
 * scenario colours (ui/charts/palette SCENARIO_COLORS: the baseline's grey,
 * then eight), kept in the workspace while the scenario is open. One
 * exception: a shared comparison opens in its sender's colours (sharedColors),
 * and a scenario of the user's that held one of them moves.
 */

/** Places after the baseline's: SCENARIO_COLORS has this many more (test/state/colorPlaces.test.ts holds them together). */
export const COLOR_PLACES = 8;

/**
 * Each scenario's place among the scenario colours (ui/charts/palette SCENARIO_COLORS), kept while it is open: the baseline's is 0 (grey); every other keeps the
 * one it had in `previous` (a valid place, not the baseline's, not taken by an earlier tab), and one without takes
 * the first free place, in tab order (past eight, the cycle repeats). So removing a scenario recolours none of the
 * others (by tab position, the one after it had taken its colour, and charts and screenshots taken before no longer
 * matched); a new one takes the freed colour. Pure: the same inputs give the same places.
 */
export function settleColors(previous: Readonly<Record<string, number>>, order: readonly string[], baselineId: string): Record<string, number> {
  const out: Record<string, number> = {};
  const places = COLOR_PLACES;
  const taken = new Set<number>();
  for (const id of order) {
    const p = previous[id];
    if (id === baselineId || p === undefined || !Number.isInteger(p) || p < 1 || p > places || taken.has(p)) continue;
    out[id] = p;
    taken.add(p);
  }
  let k = 0;
  for (const id of order) {
    if (id === baselineId) {
      out[id] = 0;
      continue;
    }
    if (id in out) continue;
    let p = 1;
    while (taken.has(p) && p <= places) p++;
    // Every place taken: cycle, as palette's assignColors does.
    if (p > places) p = 1 + (k++ % places);
    out[id] = p;
    taken.add(p);
  }
  return out;
}

/**
 * Colour places after opening a shared comparison: each shared scenario takes the place it had on the sender's
 * screen (`places[k]` for `ids[k]`; one the user already had too, so "the blue line" is blue for both); a scenario
 * of the user's own holding one of those places moves to a free place; every other keeps its own (settleColors: the
 * baseline grey, nothing else recoloured). A scenario shared twice (the same name and contents: one id) keeps the
 * first of its places, and a place claimed twice goes to the first claim; the rest settle as settleColors settles them.
 */
export function sharedColors(
  current: Readonly<Record<string, number>>, ids: readonly string[], places: readonly number[], order: readonly string[], baselineId: string,
): Record<string, number> {
  const claimed = new Map<number, string>();
  ids.forEach((id, k) => {
    const p = places[k];
    if (id !== baselineId && p !== undefined && !claimed.has(p) && ![...claimed.values()].includes(id)) claimed.set(p, id);
  });
  const previous = Object.fromEntries(Object.entries(current).filter(([id, p]) => (claimed.get(p) ?? id) === id));
  for (const [p, id] of claimed) previous[id] = p;
  return settleColors(previous, order, baselineId);
}
