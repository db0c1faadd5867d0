// The order of the page loads: every round loads each column once, each round in another order.

function permutations(items) {
  if (items.length <= 1) return [items.slice()];
  const out = [];
  items.forEach((item, i) => {
    const rest = items.slice(0, i).concat(items.slice(i + 1));
    for (const tail of permutations(rest)) out.push([item, ...tail]);
  });
  return out;
}

/** A copy of `items` in an order fixed by `seed` (mulberry32 and Fisher-Yates). */
function seededShuffle(items, seed) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * [{ round, col, warmup }] for `warmup` dropped rounds and then `iterations` measured ones.
 * The rounds cycle through all orders of the columns: a plain rotation keeps the cyclic order
 * (one column always loads right after the same other one), which measurably biases heap
 * readings (~3.7 KiB) toward whichever column follows adapter.js.
 */
export function schedule(cols, { warmup, iterations }) {
  // Up to 7 columns (5,040 orders) every order is listed; more (e.g. several --extra columns)
  // would need millions, so each round then takes its own seeded shuffle, which breaks the fixed
  // neighbours just as well and stays the same from run to run.
  const orders = cols.length <= 7 ? permutations(cols) : null;
  const out = [];
  for (let r = 0; r < warmup + iterations; r++) {
    const order = orders ? orders[r % orders.length] : seededShuffle(cols, r + 1);
    for (const col of order) out.push({ round: r, col, warmup: r < warmup });
  }
  return out;
}
