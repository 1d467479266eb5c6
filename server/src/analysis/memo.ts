// Results remembered per input, for the look-ups that every word or name of a corpus repeats (list keys,
// folded names, file labels). Bounded: past the capacity the memory starts afresh, so a workspace of many
// articles never grows it without end.

export function remembered<V>(compute: (input: string) => V, capacity = 100000): (input: string) => V {
  const results = new Map<string, V>();
  return (input) => {
    const known = results.get(input);
    if (known !== undefined || results.has(input)) return known as V;
    const value = compute(input);
    if (results.size >= capacity) results.clear();
    results.set(input, value);
    return value;
  };
}
