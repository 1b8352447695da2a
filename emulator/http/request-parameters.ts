import { BadPercentEncoding, parseForm } from './parse-form.ts';
import { parseMultipart } from './parse-multipart.ts';
import { phpParameters } from './php-parameters.ts';
import { RequestRefusal } from './request-refusal.ts';

const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

/**
 * The one place a request's parameters are read, as PHP reads them: the query string, then on a POST
 * the body when it is form-urlencoded or multipart/form-data (any other body is not read: the query
 * alone counts); then PHP's keys (`phpParameters`). Unreadable input throws RequestRefusal.
 */
export function requestParameters(
  query: string,
  post?: { contentType: string | undefined; body: Buffer },
): Array<[string, string]> {
  try {
    const pairs = parseForm(query);
    if (post) {
      const mediaType = (post.contentType ?? FORM).split(';')[0]?.trim().toLowerCase();
      if (mediaType === FORM) parseForm(post.body.toString('utf8'), pairs);
      else if (mediaType === MULTIPART) parseMultipart(post.body, post.contentType ?? '', pairs);
    }
    return phpParameters(pairs);
  } catch (error) {
    if (error instanceof BadPercentEncoding) throw new RequestRefusal(400, `Bad request: ${error.message}`);
    throw error;
  }
}
