import type { EmulatorParts } from '../parts.ts';

/** A deliberate deviation the emulator can be started with, to show that the suite catches it. */
export interface Defect {
  name: string;
  description: string;
  /** Requirement IDs a conforming suite must report broken when this defect is on. */
  breaks: string[];
  /**
   * Set while the suite does not catch this defect yet, with why (the check it needs): the mutation
   * table shows it as open and the score leaves it out; remove it once a check catches the defect.
   */
  open?: string;
  /**
   * Set when no check through the API can catch this defect without failing a target that an accepted
   * reading allows, with why: shown apart in the mutation table and left out of the score, like `open`.
   */
  uncatchable?: string;
  /** Replaces one part of the emulator with its faulty variant. */
  install(parts: EmulatorParts): void;
}
