/**
 * task-register-widgets: defines every widget and exports the data API. This is also the entry
 * of the drop-in file (`<script src="task-register-widgets.iife.js">`).
 */
import './default-register.js';

export { TrElement, defineElement, type Size, type TrErrorDetail, type ViewContext } from './components/base/tr-element.js';
export { provideDefaultRegister } from './components/base/controllers/register.js';
export { TrDeadlineTimeline } from './components/deadline-timeline/deadline-timeline.js';
export { TrKpiGauge } from './components/kpi-gauge/kpi-gauge.js';
export { TrUnitMatrix, type UnitMatrixSelectDetail } from './components/unit-matrix/unit-matrix.js';
export { TrRegisterSummary } from './components/register-summary/register-summary.js';
export { TrDashboard } from './components/dashboard/dashboard.js';
export { TrTaskList, type TaskListSelectDetail } from './components/task-list/task-list.js';
export { TrUnitScorecard, type UnitScorecardSelectDetail, type UnitScorecardSortDetail } from './components/unit-scorecard/unit-scorecard.js';
export { groupHub, type Selection, type SelectionChangeDetail } from './components/base/controllers/selection.js';
export { bundledRegister } from './data/bundled.js';
export { TaskRegisterError, type RegisterIssue, type TaskRegisterErrorCode } from './data/errors.js';
export { loadRegister, type LoadOptions } from './data/load.js';
export { parseRegister, upgradeV1 } from './data/schema-v2.js';
export * from './data/selectors.js';
export { parseIsoDate, parseTaskSelection, parseUnitSelection } from './data/query.js';
export type * from './data/model.js';
export { parseProgress, type Progress, type TaskReport, type IndicatorReport, type ParsedProgress } from './data/progress.js';
export { taskStatusAt, countStates, taskStates, type TaskState, type TaskStatus } from './data/status.js';
