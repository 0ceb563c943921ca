import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/signpost/signpost.js';
import '../src/components/what-to-expect/what-to-expect.js';
import type { ContentOverrides } from '../src/feed/types.js';

interface Args {
  mode: string;
  show: string;
  step: number;
  href: string;
  headingLevel: number;
  lang: string;
  debug: boolean;
  content?: ContentOverrides;
}

const meta = {
  title: 'Elements/What to expect',
  component: 'sg-what-to-expect',
  args: { mode: 'stepper', show: '', step: 1, href: 'https://example.org/groups', headingLevel: 2, lang: 'en', debug: false },
  argTypes: {
    mode: { control: 'inline-radio', options: ['stepper', 'list'] },
    show: { control: 'text', description: 'steps, worries (comma-separated); empty for both' },
    step: { control: { type: 'number', min: 1, max: 7 } },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => html`<sg-what-to-expect
    mode=${args.mode}
    show=${args.show}
    step=${args.step}
    href=${args.href}
    heading-level=${args.headingLevel}
    lang=${args.lang}
    ?debug=${args.debug}
    .content=${args.content}
  ></sg-what-to-expect>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const StepperFirstStep: Story = { name: 'Stepper: before you go' };
export const StepperSharing: Story = { name: 'Stepper: sharing time (you never have to talk)', args: { step: 3 } };
export const StepperLastStep: Story = { name: 'Stepper: after the first meeting, with Find a group', args: { step: 7 } };
export const List: Story = { name: 'List (also how it prints)', args: { mode: 'list' } };
export const StepsOnly: Story = { name: 'Section: steps only', args: { show: 'steps' } };
export const WorriesOnly: Story = { name: 'Section: common worries only', args: { show: 'worries' } };
export const Welsh: Story = { name: 'In Welsh', args: { lang: 'cy', step: 2 } };
export const WelshList: Story = { name: 'In Welsh, as a list', args: { lang: 'cy', mode: 'list' } };

export const WithSignpost: Story = {
  name: 'With crisis help on the page',
  args: { show: 'worries' },
  render: (args) => html`<sg-signpost variant="compact"></sg-signpost>
    <sg-what-to-expect show=${args.show} lang=${args.lang}></sg-what-to-expect>`,
};

export const FeedOverrides: Story = {
  name: 'Words from the feed',
  args: {
    content: {
      steps: [
        { title: 'Find the hall', text: 'Example Hall is next to the library. Ring the bell by the blue door.' },
        { title: 'Have a cup of tea', text: 'A volunteer will make you a drink.\n\nYou can sit anywhere.' },
        { title: 'Listen or share', text: 'Nobody has to talk. Most people just listen the first time.' },
      ],
      faqs: [{ question: 'Is there parking?', answer: 'Yes, free parking behind the hall.' }],
    },
  },
};

export const HtmlOverrides: Story = {
  name: 'Words from the page’s HTML',
  args: { mode: 'list' },
  render: (args) => html`<sg-what-to-expect mode=${args.mode} href=${args.href}>
    <p slot="intro">Here is what happens at our Tuesday group.</p>
    <span slot="cta">See our groups</span>
    <template data-step>
      <h3>Come in</h3>
      <p>Use the side door. <a href="https://example.org/map">See a map</a>.</p>
    </template>
    <template data-step>
      <h3>Say hello, or don’t</h3>
      <p>You can just listen. That is fine.</p>
    </template>
    <template data-worry>
      <h3>Is it step-free?</h3>
      <p>Yes. There is a ramp and an accessible toilet.</p>
    </template>
  </sg-what-to-expect>`,
};

export const WrongAttribute: Story = {
  name: 'Wrong attribute (debug)',
  args: { mode: 'carousel', href: 'javascript:alert(1)', debug: true },
};
