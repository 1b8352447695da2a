import type { EmulatorParts } from '../parts.ts';

/**
 * A liberty the documents or the recorded real service allow a target to take: the mirror of a
 * Defect. A conforming suite passes the emulator with any reading switched on.
 */
export interface Reading {
  name: string;
  description: string;
  /** Requirement IDs whose accepted reading (or documented silence) this liberty exercises. */
  allows: string[];
  /** Replaces one part of the emulator with its liberal variant. */
  install(parts: EmulatorParts): void;
}
