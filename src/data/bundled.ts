/** The bundled register: Zhejiang's task division table, frozen once. */
import json from './register.json' with { type: 'json' };
import { trustedRegister } from './trusted.js';
import type { Register } from './model.js';
import type { RegisterV2Input } from './schema-v2.js';

let bundled: Register | undefined;

/**
 * The bundled register, on first use (so a page that passes its own never pays for it). It is not
 * validated again on every page load: `npm run data` validated it when writing the JSON, and a
 * test proves `parseRegister` accepts it and returns the same value.
 */
export function bundledRegister(): Register {
  bundled ??= trustedRegister(json as RegisterV2Input);
  return bundled;
}
