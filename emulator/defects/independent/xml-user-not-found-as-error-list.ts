import { errorList, USER_NOT_FOUND_MESSAGE } from '../../answers/answer.ts';
import type { Defect } from '../defect.ts';

export const xmlUserNotFoundAsErrorList: Defect = {
  name: 'independent-xml-user-not-found-as-error-list',
  description: 'The XML writer has one error template: "User not found" is written as <result><message>error</message><errors><error>User not found</error></errors></result> (JSON is right).',
  breaks: ['enable.answer.user-not-found', 'disable.answer.user-not-found', 'website_enable.answer.user-not-found', 'website_disable.answer.user-not-found'],
  install(parts) {
    const writeXml = parts.writeXml;
    parts.writeXml = (answer) => writeXml(answer.kind === 'user-not-found' ? errorList([USER_NOT_FOUND_MESSAGE]) : answer);
  },
};
