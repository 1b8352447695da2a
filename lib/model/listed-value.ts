import { loadXmlDocumentRules } from '../contracts/envelopes.ts';
import { loadOperations } from '../contracts/load.ts';
import type { Format, Parameter } from '../contracts/types.ts';

type ListedForm = NonNullable<Parameter['listedForms']>[number];

let formsByField: Map<string, ReadonlySet<ListedForm>> | undefined;

/** The forms a listed field may take (contracts: parameters' listedForms; D25), gathered once. */
function listedForms(field: string): ReadonlySet<ListedForm> {
  formsByField ??= new Map(
    loadOperations()
      .flatMap((operation) => operation.parameters)
      .filter((parameter) => parameter.listedAs !== undefined && parameter.listedForms !== undefined)
      .map((parameter) => [parameter.listedAs!, new Set(parameter.listedForms)]),
  );
  return formsByField.get(field) ?? new Set(['as-sent']);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Whether a listed field shows the value sent, in one of the forms the contracts allow for that field. */
export function listedValueAgrees(field: string, sent: string, listed: string | undefined): boolean {
  if (listed === sent) return true;
  if (listed === undefined) return false;
  return (
    listedForms(field).has('scheme-added') &&
    !SCHEME.test(sent) &&
    (listed === `http://${sent}` || listed === `https://${sent}`)
  );
}

/**
 * The cross-cutting rule that explains a listed value differing from the one sent, when one does:
 * XML text written as UTF-8 bytes under the ISO-8859-1 declaration reads as those bytes' Latin-1
 * characters (characters above U+00FF may still travel as references, or as UTF-8 bytes too).
 */
export function mismatchCause(sent: string, listed: string | undefined, format: Format): string | undefined {
  if (listed === undefined || format !== 'xml' || sent === listed) return undefined;
  const asUtf8Bytes = (limit: number) =>
    [...sent]
      .map((character) =>
        character.codePointAt(0)! >= 0x80 && character.codePointAt(0)! <= limit
          ? Buffer.from(character, 'utf8').toString('latin1')
          : character,
      )
      .join('');
  if (asUtf8Bytes(0xff) !== listed && asUtf8Bytes(0x10ffff) !== listed) return undefined;
  return loadXmlDocumentRules().bodyEncoding.requirements[0];
}
