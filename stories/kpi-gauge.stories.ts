import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/components/kpi-gauge/kpi-gauge.js';
import { bundledRegister } from '../src/data/bundled.js';
import sampleProgress from '../demo/progress.sample.json' with { type: 'json' };

interface Args {
  indicator: string;
  value: string;
  baseline: string;
  baselineYear: string;
  min: string;
  max: string;
  label: string;
  asOf: string;
  lang: string;
  theme: string;
  /** Width of the frame around the gauge in px (0: as wide as the canvas). Not an attribute. */
  frameWidth: number;
  /** Gives the demo's sample progress file (sample figures, not real progress) as the `progress` property. */
  sampleProgress: boolean;
}

/** Sets the frame's width through CSSOM (no `style` attribute: portals forbid inline styles). */
const frame = (width: number) =>
  ref((element) => {
    if (element instanceof HTMLElement) element.style.setProperty('width', width > 0 ? `${width}px` : 'auto');
  });

const meta = {
  title: 'Widgets/tr-kpi-gauge',
  component: 'tr-kpi-gauge',
  args: {
    indicator: 'integration-enterprises',
    value: '268',
    baseline: '',
    baselineYear: '',
    min: '',
    max: '',
    label: '',
    asOf: '2025-06-30',
    lang: 'zh-CN',
    theme: '',
    frameWidth: 360,
    sampleProgress: false,
  },
  argTypes: {
    indicator: { control: 'select', options: bundledRegister().indicators.map((indicator) => indicator.id) },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
    frameWidth: { control: { type: 'range', min: 0, max: 600, step: 10 } },
  },
  render: (args) =>
    html`<div ${frame(args.frameWidth)}>
      <tr-kpi-gauge
        indicator=${args.indicator}
        value=${args.value}
        baseline=${args.baseline}
        baseline-year=${args.baselineYear}
        min=${args.min}
        max=${args.max}
        label=${args.label}
        as-of=${args.asOf}
        lang=${args.lang}
        theme=${args.theme}
        .progress=${args.sampleProgress ? sampleProgress : undefined}
      ></tr-kpi-gauge>
    </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};

// One per comparator kind.
export const AtLeast: Story = { name: 'At least (≥ 300家)', args: { indicator: 'integration-enterprises', value: '268' } };
export const Exactly: Story = { name: 'Exactly (15所)', args: { indicator: 'hq-higher-vocational-colleges', value: '12', asOf: '2023-06-30' } };
export const About: Story = { name: 'About (10所左右, ±10% band)', args: { indicator: 'mixed-ownership-colleges', value: '9' } };
export const AtMost: Story = { name: 'At most (a cap: ≤ 50%)', args: { indicator: 'performance-pay-increase', value: '30' } };
export const Range: Story = { name: 'Range (3–5家)', args: { indicator: 'advanced-manufacturing-training-bases', value: '2', asOf: '2024-06-30' } };
export const Ratio: Story = { name: 'Ratio (≥ 1.2：1)', args: { indicator: 'training-to-degree-ratio', value: '1.1', asOf: '2023-06-30' } };
export const Money: Story = { name: 'Money (≥ 1.2万元)', args: { indicator: 'funding-per-student', value: '1.15' } };

// One per status.
export const Achieved: Story = { args: { value: '320' } };
export const OnTrack: Story = { name: 'On track (with a baseline)', args: { baseline: '200', baselineYear: '2023', asOf: '2024-06-30' } };
export const Behind: Story = { name: 'Behind (with a baseline)', args: { baseline: '200', baselineYear: '2023' } };
export const InProgress: Story = { name: 'In progress (no baseline)' };
export const NotMetByDeadline: Story = { name: 'Not met by the deadline', args: { asOf: '2026-03-01' } };
export const WithinCap: Story = { name: 'Within the cap', args: { indicator: 'performance-pay-increase', value: '45' } };
export const OverCap: Story = { name: 'Over the cap', args: { indicator: 'performance-pay-increase', value: '62.5' } };
export const AboveRange: Story = { name: 'Above the target range', args: { indicator: 'mixed-ownership-colleges', value: '13' } };
export const NoData: Story = { name: 'No data (the target alone)', args: { value: '' } };

export const English: Story = { args: { lang: 'en', baseline: '200', baselineYear: '2023' } };
export const EnglishMoney: Story = { name: 'English, money', args: { lang: 'en', indicator: 'funding-per-student', value: '1.15' } };
export const Dark: Story = { args: { theme: 'dark', baseline: '200', baselineYear: '2023' } };
export const DarkNoData: Story = { name: 'Dark, no data', args: { theme: 'dark', indicator: 'advanced-manufacturing-training-bases', value: '', asOf: '2024-06-30' } };
export const Small: Story = { name: 'Small (180 px)', args: { frameWidth: 180 } };
export const Smallest: Story = { name: 'Smallest (160 px), English', args: { frameWidth: 160, lang: 'en' } };
export const Large: Story = { name: 'Large (600 px)', args: { frameWidth: 600, baseline: '200', baselineYear: '2023' } };
export const CustomScale: Story = { name: 'Custom scale and label', args: { min: '200', max: '350', label: '产教融合型企业（省级认定，累计）' } };
export const UnknownIndicator: Story = { name: 'Error: unknown indicator', args: { indicator: 'integration-enterprise' } };
export const BadValue: Story = { name: 'Error: value is not a number', args: { value: '268家' } };

// Progress (the demo's sample figures, not real progress).
export const FromProgress: Story = {
  name: 'From the progress file (sample figures): trend and reports',
  args: { indicator: 'funding-per-student', value: '', asOf: '2026-11-30', sampleProgress: true },
};
export const FromProgressOnPace: Story = {
  name: 'From the progress file (sample figures), judged at an earlier date',
  args: { indicator: 'practical-training-bases', value: '', asOf: '2025-06-30', sampleProgress: true },
};
export const FromProgressEnglish: Story = {
  name: 'From the progress file (sample figures), English',
  args: { indicator: 'online-courses', value: '', asOf: '2026-11-30', sampleProgress: true, lang: 'en' },
};
export const ValueWinsOverProgress: Story = {
  name: 'A value attribute wins over the progress file',
  args: { indicator: 'funding-per-student', value: '1.25', asOf: '2026-11-30', sampleProgress: true },
};
export const NegativePercent: Story = { name: 'A negative percentage (no share shown)', args: { indicator: 'secondary-progression-rate', value: '-10', asOf: '2024-06-30' } };
