import { Faker, base, en } from '@faker-js/faker';
import fc from 'fast-check';

const faker = new Faker({ locale: [en, base] });

/** A realistic value from faker, deterministic from fast-check's seed (faker is seeded per value). */
export function fakerValue<T>(produce: (faker: Faker) => T): fc.Arbitrary<T> {
  return fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => {
    faker.seed(seed);
    return produce(faker);
  });
}
