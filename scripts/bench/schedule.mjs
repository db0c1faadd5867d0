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

/**
 * [{ round, col, warmup }] for `warmup` dropped rounds and then `iterations` measured ones.
 * The rounds cycle through all orders of the columns: a plain rotation keeps the cyclic order
 * (one column always loads right after the same other one), which measurably biases heap
 * readings (~3.7 KiB) toward whichever column follows adapter.js.
 */
export function schedule(cols, { warmup, iterations }) {
  const orders = permutations(cols);
  const out = [];
  for (let r = 0; r < warmup + iterations; r++) {
    const order = orders[r % orders.length];
    for (const col of order) out.push({ round: r, col, warmup: r < warmup });
  }
  return out;
}
