/** The one-widget drop-in file for <tr-unit-matrix>, with the bundled register as its default. */
import '../default-register.js';

export * from '../components/unit-matrix/unit-matrix.js';
