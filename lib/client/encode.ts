/** Form/query encoding of ordered pairs: repeated keys stay repeated, order is kept. */
export function encodePairs(params: ReadonlyArray<readonly [string, string]>): string {
  return params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
}
