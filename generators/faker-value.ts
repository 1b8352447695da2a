import type { Faker, Randomizer } from '@faker-js/faker';
import { faker as englishFaker } from '@faker-js/faker/locale/en';
import fc from 'fast-check';

// faker's default randomizer (Mersenne Twister) costs ~35 µs to seed, and we seed once per value:
// that was a fifth of the suite's CPU per case. mulberry32 seeds for free and is plenty for test data.
function mulberry32(): Randomizer {
  let state = 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) | 0;
      let mixed = Math.imul(state ^ (state >>> 15), state | 1);
      mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32;
    },
    seed(seed) {
      state = (typeof seed === 'number' ? seed : (seed[0] ?? 0)) | 0;
    },
  };
}

// The English entry loads one locale (~35 ms of CPU) where the package's main entry loads all of them
// (~350 ms), in every process that generates: the runner and each worker. Its class and merged
// English definitions build our faker with the cheap randomizer.
const EnglishFaker = englishFaker.constructor as typeof Faker;
const faker = new EnglishFaker({ locale: englishFaker.rawDefinitions, randomizer: mulberry32() });

/** A realistic value from faker, deterministic from fast-check's seed (faker is seeded per value). */
export function fakerValue<T>(produce: (faker: Faker) => T): fc.Arbitrary<T> {
  return fc.integer({ min: 0, max: 2 ** 31 - 1 }).map((seed) => {
    faker.seed(seed);
    return produce(faker);
  });
}
