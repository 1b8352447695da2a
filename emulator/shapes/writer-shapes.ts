import type { Format } from '../../lib/contracts/types.ts';
import type { Answer } from '../answers/answer.ts';
import { writeXml, type XmlStyle } from '../answers/xml-writer.ts';
import type { Install } from './install.ts';

type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

/** JSON answers of one kind are written as `body` instead of the documented envelope. */
export function jsonBodyReplaced<K extends Answer['kind']>(kind: K, body: (answer: AnswerOf<K>) => unknown): Install {
  return (parts) => {
    const write = parts.writeJson;
    parts.writeJson = (answer) =>
      answer.kind === kind ? JSON.stringify(body(answer as AnswerOf<K>), null, 2) : write(answer);
  };
}

/** The JSON text of every answer, as the writer before wrote it, passed through `rewrite`. */
export function jsonTextRewritten(rewrite: (text: string) => string): Install {
  return (parts) => {
    const write = parts.writeJson;
    parts.writeJson = (answer) => rewrite(String(write(answer)));
  };
}

/** The XML text of answers of one kind, as the writer before wrote it, passed through `rewrite`. */
export function xmlTextRewritten(kind: Answer['kind'], rewrite: (text: string) => string): Install {
  return (parts) => {
    const write = parts.writeXml;
    parts.writeXml = (answer) => {
      const bytes = write(answer);
      return answer.kind === kind ? Buffer.from(rewrite(bytes.toString('latin1')), 'latin1') : bytes;
    };
  };
}

/** XML answers of one kind have their root element `from` named `to`. */
export function xmlRootRenamed(kind: Answer['kind'], from: string, to: string): Install {
  const tags = new RegExp(`<(\\/?)${from}>`, 'g');
  return xmlTextRewritten(kind, (text) => text.replace(tags, `<$1${to}>`));
}

/** XML answers are written in this style alone, whatever style the parts had. */
export function xmlWrittenWith(style: Partial<XmlStyle>): Install {
  return (parts) => {
    parts.writeXml = (answer) => writeXml(answer, style);
  };
}

/** The standard XML writer takes these style settings (the readings' way of varying it). */
export function xmlStyled(style: Partial<XmlStyle>): Install {
  return (parts) => {
    Object.assign(parts.xmlStyle, style);
  };
}

/** Answers in this format are labelled with this Content-Type. */
export function contentTypeOf(format: Format, contentType: string): Install {
  return (parts) => {
    if (format === 'json') parts.jsonContentType = contentType;
    else parts.xmlContentType = contentType;
  };
}

/** Answers go out with the HTTP status `statusOf` gives, from the answer and the status it had. */
export function statusesFramed(statusOf: (answer: Answer, status: number) => number): Install {
  return (parts) => {
    const frame = parts.frame;
    parts.frame = (answer, format) => {
      const framed = frame(answer, format);
      return { ...framed, status: statusOf(answer, framed.status) };
    };
  };
}
