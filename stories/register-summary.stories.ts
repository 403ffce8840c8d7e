import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/components/register-summary/register-summary.js';

interface Args {
  lang: string;
  src: string;
  theme: string;
}

const meta = {
  title: 'Widgets/tr-register-summary',
  component: 'tr-register-summary',
  args: { lang: 'zh-CN', src: '', theme: '' },
  argTypes: {
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark', 'auto'] },
  },
  render: (args) => html`<tr-register-summary lang=${args.lang} src=${args.src} theme=${args.theme}></tr-register-summary>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
export const Dark: Story = { args: { theme: 'dark' } };
export const LoadError: Story = { name: 'Error: src not found', args: { src: '/no-such-register.json' } };
