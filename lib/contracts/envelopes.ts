import type { X2jOptions } from 'fast-xml-parser';
import { readContractJson } from './load.ts';
import type { AnswerKind, AnswerOutcome, Format } from './types.ts';

/** contracts/envelopes/answers.json: each answer kind's schema file per format (relative to contracts/envelopes/). */
export interface AnswerKindEntry extends Record<Format, string> {
  outcome: AnswerOutcome;
  /** A loose schema per format: the kind an answer is trying to be, even when its envelope is broken. */
  shape: Record<Format, Record<string, unknown>>;
}

export interface AnswerSchemaIndex {
  description: string;
  /** In the order kinds are tried. */
  kinds: Record<AnswerKind, AnswerKindEntry>;
  /** Lines of the seed's example bodies that are placeholders ("..."), not content. */
  placeholderLine: string;
}

export interface XmlParserOptionsFile {
  description: string;
  options: Record<string, string | boolean>;
  arrayPaths: string[];
}

/** contracts/envelopes/xml/document.json: rules on an XML answer's raw text that a parse cannot see. */
export interface XmlDocumentRules {
  description: string;
  declaration: {
    required: boolean;
    pattern: string;
    patternFlags: string;
    version: string;
    encoding: string;
    encodingCaseInsensitive: boolean;
    requirements: string[];
  };
  bodyEncoding: { charset: string; rule: string; requirements: string[] };
  nonLatin1: { rule: string; maxLiteralCodePoint: number; requirements: string[] };
  escaping: { rule: string; requirements: string[] };
}

export function loadAnswerSchemaIndex(): AnswerSchemaIndex {
  return readContractJson<AnswerSchemaIndex>('envelopes/answers.json');
}

/** The envelope schema of an answer kind in a format, as stored. */
export function loadEnvelopeSchema(kind: AnswerKind, format: Format): Record<string, unknown> {
  return readContractJson<Record<string, unknown>>(`envelopes/${loadAnswerSchemaIndex().kinds[kind][format]}`);
}

export function loadXmlParserOptionsFile(): XmlParserOptionsFile {
  return readContractJson<XmlParserOptionsFile>('envelopes/xml/parser-options.json');
}

/** fast-xml-parser options every XML reader uses: the stored options plus `isArray` built from `arrayPaths`. */
export function loadXmlParserOptions(): X2jOptions {
  const file = loadXmlParserOptionsFile();
  const arrayPaths = new Set(file.arrayPaths);
  return {
    ...file.options,
    isArray: (_tagName, jPath) => typeof jPath === 'string' && arrayPaths.has(jPath),
  } as X2jOptions;
}

export function loadXmlDocumentRules(): XmlDocumentRules {
  return readContractJson<XmlDocumentRules>('envelopes/xml/document.json');
}
