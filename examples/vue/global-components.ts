// What vue-tsc checks a template against: `<tr-kpi-gauge theme="dark" @tr-select="…">` takes the
// props of the GlobalComponents entry. Type-checked by tests/node/framework-types.test.mjs.
import type { GlobalComponents } from 'vue';
import type {} from 'task-register-widgets/vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const gauge: PropsOf<'tr-kpi-gauge'> = {
  indicator: 'integration-enterprises',
  'as-of': '2025-06-30',
  theme: 'dark',
  onTrSelect: (event) => console.log(event.detail.indicator.id),
};

export const matrix: PropsOf<'tr-unit-matrix'> = { units: ['省教育厅'], 'unit-role': 'lead', 'color-by': 'status' };
