import { expect, test } from '@playwright/test';
import type { Exchange } from '../client/exchange.ts';
import { loadOperation } from '../contracts/load.ts';
import { answerVerdict } from './answer-verdict.ts';
import { judgeAnswer } from './judge.ts';

const disable = loadOperation('disable');
const SUCCESS = '{"message":"success"}';
const ERROR = '{"message":"error","errors":["User not found"]}';

function verdictOf(body: string, status: number, accepted: typeof disable.answers.refusal, about: string[]) {
  const exchange: Exchange = {
    request: { verb: 'GET', url: 'http://target/apiv2/x' },
    status,
    headers: {},
    body: new Uint8Array(Buffer.from(body, 'utf8')),
    durationMs: 1,
    curl: 'curl',
  };
  const verdict = answerVerdict(disable, 'json', judgeAnswer(exchange, 'json', accepted), accepted, about);
  return { violated: [...verdict.violated].sort(), blocked: verdict.onlyBlocked };
}

test('an answer of an accepted kind breaks nothing', () => {
  expect(verdictOf(SUCCESS, 200, ['success'], ['disable.valid.accepted'])).toEqual({ violated: [], blocked: [] });
  expect(verdictOf(ERROR, 400, disable.answers.refusal, ['disable.user.registered'])).toEqual({
    violated: [],
    blocked: [],
  });
});

test('an answer of the other outcome breaks the call own rule', () => {
  expect(verdictOf(ERROR, 400, ['success'], ['disable.valid.accepted'])).toEqual({
    violated: ['disable.valid.accepted'],
    blocked: [],
  });
  expect(verdictOf(SUCCESS, 200, disable.answers.refusal, ['disable.user.registered'])).toEqual({
    violated: ['disable.user.registered'],
    blocked: [],
  });
});

test('a broken envelope of the expected outcome is the envelope requirement, and blocks the call own rule', () => {
  expect(verdictOf('{"message":" Success "}', 200, ['success'], ['disable.valid.accepted'])).toEqual({
    violated: ['disable.answer.success-envelope'],
    blocked: [{ requirement: 'disable.valid.accepted', by: ['disable.answer.success-envelope'] }],
  });
});

test('a 5xx breaks the status rule and blocks every rule of the call', () => {
  expect(verdictOf('oops', 500, disable.answers.refusal, ['disable.user.registered', 'disable.user.format'])).toEqual({
    violated: ['api.status.no-5xx'],
    blocked: [
      { requirement: 'disable.user.registered', by: ['api.status.no-5xx'] },
      { requirement: 'disable.user.format', by: ['api.status.no-5xx'] },
    ],
  });
});

test('a success of the accepted kind without a 2xx status breaks the status rule alone', () => {
  expect(verdictOf(SUCCESS, 400, ['success'], ['disable.valid.accepted'])).toEqual({
    violated: ['api.status.success-2xx'],
    blocked: [],
  });
});
