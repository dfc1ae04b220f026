/**
 * Runs `job` once the page has a quiet moment (or after `timeoutMs` at the latest): work that may
 * wait, such as saving a big scenario, then stays out of the tasks that draw it.
 */
export function whenIdle(job: () => void, timeoutMs = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(job, { timeout: timeoutMs });
  else setTimeout(job, 0);
}
