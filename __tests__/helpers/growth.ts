// Linear-time checks without a wall-clock limit. The same work runs at two
// sizes in one process, interleaved, and the fastest of a few runs of each
// is kept: a loaded machine slows both sizes alike, so the ratio says how
// the work grows, whatever the machine's speed. Linear work grows about as
// the size (factor 16 → about 16); quadratic work as its square (→ 256).
// Small inputs measure badly (warm-up, garbage collection, a loaded machine
// lengthens some runs), so the factor is large and the bound generous.
// Speed itself is measured by `npm run bench`, never asserted in a test.
//
// Several stages remember their last input (the gazetteer, the number
// tokenizer): `work` gets a run number, different for every call, so that
// it can make each input differ (a suffix) and nothing is answered from a memo.

/** Ratio of the time of `work(small * factor, run)` to `work(small, run)`. */
export async function growthRatio(work: (size: number, run: number) => unknown, small: number, factor = 16, runs = 5): Promise<number> {
  let run = 0;
  await work(small, run++); // warm the JIT up before anything is measured
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await work(small, run++);
    a = Math.min(a, performance.now() - t0);
    t0 = performance.now();
    await work(small * factor, run++);
    b = Math.min(b, performance.now() - t0);
  }
  return b / Math.max(a, 0.05);
}

/**
 * Upper bound on the ratio for work that is linear: four times the factor
 * (garbage collection and cache misses make large inputs dearer; measured
 * up to 2.5 times on a loaded 2-core machine), a quarter of the square of
 * the factor that quadratic work shows.
 */
export const linearBound = (factor = 16) => 4 * factor;
