/**
 * Results remembered per object: list pages and detail pages ask the same question of the same content arrays thousands
 * of times in a build (the filter navigation of every list page groups all stories). The object is held weakly, so a
 * test's or a build's arrays are not kept alive by the cache. The object must not change after the first call.
 */

/**
 * `fn` with its results remembered per first argument (by identity) and second argument (by value).
 * @example const count = memoPerObject((list: number[], min: number) => list.filter((n) => n >= min).length);
 * count(list, 2); count(list, 2); // the second call returns the first result without filtering again
 */
export function memoPerObject<O extends object, K, R>(fn: (object: O, key: K) => R): (object: O, key: K) => R {
  const results = new WeakMap<O, Map<K, R>>();
  return (object, key) => {
    let byKey = results.get(object);
    if (!byKey) results.set(object, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, fn(object, key));
    return byKey.get(key) as R;
  };
}

/**
 * `fn` with its result remembered per argument (by identity), held weakly.
 * @example const table = memoByObject((content: SiteContent) => translationTable(content)); // read once per build
 */
export function memoByObject<O extends object, R>(fn: (object: O) => R): (object: O) => R {
  const results = new WeakMap<O, R>();
  return (object) => {
    if (!results.has(object)) results.set(object, fn(object));
    return results.get(object) as R;
  };
}
