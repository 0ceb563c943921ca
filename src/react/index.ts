/**
 * support-group-widgets/react: typed React components for every element,
 * made with @lit/react.
 *
 * ```tsx
 * import { SgGroupFinder, SgSignpost } from 'support-group-widgets/react';
 *
 * <SgSignpost region="scotland" onSgDismiss={() => track('help hidden')} />
 * <SgGroupFinder feed="/groups.json" onSgResults={(e) => setCount(e.detail.total)} />
 * ```
 *
 * Props that the element has as properties (`contacts`, `content`, `step`,
 * `pageSize`, …) are set as properties, so arrays and objects arrive as they
 * are; the rest go to React as usual. Each `sg-*` event is an `onSg…` prop
 * whose event has a typed `detail`. Importing this module registers the
 * elements it wraps. React is an optional peer dependency: only this entry
 * needs it, and the one-file script never includes it.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { ContactChannel, Problem } from '../feed/types.js';
import { SgFeed as SgFeedElement } from '../components/feed/feed.js';
import { SgSignpost as SgSignpostElement } from '../components/signpost/signpost.js';
import { SgGroupFinder as SgGroupFinderElement } from '../components/group-finder/group-finder.js';
import { SgBenefits as SgBenefitsElement } from '../components/benefits/benefits.js';
import {
  SgWhatToExpect as SgWhatToExpectElement,
  type CtaDetail,
  type StepChangeDetail,
} from '../components/what-to-expect/what-to-expect.js';

export type { CtaDetail, StepChangeDetail };

/** `detail` of `sg-results`: how many groups the search found, and what was typed. */
export interface ResultsDetail {
  readonly total: number;
  readonly query: string;
}

/** `detail` of the finder's `sg-group-open`, `sg-calendar` and `sg-share`: the group's id from the feed. */
export interface GroupDetail {
  readonly id: string;
}

/** How a visitor chose to reach a group in the finder. */
export type GroupContactChannel = 'join' | 'phone' | 'email' | 'web' | 'directions';

/** `detail` of the finder's `sg-contact`. */
export interface GroupContactDetail {
  readonly id: string;
  readonly channel: GroupContactChannel;
}

/** `detail` of the signpost's `sg-contact`: which helpline, and call, text, email, web or textphone. */
export interface HelplineContactDetail {
  readonly id: string;
  readonly channel: ContactChannel;
}

/** `detail` of the signpost's `sg-dismiss` (true) and `sg-restore` (false). */
export interface DismissDetail {
  readonly dismissed: boolean;
}

/** `detail` of `sg-feed-problems`: records that were skipped or fields that were dropped. */
export interface FeedProblemsDetail {
  readonly url: string | undefined;
  readonly problems: readonly Problem[];
}

type SgEvent<T> = EventName<CustomEvent<T>>;

const feedProblems = { onSgFeedProblems: 'sg-feed-problems' as SgEvent<FeedProblemsDetail> };

/** `<sg-signpost>`: crisis help now. Events: `onSgContact`, `onSgDismiss`, `onSgRestore`, `onSgFeedProblems`. */
export const SgSignpost = createComponent({
  react: React,
  tagName: 'sg-signpost',
  elementClass: SgSignpostElement,
  displayName: 'SgSignpost',
  events: {
    onSgContact: 'sg-contact' as SgEvent<HelplineContactDetail>,
    onSgDismiss: 'sg-dismiss' as SgEvent<DismissDetail>,
    onSgRestore: 'sg-restore' as SgEvent<DismissDetail>,
    ...feedProblems,
  },
});

/**
 * `<sg-group-finder>`: search, filter and sort groups. Events: `onSgResults`,
 * `onSgGroupOpen`, `onSgContact`, `onSgCalendar`, `onSgShare`, `onSgFeedProblems`.
 */
export const SgGroupFinder = createComponent({
  react: React,
  tagName: 'sg-group-finder',
  elementClass: SgGroupFinderElement,
  displayName: 'SgGroupFinder',
  events: {
    onSgResults: 'sg-results' as SgEvent<ResultsDetail>,
    onSgGroupOpen: 'sg-group-open' as SgEvent<GroupDetail>,
    onSgContact: 'sg-contact' as SgEvent<GroupContactDetail>,
    onSgCalendar: 'sg-calendar' as SgEvent<GroupDetail>,
    onSgShare: 'sg-share' as SgEvent<GroupDetail>,
    ...feedProblems,
  },
});

/** `<sg-benefits>`: why a peer-support group helps, and its limits. Event: `onSgFeedProblems`. */
export const SgBenefits = createComponent({
  react: React,
  tagName: 'sg-benefits',
  elementClass: SgBenefitsElement,
  displayName: 'SgBenefits',
  events: { ...feedProblems },
});

/**
 * `<sg-what-to-expect>`: a first meeting, step by step. Events:
 * `onSgStepChange`, `onSgCta` (call `preventDefault()` to handle "Find a group" yourself), `onSgFeedProblems`.
 */
export const SgWhatToExpect = createComponent({
  react: React,
  tagName: 'sg-what-to-expect',
  elementClass: SgWhatToExpectElement,
  displayName: 'SgWhatToExpect',
  events: {
    onSgStepChange: 'sg-step-change' as SgEvent<StepChangeDetail>,
    onSgCta: 'sg-cta' as SgEvent<CtaDetail>,
    ...feedProblems,
  },
});

/** `<sg-feed>`: one feed for every element inside it. Event: `onSgFeedProblems`. */
export const SgFeed = createComponent({
  react: React,
  tagName: 'sg-feed',
  elementClass: SgFeedElement,
  displayName: 'SgFeed',
  events: { ...feedProblems },
});
