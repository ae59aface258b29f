/**
 * Runs `task` over `items`, at most `limit` at a time, each item once, starting them in order; rejects with the first
 * failure (items already started finish). For work that waits on another thread or process (sharp, Pagefind) while
 * the next item is prepared.
 * @example await eachLimited(files, 4, async (file) => send(file))
 */
export async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
