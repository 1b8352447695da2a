import type { StoredPassword } from './password.ts';

export interface Customer {
  username: string;
  /**
   * Text fields by name: the listed ones under their list name, the others (company, package...) under the parameter
   * name.
   */
  fields: Map<string, string>;
  /** Repeated parameters (`ip`, `ip_group`), by name without `[]`. */
  lists: Map<string, string[]>;
  password?: StoredPassword;
}
