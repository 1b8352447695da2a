/** One customer as the model knows it. */
export interface ModelCustomer {
  /** Fields retrieve must list with exactly these values (contract `listedAs` and effect data). */
  listed: Record<string, string>;
  /** Fields a target need not list; where it does, they must have these values (e.g. website_access). */
  listedIfShown: Record<string, string>;
  /** Values the target keeps but never lists (e.g. company): observable only through filters. */
  unlisted: Record<string, string>;
}
