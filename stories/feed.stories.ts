import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/feed/feed.js';
import '../src/components/group-finder/group-finder.js';
import '../src/components/signpost/signpost.js';

interface Args {
  src: string;
  debug: boolean;
}

const meta = {
  title: 'Elements/Feed',
  component: 'sg-feed',
  args: { src: '/demo/data/groups.json', debug: false },
  render: (args) => html`<sg-feed src=${args.src} cache="off" ?debug=${args.debug}>
    <sg-signpost variant="compact"></sg-signpost>
    <sg-group-finder geocoder="off" page-size="5"></sg-group-finder>
  </sg-feed>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const OneFeedForThePage: Story = { name: 'One feed for every element inside' };
export const Problems: Story = { name: 'Feed problems listed (debug)', args: { src: '/demo/data/groups-with-problems.json', debug: true } };
