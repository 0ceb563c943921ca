import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/signpost/signpost.js';

interface Args {
  region: string;
  variant: string;
  sticky: boolean;
  dismissible: boolean;
  debug: boolean;
  lang: string;
}

const meta = {
  title: 'Elements/Signpost',
  component: 'sg-signpost',
  args: { region: 'uk', variant: 'banner', sticky: false, dismissible: false, debug: false, lang: 'en' },
  argTypes: {
    region: { control: 'select', options: ['uk', 'england', 'scotland', 'wales', 'northern-ireland', 'ireland'] },
    variant: { control: 'inline-radio', options: ['banner', 'compact', 'card'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => html`<sg-signpost
    region=${args.region}
    variant=${args.variant}
    lang=${args.lang}
    ?sticky=${args.sticky}
    ?dismissible=${args.dismissible}
    ?debug=${args.debug}
  ></sg-signpost>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Banner: Story = {};
export const Compact: Story = { args: { variant: 'compact' } };
export const Card: Story = { args: { variant: 'card' } };
export const England: Story = { args: { region: 'england' } };
export const Scotland: Story = { args: { region: 'scotland', variant: 'card' } };
export const Wales: Story = { args: { region: 'wales' } };
export const WalesInWelsh: Story = { name: 'Wales, in Welsh', args: { region: 'wales', lang: 'cy' } };
export const NorthernIreland: Story = { args: { region: 'northern-ireland', variant: 'card' } };
export const Ireland: Story = { args: { region: 'ireland' } };
export const Dismissible: Story = { args: { dismissible: true } };
export const WrongAttribute: Story = {
  name: 'Wrong attribute (debug)',
  args: { region: 'atlantis', debug: true },
};
export const StickyCompact: Story = {
  args: { variant: 'compact', sticky: true },
  render: (args) => html`<sg-signpost variant=${args.variant} ?sticky=${args.sticky} region=${args.region}></sg-signpost>
    ${[1, 2, 3, 4, 5, 6].map((n) => html`<p>Page paragraph ${n}. <a href="#p${n}">A link to focus</a></p>`)}
    ${nothing}`,
};
export const WithSlots: Story = {
  render: () => html`<sg-signpost>
    <span slot="intro">Our helpline is closed tonight. These services are open.</span>
    <p slot="after"><a href="https://example.org/support">More support from Example Mind</a></p>
  </sg-signpost>`,
};
