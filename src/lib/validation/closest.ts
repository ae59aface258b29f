/**
 * Edit distance between two short strings (Levenshtein), case-insensitive.
 * @example distance('gliwce', 'gliwice') // 1
 */
export function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let previous = Array.from({ length: y.length + 1 }, (_, index) => index);
  for (let i = 1; i <= x.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= y.length; j += 1)
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)));
    previous = current;
  }
  return previous[y.length]!;
}

/**
 * The candidate a mistyped word most likely meant (at most a third of its letters wrong), or undefined.
 * @example closest('gliwce', ['gliwice', 'tychy']) // 'gliwice'
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance && d > 0) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
