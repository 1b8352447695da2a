import fc from 'fast-check';

/** Items of the caller's account: one, or (for repeated keys) a few distinct ones, possibly none. */
export function accountItems(items: readonly string[], repeated: boolean): fc.Arbitrary<string[]> {
  // A repeated parameter (ip[], ip_group[]) is optional: a profile listing none means none is sent.
  if (items.length === 0 && repeated) return fc.constant([]);
  if (items.length === 0) throw new Error('the target profile lists no items for an account parameter');
  return repeated ? fc.subarray([...items]) : fc.constantFrom(...items).map((item) => [item]);
}
