import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/register-summary/register-summary.js';
import { groupHub } from '../src/components/base/controllers/selection.js';
import sampleProgress from '../demo/progress.sample.json' with { type: 'json' };

interface Args {
  lang: string;
  src: string;
  theme: string;
  asOf: string;
  /** Gives the demo's sample progress file (sample figures, not real progress) as the `progress` property. */
  sampleProgress: boolean;
  /** Links the summary to a group whose selection the story sets. */
  group: string;
}

const meta = {
  title: 'Widgets/tr-register-summary',
  component: 'tr-register-summary',
  args: { lang: 'zh-CN', src: '', theme: '', asOf: '2026-11-30', sampleProgress: true, group: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
  },
  render: (args) =>
    html`<tr-register-summary
      lang=${args.lang}
      src=${args.src}
      theme=${args.theme}
      as-of=${args.asOf}
      group=${args.group}
      .progress=${args.sampleProgress ? sampleProgress : undefined}
    ></tr-register-summary>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** With the demo's sample progress file (sample figures, not real progress). */
export const Default: Story = {};
export const NoProgress: Story = { name: 'Without progress data (the plan only)', args: { sampleProgress: false } };
export const Selected: Story = {
  name: 'Linked: a unit selected',
  args: { group: 'summary-story' },
  play: () => {
    groupHub('summary-story').set({ unit: 'edu' });
  },
};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const LoadError: Story = { name: 'Error: src not found', args: { src: '/no-such-register.json' } };
