// Results remembered per input, for the look-ups that every word or name of a corpus repeats (list keys,
// folded names, file labels). Bounded: past the capacity the memory starts afresh, so a workspace of many
// articles never grows it without end.

// Most look-ups of a word list answer "not there" (undefined): kept as a value of its own, a remembered
// answer takes one look-up of the map, not a second to tell "not there" from "not remembered".
const NOTHING = Symbol('nothing');

export function remembered<V>(compute: (input: string) => V, capacity = 100000): (input: string) => V {
  const results = new Map<string, V | typeof NOTHING>();
  return (input) => {
    const known = results.get(input);
    if (known !== undefined) return (known === NOTHING ? undefined : known) as V;
    const value = compute(input);
    if (results.size >= capacity) results.clear();
    results.set(input, value === undefined ? NOTHING : value);
    return value;
  };
}
