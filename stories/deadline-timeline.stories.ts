import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/deadline-timeline/deadline-timeline.js';
import { generateRegister } from '../src/data/generate.js';

interface Args {
  lang: string;
  asOf: string;
  from: string;
  to: string;
  groupBy: string;
  units: string;
  unitRole: string;
  showAnnual: string;
  theme: string;
  src: string;
  /** Not an attribute: a generated register of this many tasks (0 = the bundled one). */
  generatedTasks: number;
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
    theme: '',
    src: '',
    generatedTasks: 0,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    asOf: { name: 'as-of', control: 'text' },
    groupBy: { name: 'group-by', control: 'inline-radio', options: ['none', 'lead', 'deadline', 'status'] },
    unitRole: { control: 'inline-radio', options: ['all', 'lead', 'participant'] },
    showAnnual: { name: 'show-annual', control: 'inline-radio', options: ['true', 'false'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    generatedTasks: { name: 'generated register (tasks)', control: { type: 'number', min: 0, step: 500 } },
  },
  render: (args) =>
    html`<tr-deadline-timeline
      lang=${args.lang}
      as-of=${args.asOf}
      from=${args.from}
      to=${args.to}
      group-by=${args.groupBy}
      units=${args.units}
      unit-role=${args.unitRole}
      show-annual=${args.showAnnual}
      theme=${args.theme}
      src=${args.src}
      .register=${registerFor(args.generatedTasks)}
    ></tr-deadline-timeline>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

export const GroupedByLead: Story = { name: 'Grouped by lead unit', args: { groupBy: 'lead', asOf: '2023-06-30' } };
export const GroupedByDeadline: Story = { name: 'Grouped by deadline', args: { groupBy: 'deadline', asOf: '2025-06-30' } };
export const GroupedByStatus: Story = { name: 'Grouped by status', args: { groupBy: 'status', asOf: '2023-06-30' } };

export const AsOf2022: Story = { name: 'As of 2022-06-30', args: { asOf: '2022-06-30' } };
export const AsOf2023: Story = { name: 'As of 2023-06-30', args: { asOf: '2023-06-30' } };
export const AsOf2025: Story = { name: 'As of 2025-06-30', args: { asOf: '2025-06-30' } };
export const AsOf2026: Story = { name: 'As of 2026-11-29', args: { asOf: '2026-11-29' } };

export const English: Story = { args: { lang: 'en', asOf: '2025-06-30', groupBy: 'lead' } };
export const Dark: Story = { args: { theme: 'dark', asOf: '2025-06-30', groupBy: 'status' } };

export const OneUnit: Story = { name: 'One unit as participant, no annual lane', args: { units: '省财政厅', unitRole: 'participant', showAnnual: 'false' } };
export const AxisYears: Story = { name: 'Axis 2024–2026', args: { from: '2024', to: '2026', asOf: '2025-06-30' } };

/** A phone-width frame (320 px): the chart becomes a list grouped by year. */
export const Narrow: Story = {
  name: 'Narrow container (list)',
  args: { asOf: '2025-06-30' },
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
