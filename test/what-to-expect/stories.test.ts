import { aTimeout, expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../stories/what-to-expect.stories.js';
import { mount } from '../helpers/mount.js';

type Args = Record<string, unknown>;
interface StoryLike {
  name?: string;
  args?: Args;
  render?: (args: Args) => TemplateResult;
}
const meta = stories.default as unknown as { args: Args; render: (args: Args) => TemplateResult };

// GOV.UK's habit: every example in the docs is also checked by axe.
describe('<sg-what-to-expect> stories', () => {
  for (const [exportName, value] of Object.entries(stories)) {
    if (exportName === 'default') continue;
    const story = value as StoryLike;
    it(`"${story.name ?? exportName}" renders its content and passes axe`, async () => {
      const args = { ...meta.args, ...story.args };
      const wrapper = await mount((story.render ?? meta.render)(args));
      const el = wrapper.querySelector('sg-what-to-expect')!;
      await el.updateComplete;
      await aTimeout(0);
      expect(el.shadowRoot!.querySelectorAll('.section').length).to.be.greaterThan(0);
      await expect(wrapper).to.be.accessible();
    });
  }
});
