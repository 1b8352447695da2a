import type { EmulatorParts } from '../parts.ts';

/** A deliberate deviation the emulator can be started with, to show that the suite catches it. */
export interface Defect {
  name: string;
  description: string;
  /** Requirement IDs a conforming suite must report broken when this defect is on. */
  breaks: string[];
  /** Replaces one part of the emulator with its faulty variant. */
  install(parts: EmulatorParts): void;
}
