import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/unit-matrix/unit-matrix.js';
import sampleProgress from '../demo/progress.sample.json' with { type: 'json' };
import { bundledRegister } from '../src/data/bundled.js';
import { generateRegister } from '../src/data/generate.js';
import type { Register } from '../src/data/model.js';

interface Args {
  units: string;
  tasks: string;
  unitRole: 'all' | 'lead' | 'responsible' | 'participant';
  deadline: string;
  sort: 'involvement' | 'register' | 'name';
  orientation: 'units' | 'tasks';
  colorBy: 'role' | 'status';
  groupBy: 'section' | 'none';
  highlightUnit: string;
  highlightTask: string;
  asOf: string;
  layout: 'auto' | 'grid' | 'cards';
  lang: string;
  theme: string;
  /** Width of the frame around the matrix in px (0: as wide as the canvas). Not an attribute. */
  frameWidth: number;
  /** A generated register of this many tasks (0: the bundled one). Not an attribute. */
  generatedTasks: number;
  /** The register's form: the bundled one, or the bundled tasks as a county plan words them (主要责任单位 / 协同配合单位, sections), or a table with only 责任单位. Not an attribute. */
  form: 'bundled' | 'county' | 'responsible';
  /** Give the sample progress file (made-up figures, labelled as such). Not an attribute. */
  sampleProgress: boolean;
}

/**
 * The bundled tasks in other documents' forms, to show the words each gives its roles: a county
 * plan (主要责任单位 / 协同配合单位, numbered from 52 under two sections) and a table naming only 责任单位.
 */
function registerInForm(form: Args['form']): Register | undefined {
  if (form === 'bundled') return undefined;
  const base = bundledRegister();
  // Without their targets and written unit texts, which belong to the bundled document.
  const plain = base.tasks.map(({ written: _written, ...task }) => ({ ...task, indicatorIds: [] }));
  if (form === 'responsible') {
    return {
      ...base,
      id: 'story-responsible',
      roles: [{ id: 'responsible', label: '责任单位', labelEn: 'Responsible units' }],
      tasks: plain.slice(0, 12).map((task) => ({ ...task, units: { responsible: [...(task.units.lead ?? []), ...(task.units.participant ?? [])] } })),
      indicators: [],
    };
  }
  return {
    ...base,
    id: 'story-county',
    roles: [
      { id: 'lead', label: '主要责任单位', labelEn: 'Lead units' },
      { id: 'participant', label: '协同配合单位' },
    ],
    sections: [
      { id: 's1', number: '一、', title: '推进职业教育提质培优' },
      { id: 's2', number: '二、', title: '深化产教融合校企合作' },
    ],
    tasks: plain.slice(0, 16).map((task, i) => ({ ...task, number: String(52 + i), sectionId: i < 7 ? 's1' : 's2' })),
    indicators: [],
  };
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
    colorBy: 'role',
    groupBy: 'section',
    highlightUnit: '',
    highlightTask: '',
    asOf: '2025-06-30',
    layout: 'auto',
    lang: 'zh-CN',
    theme: '',
    frameWidth: 0,
    generatedTasks: 0,
    form: 'bundled',
    sampleProgress: false,
  },
  argTypes: {
    unitRole: { control: 'inline-radio', options: ['all', 'lead', 'responsible', 'participant'] },
    colorBy: { control: 'inline-radio', options: ['role', 'status'] },
    groupBy: { control: 'inline-radio', options: ['section', 'none'] },
    form: { control: 'inline-radio', options: ['bundled', 'county', 'responsible'] },
    sort: { control: 'inline-radio', options: ['involvement', 'register', 'name'] },
    orientation: { control: 'inline-radio', options: ['units', 'tasks'] },
    layout: { control: 'inline-radio', options: ['auto', 'grid', 'cards'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    frameWidth: { control: { type: 'range', min: 0, max: 1200, step: 10 } },
    generatedTasks: { control: 'select', options: [0, 500, 1000, 2000] },
  },
  render: (args) =>
    html`<div ${frame(args.frameWidth)}>
      ${args.sampleProgress && args.form === 'bundled'
        ? html`<p lang=${args.lang}>${args.lang === 'en' ? 'Sample figures, made up to show the widget: not real progress reports.' : '示例数据：为演示组件编造，并非真实进展报告。'}</p>`
        : nothing}
      <tr-unit-matrix
        units=${args.units}
        tasks=${args.tasks}
        unit-role=${args.unitRole}
        deadline=${args.deadline}
        sort=${args.sort}
        orientation=${args.orientation}
        color-by=${args.colorBy}
        group-by=${args.groupBy}
        highlight-unit=${args.highlightUnit}
        highlight-task=${args.highlightTask}
        as-of=${args.asOf}
        layout=${args.layout}
        lang=${args.lang}
        theme=${args.theme || nothing}
        .register=${syntheticRegister(args.generatedTasks) ?? registerInForm(args.form)}
        .progress=${args.sampleProgress && args.form === 'bundled' && !args.generatedTasks ? sampleProgress : undefined}
      ></tr-unit-matrix>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

// One per attribute.
export const Units: Story = { name: 'units: 省教育厅 and 省人力社保厅', args: { units: 'edu,省人力社保厅' } };
export const Tasks: Story = { name: 'tasks: 1–10 and 20 (the document’s numbers)', args: { tasks: '1-10,20' } };
export const LeadOnly: Story = { name: 'unit-role: lead', args: { unitRole: 'lead' } };
export const ParticipantOnly: Story = { name: 'unit-role: participant', args: { unitRole: 'participant' } };
export const AnnualWork: Story = { name: 'deadline: annual', args: { deadline: 'annual' } };
export const DueBy2023: Story = { name: 'deadline: 2022, 2023', args: { deadline: '2022,2023' } };
export const RegisterOrder: Story = { name: 'sort: register', args: { sort: 'register' } };
export const NameOrder: Story = { name: 'sort: name', args: { sort: 'name' } };
export const Highlighted: Story = { name: 'highlight-unit and highlight-task', args: { highlightUnit: '省人力社保厅', highlightTask: '31' } };
export const AsOf2026: Story = { name: 'as-of: 2026 (hover a 2025 task: deadline passed, no report)', args: { asOf: '2026-03-01' } };

// The version-2 model: the document's words, numbers and sections; progress.
export const ByStatus: Story = {
  name: 'color-by: status, with the sample progress figures',
  args: { colorBy: 'status', sampleProgress: true, asOf: '2026-11-30' },
};
export const ByStatusNoProgress: Story = { name: 'color-by: status, no progress data', args: { colorBy: 'status', asOf: '2026-11-30' } };
export const ByStatusTasksAsRows: Story = {
  name: 'color-by: status, orientation: tasks, sample figures',
  args: { colorBy: 'status', sampleProgress: true, asOf: '2026-11-30', orientation: 'tasks' },
};
export const CountyForm: Story = { name: 'A county plan: 主要责任单位 / 协同配合单位, numbers 52–67, sections', args: { form: 'county' } };
export const CountyTasks: Story = { name: 'A county plan: tasks 55-60, highlight-task 58', args: { form: 'county', tasks: '55-60', highlightTask: '58' } };
export const CountyNoGroups: Story = { name: 'A county plan: group-by none', args: { form: 'county', groupBy: 'none' } };
export const CountyEnglish: Story = { name: 'A county plan in English (a role with no English word)', args: { form: 'county', lang: 'en' } };
export const ResponsibleOnly: Story = { name: 'A table with only 责任单位', args: { form: 'responsible' } };
export const RoleNotUsed: Story = { name: 'Error: unit-role lead on a table with only 责任单位', args: { form: 'responsible', unitRole: 'lead' } };

// Orientation, language, theme, size.
export const TasksAsRows: Story = { name: 'orientation: tasks', args: { orientation: 'tasks' } };
export const English: Story = { args: { lang: 'en' } };
export const EnglishTasksAsRows: Story = { name: 'English, orientation: tasks', args: { lang: 'en', orientation: 'tasks' } };
export const Dark: Story = { args: { theme: 'dark', highlightUnit: 'edu' } };
export const DarkTasksAsRows: Story = { name: 'Dark, orientation: tasks', args: { theme: 'dark', orientation: 'tasks', lang: 'en' } };
export const Narrow: Story = { name: 'Narrow container (340 px)', args: { frameWidth: 340 } };
export const Phone: Story = { name: 'Phone (390 px): one card per unit', args: { frameWidth: 390 } };
export const PhoneByStatus: Story = { name: 'Phone, color-by: status', args: { frameWidth: 390, colorBy: 'status', sampleProgress: true, asOf: '2026-11-30' } };
export const NarrowGrid: Story = { name: 'layout: grid in a narrow container', args: { frameWidth: 340, layout: 'grid' } };
export const CardsWide: Story = { name: 'layout: cards, wide', args: { layout: 'cards' } };
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
