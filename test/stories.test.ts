import { expect, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as signpost from '../stories/signpost.stories.js';
import * as finder from '../stories/group-finder.stories.js';
import * as feed from '../stories/feed.stories.js';
import * as benefits from '../stories/benefits.stories.js';
import * as whatToExpect from '../stories/what-to-expect.stories.js';
import { mount } from './helpers/mount.js';
import { clearFeedStore } from '../src/feed/store.js';

type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: (args: Args) => TemplateResult;
}
interface MetaLike {
  title: string;
  args: Args;
  render: (args: Args) => TemplateResult;
}

/** When an element has finished what a visitor would wait for. */
const settled: Record<string, (root: ShadowRoot) => boolean> = {
  'sg-signpost': (root) => root.querySelector('[part="base"], [part="restore-button"]') !== null,
  'sg-group-finder': (root) => root.querySelector('[part="count"], [part="error"]') !== null,
  'sg-feed': () => true,
  'sg-benefits': (root) => root.querySelectorAll('.section').length > 0,
  'sg-what-to-expect': (root) => root.querySelectorAll('.section').length > 0,
};

// GOV.UK's habit: every example in the docs is a fixture, and every fixture is checked by axe.
for (const module of [signpost, finder, feed, benefits, whatToExpect]) {
  const meta = module.default as unknown as MetaLike;
  describe(`${meta.title} stories`, () => {
    beforeEach(() => clearFeedStore());
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default') continue;
      const story = value as StoryLike;
      it(`"${story.name ?? exportName}" renders and passes axe`, async () => {
        const warn = console.warn;
        console.warn = () => {};
        try {
          const wrapper = await mount((story.render ?? meta.render)({ ...meta.args, ...story.args }));
          const elements = [...wrapper.querySelectorAll<HTMLElement>(Object.keys(settled).join(', '))];
          expect(elements.length).to.be.greaterThan(0);
          for (const el of elements) {
            await waitUntil(() => el.shadowRoot && settled[el.localName]!(el.shadowRoot), `${el.localName} did not settle`, { timeout: 5000 });
          }
          await expect(wrapper).to.be.accessible();
        } finally {
          console.warn = warn;
        }
      });
    }
  });
}
