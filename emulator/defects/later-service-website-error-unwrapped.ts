import type { OperationId } from '../../lib/contracts/types.ts';
import { escapeXmlText } from '../answers/xml-text.ts';
import { XML_DECLARATION } from '../answers/xml-writer.ts';
import type { Answer } from '../answers/answer.ts';
import { unknownUserAnsweredWith } from '../shapes/refusal-shapes.ts';
import type { Defect } from './defect.ts';
import { LATER_UNKNOWN_USER_MESSAGE } from './later-service-answers.ts';

// The website_* controller renders its own error body, without the "error" wrapper.
const WEBSITE_USER_ERROR: Answer = { kind: 'http-error', status: 200, code: 400, message: LATER_UNKNOWN_USER_MESSAGE };
const WEBSITE_OPERATIONS: OperationId[] = ['website_enable', 'website_disable'];

export const laterServiceWebsiteErrorUnwrapped: Defect = {
  name: 'later-service-website-error-unwrapped',
  description:
    'as the later real service: website_enable and website_disable answer an unknown user with an unwrapped ' +
    '{"code":400,"message":"User does not exist"}.',
  breaks: ['website_enable.answer.user-not-found', 'website_disable.answer.user-not-found'],
  install(parts) {
    unknownUserAnsweredWith(WEBSITE_USER_ERROR, WEBSITE_OPERATIONS)(parts);
    const [writeJson, writeXml] = [parts.writeJson, parts.writeXml];
    parts.writeJson = (answer) =>
      answer === WEBSITE_USER_ERROR
        ? JSON.stringify({ code: 400, message: LATER_UNKNOWN_USER_MESSAGE }, null, 2)
        : writeJson(answer);
    parts.writeXml = (answer) =>
      answer === WEBSITE_USER_ERROR
        ? Buffer.from(
            `${XML_DECLARATION}\n\n<result>\n   <code>400</code>\n` +
              `   <message>${escapeXmlText(LATER_UNKNOWN_USER_MESSAGE)}</message>\n</result>\n`,
            'latin1',
          )
        : writeXml(answer);
  },
};
