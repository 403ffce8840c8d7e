/** The one-widget drop-in file for <tr-deadline-timeline>, with the bundled register as its default. */
import '../default-register.js';

export * from '../components/deadline-timeline/deadline-timeline.js';
