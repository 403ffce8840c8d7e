import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/components/deadline-timeline/deadline-timeline.js';
import { generateRegister } from '../src/data/generate.js';
import sampleProgress from '../demo/progress.sample.json' with { type: 'json' };
import { kindsProgress, kindsRegister } from '../tests/deadline-timeline.fixtures.js';

interface Args {
  lang: string;
  asOf: string;
  from: string;
  to: string;
  groupBy: string;
  units: string;
  unitRole: string;
  showAnnual: string;
  limit: string;
  theme: string;
  src: string;
  /** Not an attribute: a generated register of this many tasks (0 = the bundled one). */
  generatedTasks: number;
  /** Not an attribute: give the sample progress reports (made-up figures, labelled as such). */
  sampleProgress: boolean;
  /** Not an attribute: a small city plan with every kind of deadline and sections, with its own sample reports. */
  everyKind: boolean;
  group: string;
}

const generated = new Map<number, ReturnType<typeof generateRegister>>();
const registerFor = (tasks: number) => {
  if (!tasks) return undefined;
  if (!generated.has(tasks)) generated.set(tasks, generateRegister({ tasks, units: 60 }));
  return generated.get(tasks);
};

const meta = {
  title: 'Widgets/tr-deadline-timeline',
  component: 'tr-deadline-timeline',
  args: {
    lang: 'zh-CN',
    asOf: '2026-11-29',
    from: '',
    to: '',
    groupBy: 'none',
    units: '',
    unitRole: 'all',
    showAnnual: 'true',
    limit: '',
    theme: '',
    src: '',
    generatedTasks: 0,
    sampleProgress: false,
    everyKind: false,
    group: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    asOf: { name: 'as-of', control: 'text' },
    groupBy: { name: 'group-by', control: 'inline-radio', options: ['none', 'lead', 'deadline', 'status', 'section'] },
    unitRole: { control: 'inline-radio', options: ['all', 'lead', 'responsible', 'participant'] },
    showAnnual: { name: 'show-annual', control: 'inline-radio', options: ['true', 'false'] },
    limit: { control: 'text' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    generatedTasks: { name: 'generated register (tasks)', control: { type: 'number', min: 0, step: 500 } },
  },
  render: (args) =>
    html`${args.sampleProgress || args.everyKind
        ? html`<p lang=${args.lang}>${args.lang === 'en' ? 'Sample figures, made up to show the widget: not real progress reports.' : '示例数据：为演示组件编造，并非真实进展报告。'}</p>`
        : nothing}
      <tr-deadline-timeline
      lang=${args.lang}
      as-of=${args.asOf}
      from=${args.from}
      to=${args.to}
      group-by=${args.groupBy}
      units=${args.units}
      unit-role=${args.unitRole}
      show-annual=${args.showAnnual}
      limit=${args.limit}
      theme=${args.theme}
      src=${args.src}
      group=${args.group}
      .register=${args.everyKind ? kindsRegister() : registerFor(args.generatedTasks)}
      .progress=${args.everyKind ? kindsProgress() : args.sampleProgress ? sampleProgress : undefined}
    ></tr-deadline-timeline>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const GroupedByLead: Story = { name: 'Grouped by lead unit', args: { groupBy: 'lead', asOf: '2023-06-30' } };
export const GroupedByDeadline: Story = { name: 'Grouped by deadline', args: { groupBy: 'deadline', asOf: '2025-06-30' } };
export const GroupedByStatus: Story = { name: 'Grouped by status', args: { groupBy: 'status', asOf: '2023-06-30' } };

/** Statuses from the sample progress reports: done on time and late, overdue, in progress, no report. */
export const WithProgress: Story = { name: 'With progress (sample figures)', args: { sampleProgress: true, asOf: '2026-11-30' } };
export const WithProgressByStatus: Story = { name: 'With progress, grouped by status', args: { sampleProgress: true, asOf: '2025-06-30', groupBy: 'status' } };
/** A city plan: a year, a month and a day deadline, annual work, 持续推进, a deadline in words and none. */
export const EveryKindOfDeadline: Story = { name: 'Every kind of deadline', args: { everyKind: true, asOf: '2024-06-30' } };
export const BySection: Story = { name: 'Grouped by section', args: { everyKind: true, asOf: '2025-06-30', groupBy: 'section' } };

export const AsOf2022: Story = { name: 'As of 2022-06-30', args: { asOf: '2022-06-30' } };
export const AsOf2023: Story = { name: 'As of 2023-06-30', args: { asOf: '2023-06-30' } };
export const AsOf2025: Story = { name: 'As of 2025-06-30', args: { asOf: '2025-06-30' } };
export const AsOf2026: Story = { name: 'As of 2026-11-29', args: { asOf: '2026-11-29' } };

export const English: Story = { args: { lang: 'en', asOf: '2025-06-30', groupBy: 'lead', sampleProgress: true } };
export const Dark: Story = { args: { theme: 'dark', asOf: '2025-06-30', groupBy: 'status' } };

export const OneUnit: Story = { name: 'One unit as participant, no annual lane', args: { units: '省财政厅', unitRole: 'participant', showAnnual: 'false' } };
export const AxisYears: Story = { name: 'Axis 2024–2026', args: { from: '2024', to: '2026', asOf: '2025-06-30' } };

/** A phone-width frame (320 px): the chart becomes a list grouped by year. */
export const Narrow: Story = {
  name: 'Narrow container (list)',
  args: { asOf: '2025-06-30' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

/** The list's groups open and close; `limit` tasks show at first (here 3), urgent ones first. */
export const NarrowLimit: Story = {
  name: 'Narrow container, limit: 3',
  args: { asOf: '2025-06-30', limit: '3', sampleProgress: true },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};

export const TableView: Story = {
  name: 'Table view',
  args: { asOf: '2023-06-30' },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('tr-deadline-timeline')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
  },
};

export const Generated1000: Story = { name: 'Generated register: 1,000 tasks × 60 units', args: { generatedTasks: 1000, asOf: '2025-06-30' } };

export const ErrorFromAfterTo: Story = { name: 'Error: from after to', args: { from: '2026', to: '2023' } };
export const ErrorUnknownUnit: Story = { name: 'Error: unknown unit', args: { units: '省教育' } };
