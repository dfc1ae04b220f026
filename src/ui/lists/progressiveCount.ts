/** Items a long list mounts per task: a batch mounts and lays out in a few milliseconds. */
export const LIST_BATCH = 150;

/**
 * How many items of a list of `total` to show after `count`: one more batch, or every item
 * (Infinity) once the last batch is in, so that later additions show at once.
 */
export function nextCount(count: number, total: number, batch = LIST_BATCH): number {
  const next = count + batch;
  return next >= total ? Infinity : next;
}
