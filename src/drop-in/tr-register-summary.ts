/** The one-widget drop-in file for <tr-register-summary>, with the bundled register as its default. */
import '../default-register.js';

export * from '../components/register-summary/register-summary.js';
