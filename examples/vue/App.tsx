// Vue 3 with TypeScript (TSX render function, e.g. with @vitejs/plugin-vue-jsx): the widgets as
// elements, typed from the package. Type-checked by tests/node/framework-types.test.mjs
// (`tsc -p examples/vue`). In templates, vue-tsc checks the same props through GlobalComponents.
import { defineComponent, ref } from 'vue';
import 'task-register-widgets'; // defines the elements
import type {} from 'task-register-widgets/vue'; // their types for templates and TSX

export default defineComponent(() => {
  const units = ref<string[]>(['省教育厅']);
  const chosen = ref('');
  return () => (
    <section lang="zh-CN">
      <tr-register-summary as-of="2025-06-30" progress-src="/data/progress.json" />
      <tr-kpi-gauge
        indicator="integration-enterprises"
        progress-src="/data/progress.json"
        as-of="2025-06-30"
        theme="auto"
        onTrSelect={(event) => (chosen.value = event.detail.taskNumber)}
      />
      <tr-task-list units={units.value} unit-role="lead" sort="deadline" page-size={20} onTrSelect={(event) => (chosen.value = event.detail.number)} />
      <tr-unit-matrix units={units.value} tasks={['52-60', '73']} color-by="status" orientation="tasks" />
      <tr-deadline-timeline group-by="status" show-annual="false" from="2022" to="2025" />
      <tr-unit-scorecard unit-role="lead" sort="overdue" order="desc" limit={10} />
      <button type="button" onClick={() => (units.value = ['省教育厅', '省人力社保厅'])}>
        加上省人力社保厅
      </button>
      <p>{chosen.value && `任务${chosen.value}`}</p>
    </section>
  );
});
