/**
 * Indexes of a heaviest strictly increasing subsequence of `values` (O(n²), n is a count of
 * aligned passages: hundreds at most). Weights let long passages outvote short ones, so
 * the "moved" label falls on the smaller side of a swap.
 */
export function heaviestIncreasing(values: readonly number[], weights: readonly number[]): Set<number> {
  const n = values.length;
  const best = new Float64Array(n);
  const prev = new Int32Array(n).fill(-1);
  let top = -1;
  for (let i = 0; i < n; i++) {
    best[i] = weights[i];
    for (let j = 0; j < i; j++) {
      if (values[j] < values[i] && best[j] + weights[i] > best[i]) {
        best[i] = best[j] + weights[i];
        prev[i] = j;
      }
    }
    if (top < 0 || best[i] > best[top]) top = i;
  }
  const keep = new Set<number>();
  for (let i = top; i >= 0; i = prev[i]) keep.add(i);
  return keep;
}
