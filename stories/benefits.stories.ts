import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/benefits/benefits.js';
import type { ContentOverrides } from '../src/feed/types.js';

interface Args {
  show: string;
  layout: string;
  headingLevel: number;
  lang: string;
  debug: boolean;
  content?: ContentOverrides;
}

const meta = {
  title: 'Elements/Benefits',
  component: 'sg-benefits',
  args: { show: '', layout: 'cards', headingLevel: 2, lang: 'en', debug: false },
  argTypes: {
    show: { control: 'text', description: 'benefits, compare, limits, research (comma-separated); empty for all' },
    layout: { control: 'inline-radio', options: ['cards', 'list'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => html`<sg-benefits
    show=${args.show}
    layout=${args.layout}
    heading-level=${args.headingLevel}
    lang=${args.lang}
    ?debug=${args.debug}
    .content=${args.content}
  ></sg-benefits>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const Cards: Story = {};
export const List: Story = { args: { layout: 'list' } };
export const BenefitsOnly: Story = { name: 'Section: benefits', args: { show: 'benefits' } };
export const Comparison: Story = { name: 'Section: comparison', args: { show: 'compare' } };
export const ComparisonNarrow: Story = {
  name: 'Section: comparison, stacked in a narrow column',
  args: { show: 'compare' },
  render: (args) => html`<style>
      .sg-story-narrow {
        max-width: 20em;
      }
    </style>
    <div class="sg-story-narrow"><sg-benefits show=${args.show} lang=${args.lang}></sg-benefits></div>`,
};
export const Limits: Story = { name: 'Section: not for everyone', args: { show: 'limits' } };
export const Research: Story = { name: 'Section: what the research says', args: { show: 'research' } };
export const Welsh: Story = { name: 'In Welsh', args: { lang: 'cy' } };
export const HeadingLevel3: Story = { name: 'Headings from h3', args: { headingLevel: 3, show: 'benefits,limits' } };

export const FeedOverrides: Story = {
  name: 'Words from the feed',
  args: {
    show: 'benefits,compare',
    content: {
      benefits: [
        {
          title: 'People who get it',
          text: 'Our members have been there too.',
          example: 'After the meeting, a few of us go for a cup of tea.',
        },
        { title: 'Run by volunteers', text: 'Every group has two trained volunteers.\n\nThey meet each month for support.' },
      ],
      comparison: {
        caption: 'Our groups and other kinds of help',
        columns: { peer: 'Example Mind groups' },
        rows: [
          { aspect: 'Cost', peer: 'Free', therapy: 'Free on the NHS; private costs money', medication: 'Prescription charges may apply in England' },
          { aspect: 'Who leads', peer: 'Trained volunteers', therapy: 'A therapist', medication: 'A GP or psychiatrist' },
        ],
      },
    },
  },
};

export const HtmlOverrides: Story = {
  name: 'Words from the page’s HTML',
  render: () => html`<sg-benefits show="benefits,compare,research">
    <span slot="heading">Why come to an Example Mind group?</span>
    <p slot="intro">Our groups meet across the city every week.</p>
    <template data-benefit>
      <h3>Company</h3>
      <p>You meet people who understand. <a href="https://example.org/stories">Read members’ stories</a>.</p>
      <p data-example>Sam found a walking buddy at the Tuesday group.</p>
    </template>
    <template data-benefit>
      <h3>Nothing to pay</h3>
      <p>Our groups are free, and tea is on us.</p>
    </template>
    <template data-comparison>
      <table>
        <thead><tr><th>What</th><th>Our groups</th><th>Counselling</th><th>Medication</th></tr></thead>
        <tbody>
          <tr><th>Cost</th><td>Free</td><td>Free on the NHS</td><td>Prescription charges may apply in England</td></tr>
        </tbody>
      </table>
    </template>
    <template data-source>
      <h4>Example Mind members’ survey (2025)</h4>
      <p>Members told us they felt less alone. This is our own survey, not a trial.</p>
    </template>
    <p slot="after"><a href="https://example.org/groups">See all our groups</a></p>
  </sg-benefits>`,
};

export const WrongAttribute: Story = {
  name: 'Wrong attribute (debug)',
  args: { show: 'benefit', layout: 'grid', debug: true },
};
