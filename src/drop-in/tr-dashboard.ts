/**
 * The module drop-in's chunk for <tr-dashboard>: the dashboard and every widget, defined in one go
 * and in this order, as the file with every widget did. The widgets inside a dashboard then find
 * it (its shared selection) and take its settings (`src`, `progress-src`, `as-of`) before their
 * first render; chunks defined apart could not promise that order.
 */
import '../default-register.js';
import '../components/dashboard/dashboard.js';
import '../components/deadline-timeline/deadline-timeline.js';
import '../components/kpi-gauge/kpi-gauge.js';
import '../components/register-summary/register-summary.js';
import '../components/task-list/task-list.js';
import '../components/unit-matrix/unit-matrix.js';
import '../components/unit-scorecard/unit-scorecard.js';

export { TrDashboard } from '../components/dashboard/dashboard.js';
