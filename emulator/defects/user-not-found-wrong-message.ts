import { USER_NOT_FOUND_MESSAGE } from '../answers/answer.ts';
import type { Defect } from './defect.ts';
import { USER_NOT_FOUND_REQUIREMENTS } from './envelope-requirements.ts';

const LATER_WORDING = 'User does not exist';

export const userNotFoundWrongMessage: Defect = {
  name: 'user-not-found-wrong-message',
  description:
    'enable, disable and website_* answer an unknown user with {"message":"User does not exist"} instead of ' +
    '"User not found".',
  breaks: USER_NOT_FOUND_REQUIREMENTS,
  install(parts) {
    const [writeJson, writeXml] = [parts.writeJson, parts.writeXml];
    parts.writeJson = (answer) =>
      answer.kind === 'user-not-found' ? JSON.stringify({ message: LATER_WORDING }, null, 2) : writeJson(answer);
    parts.writeXml = (answer) => {
      const bytes = writeXml(answer);
      if (answer.kind !== 'user-not-found') return bytes;
      return Buffer.from(bytes.toString('latin1').replace(USER_NOT_FOUND_MESSAGE, LATER_WORDING), 'latin1');
    };
  },
};
