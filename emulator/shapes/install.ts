import type { EmulatorParts } from '../parts.ts';

/** What a defect or a reading does to the emulator's parts; the shapes below build one from data. */
export type Install = (parts: EmulatorParts) => void;
