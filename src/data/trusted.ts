/**
 * Registers already checked: `parseRegister` marks what it returns, and the bundled register is
 * marked without running the schema again. Kept apart from `parse.ts` so that a page showing only
 * the bundled register never loads the validator.
 */
import type { Register } from './model.js';
import type { DeepReadonly } from './schema.js';

const validated = new WeakSet<object>();

/** Freezes a value and everything inside it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Whether a value is a register `parseRegister` returned (so it need not be checked again). */
export function isValidatedRegister(value: unknown): value is Register {
  // A version-1 register is never handed to widgets: parsing upgrades it to version 2.
  return typeof value === 'object' && value !== null && validated.has(value);
}

/**
 * A register checked before it reached the page: frozen and marked validated without running the
 * schema again. Only for the bundled register, which `npm run data` validates when it writes it
 * and the tests prove equal to `parseRegister` of itself; and for what `parseRegister` returns.
 */
export function trustedRegister<T extends object>(checked: T): DeepReadonly<T> {
  const register = deepFreeze(checked);
  validated.add(register);
  return register as DeepReadonly<T>;
}
