import { expect, test } from '@playwright/test';
import { loadRequirements } from '../../lib/contracts/load.ts';
import { startEmulator, type Switches } from '../server.ts';

/** An observation through the API; it differs when the switch it was written for is on. */
export type Probe = (url: string) => Promise<unknown>;

/** A defect or a reading as a catalogue lists it. */
export interface Catalogued {
  name: string;
  description: string;
}

/**
 * A catalogue's entries each have a probe, a description and requirement IDs (`idsOf`: what a defect
 * breaks, what a reading allows) that the register holds.
 */
export function expectCatalogued<T extends Catalogued>(
  entries: readonly T[],
  idsOf: (entry: T) => readonly string[],
  probes: Readonly<Record<string, Probe>>,
): void {
  expect(entries.map((entry) => entry.name).sort()).toEqual(Object.keys(probes).sort());
  const register = loadRequirements();
  for (const entry of entries) {
    expect(entry.description.length, entry.name).toBeGreaterThan(20);
    expect(idsOf(entry).length, entry.name).toBeGreaterThan(0);
    for (const id of idsOf(entry)) expect(register.has(id), `${entry.name}: ${id}`).toBe(true);
  }
}

/**
 * One test per switch: its probe observes something else with the switch on than on an emulator without
 * it; and one test that each probe observes the same thing twice without it, so that a difference comes
 * from the switch. `label` names the switch in the titles ("defect", "reading").
 */
export function probeTests(kind: keyof Switches, label: string, probes: Readonly<Record<string, Probe>>): void {
  for (const [name, probe] of Object.entries(probes)) {
    test(`${label} ${name} changes what the API answers`, async () => {
      const without = await startEmulator({ port: 0 });
      const switched = await startEmulator({ port: 0, [kind]: [name] });
      try {
        const expected = await probe(without.url);
        expect(await probe(switched.url)).not.toEqual(expected);
      } finally {
        await Promise.all([without.close(), switched.close()]);
      }
    });
  }

  test(`each ${label} probe observes the same thing twice without the switch: a difference comes from it`, async () => {
    const without = await startEmulator({ port: 0 });
    try {
      for (const [name, probe] of Object.entries(probes))
        expect(await probe(without.url), name).toEqual(await probe(without.url));
    } finally {
      await without.close();
    }
  });
}
