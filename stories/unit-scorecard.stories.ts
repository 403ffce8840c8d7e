import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/unit-scorecard/unit-scorecard.js';
import { bundledRegister } from '../src/data/bundled.js';
import { generateRegister } from '../src/data/generate.js';
import type { Register } from '../src/data/model.js';

interface Args {
  asOf: string;
  unitRole: string;
  sort: string;
  order: string;
  limit: string;
  lang: string;
  theme: string;
  /** Whether the sample progress figures are given. Not an attribute. */
  sampleProgress: boolean;
  /** Width of the frame around the scorecard in px (0: as wide as the canvas). Not an attribute. */
  frameWidth: number;
  /** A register given by script (the 2,000-task story). Not an attribute. */
  register?: Register;
  src: string;
}

/** Sets the frame's width through CSSOM (no `style` attribute: portals forbid inline styles). */
const frame = (width: number) =>
  ref((element) => {
    if (element instanceof HTMLElement) element.style.setProperty('width', width > 0 ? `${width}px` : 'auto');
  });

/**
 * Sample progress reports for a register, made up and labelled as such wherever they are shown:
 * a deterministic mix of completed (on time and late), in progress, not started and no report,
 * dated up to `asOf`.
 */
function sampleProgress(register: Register, asOf: string) {
  const year = Number(asOf.slice(0, 4));
  const tasks = register.tasks.flatMap((task, i) => {
    const kind = i % 7;
    const dueYear = task.deadline.kind === 'year' || task.deadline.kind === 'month' ? task.deadline.year : task.deadline.kind === 'annual' ? year : year + 1;
    if (kind === 6) return []; // no report at all
    const started = { task: task.number, date: `${dueYear >= year ? year : dueYear - 1}-03-31`, status: 'inProgress', percent: 40 };
    if (kind === 5) return [{ task: task.number, date: started.date, status: 'notStarted' }];
    if (kind <= 2 && dueYear <= year) return [started, { task: task.number, date: `${dueYear}-05-31`, status: 'completed' }];
    if (kind === 3 && dueYear < year) return [started, { task: task.number, date: `${dueYear + 1}-02-28`, status: 'completed' }];
    return [started];
  });
  return { schemaVersion: 1, register: register.id, tasks: tasks.filter((r) => r.date <= asOf).sort((a, b) => a.date.localeCompare(b.date)) };
}

const meta = {
  title: 'Widgets/tr-unit-scorecard',
  component: 'tr-unit-scorecard',
  args: { asOf: '2026-06-30', unitRole: '', sort: '', order: '', limit: '', lang: 'zh-CN', theme: '', sampleProgress: true, frameWidth: 0, src: '' },
  argTypes: {
    unitRole: { control: 'inline-radio', options: ['', 'lead', 'participant', 'all'] },
    sort: { control: 'select', options: ['', 'overdue', 'no-report', 'completed', 'on-time', 'in-progress', 'rate', 'on-time-rate', 'tasks', 'name'] },
    order: { control: 'inline-radio', options: ['', 'asc', 'desc'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    frameWidth: { control: { type: 'range', min: 0, max: 1200, step: 10 } },
  },
  render: (args) => {
    const register = args.register ?? bundledRegister();
    const progress = args.sampleProgress ? sampleProgress(register, args.asOf) : undefined;
    return html`<div ${frame(args.frameWidth)}>
      ${progress
        ? html`<p lang=${args.lang}>${args.lang === 'en' ? 'Sample figures, made up to show the widget: not real progress reports.' : '示例数据：为演示组件编造，并非真实进展报告。'}</p>`
        : nothing}
      <tr-unit-scorecard
        as-of=${args.asOf}
        unit-role=${args.unitRole}
        sort=${args.sort}
        order=${args.order}
        limit=${args.limit}
        lang=${args.lang}
        theme=${args.theme}
        src=${args.src}
        .register=${args.register}
        .progress=${progress}
      ></tr-unit-scorecard>
    </div>`;
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = { name: 'With sample progress figures' };
export const NoProgress: Story = { name: 'No progress data', args: { sampleProgress: false, asOf: '2026-11-30' } };
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const Narrow: Story = { name: 'Narrow (360 px)', args: { frameWidth: 360 } };
export const Participants: Story = { args: { unitRole: 'participant', sort: 'rate' } };
export const Large: Story = {
  name: '2,000 tasks × 60 units (top 10)',
  args: { register: generateRegister({ tasks: 2000, units: 60 }), limit: '10', asOf: '2026-06-30' },
};
export const AttributeError: Story = { name: 'Error: bad sort', args: { sort: 'worst' } };
