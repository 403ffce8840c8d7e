/**
 * Makes the bundled register (Zhejiang's task division table) what widgets show when given
 * neither `register` nor `src`. Imported by every entry point; the widgets themselves and their
 * base never import the bundled register.
 */
import { provideDefaultRegister } from './components/base/controllers/register.js';
import { bundledRegister } from './data/bundled.js';

provideDefaultRegister(bundledRegister);
