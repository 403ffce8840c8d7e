import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/task-list/task-list.js';
import { bundledRegister } from '../src/data/bundled.js';

interface Args {
  search: string;
  units: string;
  unitRole: string;
  deadline: string;
  states: string;
  sort: string;
  pageSize: string;
  hideControls: boolean;
  asOf: string;
  lang: string;
  theme: string;
  /** Show the sample progress reports below. Not an attribute. */
  withProgress: boolean;
  /** Width of the frame around the list in px (0: as wide as the canvas). Not an attribute. */
  frameWidth: number;
}

/** A few reports on the bundled register, as a progress file would give them. */
const sampleProgress = {
  schemaVersion: 1,
  register: bundledRegister().id,
  tasks: [
    { task: '1', date: '2024-12-31', status: 'inProgress', percent: 60, note: '已认定第一批省级高水平专业群' },
    { task: '1', date: '2025-03-31', status: 'inProgress', percent: 80, note: '第二批建设单位已公布' },
    { task: '2', date: '2023-12-20', status: 'completed', percent: 100 },
    { task: '3', date: '2025-04-30', status: 'inProgress', percent: 50 },
    { task: '4', date: '2024-06-30', status: 'notStarted' },
    { task: '6', date: '2024-03-31', status: 'inProgress', percent: 40, note: '培训规模统计中' },
  ],
};

/** Sets the frame's width through CSSOM (no `style` attribute: portals forbid inline styles). */
const frame = (width: number) =>
  ref((element) => {
    if (element instanceof HTMLElement) element.style.setProperty('width', width > 0 ? `${width}px` : 'auto');
  });

const meta = {
  title: 'Widgets/tr-task-list',
  component: 'tr-task-list',
  // On the Docs page each example is a window onto the list (46 tasks), not the whole list three times.
  parameters: { docs: { story: { inline: false, height: '720px' } } },
  args: {
    search: '',
    units: '',
    unitRole: '',
    deadline: '',
    states: '',
    sort: '',
    pageSize: '',
    hideControls: false,
    asOf: '2025-06-30',
    lang: 'zh-CN',
    theme: '',
    withProgress: false,
    frameWidth: 0,
  },
  argTypes: {
    unitRole: { control: 'inline-radio', options: ['', 'all', 'lead', 'participant'] },
    sort: { control: 'inline-radio', options: ['', 'document', 'number', 'deadline', 'status'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    frameWidth: { control: { type: 'range', min: 0, max: 1280, step: 10 } },
  },
  render: (args) =>
    html`<div ${frame(args.frameWidth)}>
      <tr-task-list
        search=${args.search}
        units=${args.units}
        unit-role=${args.unitRole}
        deadline=${args.deadline}
        states=${args.states}
        sort=${args.sort}
        page-size=${args.pageSize}
        hide-controls=${args.hideControls ? 'true' : 'false'}
        as-of=${args.asOf}
        lang=${args.lang}
        theme=${args.theme}
        .progress=${args.withProgress ? sampleProgress : undefined}
      ></tr-task-list>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const LedByEducation: Story = { name: '省教育厅牵头的任务', args: { units: '省教育厅', unitRole: 'lead' } };
export const WithProgress: Story = { name: 'With progress reports', args: { withProgress: true, sort: 'status' } };
export const Searched: Story = { name: 'Searched (技师学院)', args: { search: '技师学院' } };
export const DueIn2023: Story = { name: 'Due in 2023, no controls', args: { deadline: '2023', hideControls: true } };
export const Paged: Story = { name: 'Paged (10 a page)', args: { pageSize: '10' } };
export const English: Story = { args: { lang: 'en', withProgress: true } };
export const Dark: Story = { args: { theme: 'dark', withProgress: true } };
export const Narrow: Story = { name: 'Narrow (360 px)', args: { frameWidth: 360, withProgress: true } };
export const NarrowEnglishDark: Story = { name: 'Narrow, English, dark', args: { frameWidth: 360, lang: 'en', theme: 'dark' } };
export const UnknownUnit: Story = { name: 'Error: unknown unit', args: { units: '省教委' } };
export const BadStatus: Story = { name: 'Error: unknown status', args: { states: 'late' } };
