/**
 * The drop-in file with every widget (`<script src="task-register-widgets.iife.js">`): the widgets,
 * the bundled register as their default, and what a page script needs to work with them. The
 * validator (zod contracts, loading) is not inside: it loads from `tr-validate.js` beside this
 * file when a widget is first given a register or progress data of the page's own, or when a
 * script calls `loadValidation()`.
 */
import '../default-register.js';

export { TrElement, defineElement } from '../components/base/tr-element.js';
export { provideDefaultRegister } from '../components/base/controllers/register.js';
export { groupHub } from '../components/base/controllers/selection.js';
export { loadValidation } from '../components/base/validator.js';
export { TrDashboard } from '../components/dashboard/dashboard.js';
export { TrDeadlineTimeline } from '../components/deadline-timeline/deadline-timeline.js';
export { TrKpiGauge } from '../components/kpi-gauge/kpi-gauge.js';
export { TrRegisterSummary } from '../components/register-summary/register-summary.js';
export { TrTaskList } from '../components/task-list/task-list.js';
export { TrUnitMatrix } from '../components/unit-matrix/unit-matrix.js';
export { TrUnitScorecard } from '../components/unit-scorecard/unit-scorecard.js';
export { bundledRegister } from '../data/bundled.js';
export { TaskRegisterError } from '../data/errors.js';
export * from '../data/selectors.js';
export { taskStatusAt, countStates, taskStates } from '../data/status.js';
