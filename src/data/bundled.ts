/** The bundled register: Zhejiang's task division table, validated and frozen once. */
import json from './register.json' with { type: 'json' };
import { parseRegister } from './parse.js';
import type { Register } from './schema.js';

let bundled: Register | undefined;

/** The bundled register, parsed on first use (so a page that passes its own never pays for it). */
export function bundledRegister(): Register {
  bundled ??= parseRegister(json);
  return bundled;
}
