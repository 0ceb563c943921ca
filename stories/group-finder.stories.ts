import { html } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/components/group-finder/group-finder.js';

interface Args {
  feed: string;
  region: string;
  topics: string;
  attendance: string;
  near: string;
  radius: number;
  online: string;
  geocoder: string;
  debug: boolean;
  lang: string;
}

// The sample feed is served at /demo/data/ by Storybook (staticDirs) and by the test runner.
const meta = {
  title: 'Elements/Group finder',
  component: 'sg-group-finder',
  args: {
    feed: '/demo/data/groups.json',
    region: 'uk',
    topics: '',
    attendance: '',
    near: '',
    radius: 0,
    online: 'with',
    geocoder: 'off',
    debug: false,
    lang: 'en',
  },
  argTypes: {
    online: { control: 'inline-radio', options: ['with', 'apart', 'only', 'hide'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: (args) => html`<sg-group-finder
    feed=${args.feed}
    cache="off"
    region=${args.region}
    topics=${args.topics}
    attendance=${args.attendance}
    near=${args.near}
    radius=${args.radius}
    online=${args.online}
    geocoder=${args.geocoder}
    lang=${args.lang}
    ?debug=${args.debug}
  ></sg-group-finder>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

export const AllGroups: Story = {};
export const ChosenTopics: Story = { name: 'Topics chosen by the editor', args: { topics: 'anxiety,carers' } };
export const OnlineOnly: Story = { name: 'Online only', args: { attendance: 'online' } };
export const NearLeeds: Story = { name: 'Near a place, within 25 miles', args: { near: '53.7997,-1.5492', radius: 25 } };
export const OnlineApart: Story = { name: 'Online groups in their own list', args: { near: '51.4816,-3.1791', online: 'apart' } };
export const InWelsh: Story = { name: 'In Welsh', args: { lang: 'cy', region: 'wales' } };
export const NoResults: Story = { name: 'Nothing matches', args: { topics: 'no-such-topic' } };
export const FeedFailed: Story = { name: 'Feed failed', args: { feed: '/demo/data/no-such-feed.json' } };
export const FeedProblems: Story = { name: 'Feed with problems (debug)', args: { feed: '/demo/data/groups-with-problems.json', debug: true } };
export const WrongAttribute: Story = { name: 'Wrong attribute (debug)', args: { online: 'sometimes', debug: true } };
export const WithPlaceBox: Story = { name: 'With the town or postcode box', args: { geocoder: 'https://api.postcodes.io' } };
