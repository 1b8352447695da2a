import type { Operation } from '../lib/contracts/types.ts';
import type { Violation } from '../lib/rules/types.ts';
import type { Answer } from './answers/answer.ts';
import { writeJson } from './answers/json-writer.ts';
import { refusalAnswer } from './answers/refusal.ts';
import { writeXml } from './answers/xml-writer.ts';
import type { Call, EffectHandlers } from './effects/call.ts';
import { effectHandlers } from './effects/effect-handlers.ts';

/** The pieces the emulator is assembled from at start-up; a defect replaces one of them. */
export interface EmulatorParts {
  /** The validation data, derived from the contracts. */
  operations: Operation[];
  effects: EffectHandlers;
  refuse(call: Call, violations: Violation[]): Answer;
  writeJson(answer: Answer): string;
  writeXml(answer: Answer): Buffer;
}

export function standardParts(contracts: Operation[]): EmulatorParts {
  return {
    operations: structuredClone(contracts),
    effects: effectHandlers(),
    refuse: (_call, violations) => refusalAnswer(violations),
    writeJson,
    writeXml: (answer) => writeXml(answer),
  };
}
