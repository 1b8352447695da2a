import { expect, test } from '@playwright/test';
import { isProductionHost, productionGuard } from '../../lib/safety/production-guard.ts';
import type { ResolvedTarget } from '../../lib/target/resolve-target.ts';

const target = (baseUrl: string, destructive: boolean) =>
  ({ name: 't', baseUrl, apiUser: 'u', destructive }) as ResolvedTarget;

test('any host on sendgrid.com is production, look-alikes are not', () => {
  expect(isProductionHost('https://sendgrid.com')).toBe(true);
  expect(isProductionHost('https://api.sendgrid.com/')).toBe(true);
  expect(isProductionHost('https://API.SendGrid.com')).toBe(true);
  expect(isProductionHost('https://notsendgrid.com')).toBe(false);
  expect(isProductionHost('https://sendgrid.com.example.org')).toBe(false);
  expect(isProductionHost('http://127.0.0.1:3917')).toBe(false);
});

test('a destructive run against production is refused unless the operator says yes-i-know, then warned loudly', () => {
  expect(() => productionGuard(target('https://api.sendgrid.com', true), {})).toThrow(
    /refusing to run: .*production SendGrid service/,
  );
  expect(() =>
    productionGuard(target('https://api.sendgrid.com', true), { CONFORMANCE_ALLOW_PRODUCTION_WRITES: 'yes' }),
  ).toThrow(/refusing to run/);
  expect(
    productionGuard(target('https://api.sendgrid.com', true), { CONFORMANCE_ALLOW_PRODUCTION_WRITES: 'yes-i-know' }),
  ).toMatch(/WARNING: destructive conformance run against PRODUCTION/);
  expect(productionGuard(target('https://api.sendgrid.com', false), {})).toBeUndefined();
  expect(productionGuard(target('http://127.0.0.1:3917', true), {})).toBeUndefined();
});
