import { createElement, type ReactElement, type ReactNode } from 'react';
import { Markdown } from '@storybook/addon-docs/blocks';

/**
 * The guides in docs/ are plain Markdown that also reads well on GitHub and in
 * the npm package, where they link to each other as `editors.md`. In the docs
 * site each guide is a page, so those links go to the page instead.
 */
export const GUIDE_PAGES: Readonly<Record<string, string>> = {
  'editors.md': 'For editors',
  'publishing-a-feed.md': 'Publishing a feed',
  'feed.md': 'The feed format',
  'adapters.md': 'Other feed formats',
  'schedules.md': 'Schedules',
  'content.md': 'Default content',
  'theming.md': 'Theming',
  'analytics.md': 'Analytics',
  'languages.md': 'Languages',
  'accessibility.md': 'Accessibility statement',
  'privacy.md': 'Privacy statement',
  'performance.md': 'Performance',
};

/** Storybook's id for a docs page titled `Guides/<title>`. */
function pageId(title: string): string {
  const slug = `guides-${title}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}--docs`;
}

/** `theming.md#parts` → the Theming page (the manager shows pages, so it is opened at the top). */
export function guideHref(href: string): string | undefined {
  const match = /^(?:\.\/)?([a-z-]+\.md)(#.*)?$/.exec(href);
  const title = match ? GUIDE_PAGES[match[1]] : undefined;
  return title ? `./?path=/docs/${pageId(title)}` : undefined;
}

function GuideLink({ href = '', children, ...rest }: { href?: string; children?: ReactNode }): ReactElement {
  const page = guideHref(href);
  return page ? createElement('a', { ...rest, href: page, target: '_top' }, children) : createElement('a', { ...rest, href }, children);
}

/** A guide's Markdown with links between guides pointing at their pages. */
export function Guide({ children }: { children: string }): ReactElement {
  return createElement(Markdown, { options: { overrides: { a: { component: GuideLink } } }, children });
}
