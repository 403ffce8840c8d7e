/** The one-widget drop-in file for <tr-kpi-gauge>, with the bundled register as its default. */
import '../default-register.js';

export * from '../components/kpi-gauge/kpi-gauge.js';
