/** The one-widget drop-in file for <tr-task-list>, with the bundled register as its default. */
import '../default-register.js';

export * from '../components/task-list/task-list.js';
