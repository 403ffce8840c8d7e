import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/unit-matrix/unit-matrix.js';
import { generateRegister } from '../src/data/generate.js';
import type { Register } from '../src/data/schema.js';

interface Args {
  units: string;
  tasks: string;
  unitRole: 'all' | 'lead' | 'participant';
  deadline: string;
  sort: 'involvement' | 'register' | 'name';
  orientation: 'units' | 'tasks';
  highlightUnit: string;
  highlightTask: string;
  asOf: string;
  lang: string;
  theme: string;
  /** Width of the frame around the matrix in px (0: as wide as the canvas). Not an attribute. */
  frameWidth: number;
  /** A generated register of this many tasks (0: the bundled one). Not an attribute. */
  generatedTasks: number;
}

/** Sets the frame's width through CSSOM (no `style` attribute: portals forbid inline styles). */
const frame = (width: number) =>
  ref((element) => {
    if (element instanceof HTMLElement) element.style.setProperty('width', width > 0 ? `${width}px` : 'auto');
  });

const generated = new Map<number, Register>();
/** A synthetic register with 40 units, made once per size. */
function syntheticRegister(tasks: number): Register | undefined {
  if (tasks <= 0) return undefined;
  let register = generated.get(tasks);
  if (!register) {
    register = generateRegister({ tasks, units: 40 });
    generated.set(tasks, register);
  }
  return register;
}

const meta = {
  title: 'Widgets/tr-unit-matrix',
  component: 'tr-unit-matrix',
  args: {
    units: '',
    tasks: '',
    unitRole: 'all',
    deadline: '',
    sort: 'involvement',
    orientation: 'units',
    highlightUnit: '',
    highlightTask: '',
    asOf: '2025-06-30',
    lang: 'zh-CN',
    theme: '',
    frameWidth: 0,
    generatedTasks: 0,
  },
  argTypes: {
    unitRole: { control: 'inline-radio', options: ['all', 'lead', 'participant'] },
    sort: { control: 'inline-radio', options: ['involvement', 'register', 'name'] },
    orientation: { control: 'inline-radio', options: ['units', 'tasks'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    frameWidth: { control: { type: 'range', min: 0, max: 1200, step: 10 } },
    generatedTasks: { control: 'select', options: [0, 500, 1000, 2000] },
  },
  render: (args) =>
    html`<div ${frame(args.frameWidth)}>
      <tr-unit-matrix
        units=${args.units}
        tasks=${args.tasks}
        unit-role=${args.unitRole}
        deadline=${args.deadline}
        sort=${args.sort}
        orientation=${args.orientation}
        highlight-unit=${args.highlightUnit}
        highlight-task=${args.highlightTask}
        as-of=${args.asOf}
        lang=${args.lang}
        theme=${args.theme || nothing}
        .register=${syntheticRegister(args.generatedTasks)}
      ></tr-unit-matrix>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

// One per attribute.
export const Units: Story = { name: 'units: 省教育厅 and 省人力社保厅', args: { units: 'edu,省人力社保厅' } };
export const Tasks: Story = { name: 'tasks: 1–10 and 20', args: { tasks: '1-10,20' } };
export const LeadOnly: Story = { name: 'unit-role: lead', args: { unitRole: 'lead' } };
export const ParticipantOnly: Story = { name: 'unit-role: participant', args: { unitRole: 'participant' } };
export const AnnualWork: Story = { name: 'deadline: annual', args: { deadline: 'annual' } };
export const DueBy2023: Story = { name: 'deadline: 2022, 2023', args: { deadline: '2022,2023' } };
export const RegisterOrder: Story = { name: 'sort: register', args: { sort: 'register' } };
export const NameOrder: Story = { name: 'sort: name', args: { sort: 'name' } };
export const Highlighted: Story = { name: 'highlight-unit and highlight-task', args: { highlightUnit: '省人力社保厅', highlightTask: '31' } };
export const AsOf2026: Story = { name: 'as-of: 2026 (hover a 2025 task: deadline passed)', args: { asOf: '2026-03-01' } };

// Orientation, language, theme, size.
export const TasksAsRows: Story = { name: 'orientation: tasks', args: { orientation: 'tasks' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishTasksAsRows: Story = { name: 'English, orientation: tasks', args: { lang: 'en', orientation: 'tasks' } };
export const Dark: Story = { args: { theme: 'dark', highlightUnit: 'edu' } };
export const DarkTasksAsRows: Story = { name: 'Dark, orientation: tasks', args: { theme: 'dark', orientation: 'tasks', lang: 'en' } };
export const Narrow: Story = { name: 'Narrow container (340 px)', args: { frameWidth: 340 } };
export const NarrowTasksAsRows: Story = { name: 'Narrow container, orientation: tasks', args: { frameWidth: 340, orientation: 'tasks' } };

// Scale: only the rows and columns in view are rendered.
export const Generated1000: Story = { name: 'Generated register: 1,000 tasks × 40 units', args: { generatedTasks: 1000 } };
export const Generated1000TasksAsRows: Story = {
  name: 'Generated register: 1,000 tasks as rows',
  args: { generatedTasks: 1000, orientation: 'tasks' },
};

// Errors and notes.
export const UnknownUnit: Story = { name: 'Error: unknown unit', args: { units: '省教委' } };
export const BadTaskRange: Story = { name: 'Error: malformed task range', args: { tasks: '10-1' } };
export const BadSort: Story = { name: 'Error: unknown sort', args: { sort: 'alphabetical' as Args['sort'] } };
export const PartlyValid: Story = { name: 'Note: part of a list ignored', args: { units: 'edu,hrss,省教委', deadline: '2025,2030' } };
export const NothingMatches: Story = { name: 'Nothing matches', args: { tasks: '1-4', unitRole: 'participant' } };
