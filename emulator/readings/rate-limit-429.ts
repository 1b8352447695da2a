import { httpError } from '../answers/answer.ts';
import type { Reading } from './reading.ts';

const REQUESTS_PER_WINDOW = 40;
const WINDOW_MS = 1_000;
const FORGET_ABOVE = 1_000;
const TOO_MANY = httpError(429, 'Too many requests');

export const rateLimit429: Reading = {
  name: 'rate-limit-429',
  description:
    'at most 40 requests per second per api_user (sliding window); beyond that HTTP 429 with Retry-After: 1 and ' +
    'nothing done, as later v2 endpoints limited requests.',
  allows: ['api.status.no-5xx', 'api.status.errors'],
  install(parts) {
    const [admit, frame] = [parts.admit, parts.frame];
    const recent = new Map<string, number[]>();
    parts.admit = (apiUser) => {
      const turnedAway = admit(apiUser);
      if (turnedAway) return turnedAway;
      const now = Date.now();
      // Callers quiet for a whole window are forgotten, so made-up api_user values cannot pile up.
      if (recent.size > FORGET_ABOVE)
        for (const [user, times] of recent) if ((times.at(-1) ?? 0) <= now - WINDOW_MS) recent.delete(user);
      const times = (recent.get(apiUser ?? '') ?? []).filter((time) => time > now - WINDOW_MS);
      recent.set(apiUser ?? '', times);
      if (times.length >= REQUESTS_PER_WINDOW) return TOO_MANY;
      times.push(now);
      return undefined;
    };
    parts.frame = (answer, format) => {
      const framed = frame(answer, format);
      return answer === TOO_MANY ? { status: 429, headers: { ...framed.headers, 'retry-after': '1' } } : framed;
    };
  },
};
