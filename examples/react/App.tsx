// React 18 or 19 with TypeScript: the widgets as JSX elements, typed from the package.
// Type-checked by tests/node/framework-types.test.mjs (`tsc -p examples/react`).
import { useEffect, useRef, useState } from 'react';
import 'task-register-widgets'; // defines the elements
import type {} from 'task-register-widgets/react'; // their JSX types: once, in any file the compiler sees
import type { TaskListSelectDetail, TrTaskList } from 'task-register-widgets';

export function PlanProgress() {
  const [units, setUnits] = useState<string[]>(['省教育厅']);
  const [chosen, setChosen] = useState('');
  const list = useRef<TrTaskList>(null);

  // React 18 does not pass functions on to custom elements: listen through a ref (works in 19 too).
  useEffect(() => {
    const element = list.current;
    if (!element) return;
    const onSelect = (event: Event) => setChosen((event as CustomEvent<TaskListSelectDetail>).detail.number);
    element.addEventListener('tr-select', onSelect);
    return () => element.removeEventListener('tr-select', onSelect);
  }, []);

  return (
    <section lang="zh-CN">
      <tr-register-summary as-of="2025-06-30" progress-src="/data/progress.json" />
      <tr-kpi-gauge
        indicator="integration-enterprises"
        progress-src="/data/progress.json"
        as-of="2025-06-30"
        theme="auto"
        // React 19 adds a listener for `on` + the event's name.
        ontr-select={(event) => setChosen(event.detail.taskNumber)}
      />
      <tr-task-list ref={list} units={units} unit-role="lead" sort="deadline" page-size={20} hide-controls="false" />
      <tr-unit-matrix units={units} tasks={['52-60', '73']} color-by="status" orientation="tasks" />
      <tr-deadline-timeline group-by="status" showAnnual={false} from="2022" to="2025" />
      <tr-unit-scorecard unit-role="lead" sort="overdue" order="desc" limit={10} />
      <button type="button" onClick={() => setUnits(['省教育厅', '省人力社保厅'])}>
        加上省人力社保厅
      </button>
      <p>{chosen && `任务${chosen}`}</p>
    </section>
  );
}
