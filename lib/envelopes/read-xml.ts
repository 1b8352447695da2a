import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { loadXmlDocumentRules, loadXmlParserOptions } from '../contracts/envelopes.ts';
import type { Read } from './read-json.ts';

const latin1 = new TextDecoder('latin1');
let reader:
  | { parser: XMLParser; declaration: RegExp; declarationRequirements: string[]; wellFormedRequirements: string[] }
  | undefined;

function xmlReader(): NonNullable<typeof reader> {
  if (reader) return reader;
  const rules = loadXmlDocumentRules();
  reader = {
    parser: new XMLParser(loadXmlParserOptions()),
    declaration: new RegExp(rules.declaration.pattern, rules.declaration.patternFlags),
    declarationRequirements: rules.declaration.requirements,
    wellFormedRequirements: rules.escaping.requirements,
  };
  return reader;
}

/** Decodes the bytes as ISO-8859-1 (every byte is the code point of the same value). */
export function decodeLatin1(body: Uint8Array): string {
  return latin1.decode(body);
}

/**
 * An XML answer: the declaration and encoding rules of document.json on the raw text, then the
 * parse with the contract's parser options (numeric character references decoded).
 */
export function readXml(body: Uint8Array): Read {
  const { parser, declaration, declarationRequirements, wellFormedRequirements } = xmlReader();
  const text = decodeLatin1(body);
  const problems: Read['problems'] = [];
  if (!declaration.test(text)) {
    for (const requirement of declarationRequirements)
      problems.push({
        requirement,
        message: `the XML answer does not start with the declaration ${declaration.source}`,
      });
  }
  const wellFormed = XMLValidator.validate(text);
  if (wellFormed !== true) {
    for (const requirement of wellFormedRequirements)
      problems.push({
        requirement,
        message: `the XML answer is not well formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`,
      });
    return { value: undefined, problems };
  }
  return { value: parser.parse(text), problems };
}
