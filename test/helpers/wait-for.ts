/**
 * Polls `read` every 20 ms until it returns something truthy, and returns
 * that; fails with "timed out waiting for <what>" after `ms` milliseconds.
 *
 * The deadline is read from the clock at each poll rather than set as a
 * timer, so a test page running in the background (where timers are
 * throttled) still waits the whole time before it gives up.
 */
export async function waitFor<T>(read: () => T | null | undefined | false, what: string, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what} (${ms} ms)`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
