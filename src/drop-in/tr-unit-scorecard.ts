/** The one-widget drop-in file for <tr-unit-scorecard>, with the bundled register as its default. */
import '../default-register.js';

export * from '../components/unit-scorecard/unit-scorecard.js';
