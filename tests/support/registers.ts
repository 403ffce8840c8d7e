/** Small registers for tests, built from the bundled one so they stay valid as it grows. */
import { bundledRegister } from '../../src/data/bundled.js';
import type { RegisterInput } from '../../src/data/schema.js';

/** A deep, mutable copy of the bundled register. */
export function registerCopy(): RegisterInput {
  return JSON.parse(JSON.stringify(bundledRegister())) as RegisterInput;
}

/** The bundled register as a JSON string, for `data:` URLs and fake responses. */
export function registerJson(change?: (register: RegisterInput) => void): string {
  const copy = registerCopy();
  change?.(copy);
  return JSON.stringify(copy);
}
