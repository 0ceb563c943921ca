import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { pick, type TitledText } from '../../content/bilingual.js';
import { STEPS, WORRIES } from '../../content/steps.js';
import type { ContentOverrides } from '../../feed/types.js';
import { headingLevel, listOf, numberFrom, oneOf, type AttributeProblem } from '../../internal/attribute-check.js';
import { heading, toHeadingLevel } from '../../internal/heading.js';
import { SgFeedElement } from '../../internal/sg-feed-element.js';
import { base, buttons } from '../../styles/base.js';
import { contentLayout } from '../../styles/content.js';
import { tokens } from '../../styles/tokens.js';
import { EditorContentController, isText, renderBody, type Body } from '../../internal/editor-content.js';
import { readSections, subLevel } from '../../internal/sections.js';
import { focusOnPage } from './focus-on-page.js';
import { PageTargetsController } from './page-targets.js';
import { styles } from './what-to-expect.styles.js';
import { whatToExpectStrings } from './what-to-expect.strings.js';

export type WhatToExpectMode = 'stepper' | 'list';
const MODES: readonly WhatToExpectMode[] = ['stepper', 'list'];

export type WhatToExpectSection = 'steps' | 'worries';
export const WHAT_TO_EXPECT_SECTIONS: readonly WhatToExpectSection[] = ['steps', 'worries'];

/** Where "Find a group" moves focus when there is no `href`. */
const FINDER = 'sg-group-finder';
const FINDER_FOCUS = ['input[type="search"]', 'input', '[part~="heading"]'];
const SIGNPOST = 'sg-signpost';
const SIGNPOST_FOCUS = ['[part~="heading"]', 'a[href]'];

/** `detail` of `sg-step-change`. */
export interface StepChangeDetail {
  /** Zero-based index of the step now shown. */
  readonly index: number;
  /** The same step counted from one, as the visitor sees it ("Step 2 of 7"). */
  readonly step: number;
  readonly count: number;
}

/** `detail` of `sg-cta`. */
export interface CtaDetail {
  /** The link followed, or undefined when focus moved to the group finder on the page. */
  readonly href?: string;
}

interface ShownItem {
  readonly title: string;
  readonly body: Body;
}

let idCounter = 0;

/** Only web addresses and same-site paths: never `javascript:` or `data:`. */
function safeHref(value: string): string | undefined {
  const href = value.trim();
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @tagname sg-what-to-expect
 * @summary A first group meeting, step by step, and answers to common worries,
 * ending with "Find a group". One step at a time (a stepper) or all at once.
 * Every word can be replaced from the feed or in the page's own HTML.
 *
 * @attr mode - `stepper` (default): one step at a time with Back and Next. `list`: every step at once (also how a stepper prints).
 * @attr show - Sections to show, comma-separated: `steps`, `worries`. Both by default.
 * @attr step - The step shown in stepper mode, counted from 1. Follows the visitor.
 * @attr href - Where "Find a group" goes. Without it, the button moves focus to the `<sg-group-finder>` on the page, and is left out while there is none (it appears when a finder is added to the page later).
 * @attr heading-level - The level of the main heading (2–6); section and step headings go below it.
 * @attr debug - Shows messages for the page editor, such as a wrong attribute.
 *
 * @slot heading - Replaces the main heading's words.
 * @slot intro - Replaces the sentence under the main heading.
 * @slot steps-heading - Replaces the heading above the steps.
 * @slot worries-heading - Replaces the "Common worries" heading.
 * @slot help-now - Replaces the "If you need help right now" sentence.
 * @slot cta - Replaces the words "Find a group".
 * @slot after - Extra content at the end.
 *
 * @fires sg-step-change - The visitor moved to another step. `detail: { index, step, count }` (`index` from 0, `step` from 1).
 * @fires sg-cta - The visitor chose "Find a group". `detail: { href }`. Cancel it to handle the click yourself.
 *
 * @csspart base - The outer box.
 * @csspart heading - The main heading.
 * @csspart intro - The sentence under the main heading.
 * @csspart section - The steps and the worries sections.
 * @csspart section-heading - Their headings.
 * @csspart stepper - The stepper: one step and its buttons.
 * @csspart steps - The list of steps in list mode.
 * @csspart step - One step.
 * @csspart step-count - "Step 2 of 7" above a step in stepper mode.
 * @csspart step-heading - A step's title.
 * @csspart step-text - A step's words.
 * @csspart controls - The Back, Next and "Find a group" buttons.
 * @csspart back-button - Back.
 * @csspart next-button - Next.
 * @csspart cta - "Find a group" (a link with `href`, otherwise a button).
 * @csspart worries - The list of worries.
 * @csspart worry - One worry.
 * @csspart worry-heading - Its question.
 * @csspart worry-text - Its answer.
 * @csspart help-now - The "If you need help right now" box.
 * @csspart help-now-button - The button that moves to the crisis help on the page.
 * @csspart editor-note - Messages for the page editor (with `debug`).
 *
 * @cssprop --sg-what-to-expect-step-background - Background of the current step. Defaults to `--sg-color-surface`.
 * @cssprop --sg-what-to-expect-accent - Accent line on the step and the step numbers. Defaults to `--sg-color-primary`.
 */
export class SgWhatToExpect extends SgFeedElement {
  static override styles = [tokens, base, buttons, contentLayout, styles];
  static override strings = [whatToExpectStrings];

  /** `stepper` (one step at a time) or `list` (all at once). */
  @property({ reflect: true }) mode: string = 'stepper';

  /** Sections to show, comma-separated: `steps`, `worries`. Empty shows both. */
  @property({ reflect: true }) show = '';

  /** The step shown in stepper mode, counted from 1. */
  @property({ type: Number, reflect: true }) step = 1;

  /** Where "Find a group" goes (`https:`, `http:` or a path on this site). */
  @property() href = '';

  /** The main heading's level (2–6) so it fits the page's outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Shows messages for the page editor, such as a wrong attribute. */
  @property({ type: Boolean, reflect: true }) debug = false;

  /** The `content` property when set, else the feed's (own `feed` or the surrounding `<sg-feed>`). */
  private get shownContent(): ContentOverrides | undefined {
    return this.content ?? this.feedController.state.directory?.content;
  }

  /**
   * Replacement words from a feed's `content`: `steps`, and `faqs` as the
   * worries. The page's own `<template>` children win over these.
   */
  @property({ attribute: false }) content: ContentOverrides | undefined = undefined;

  /** What the live region says; set only when the visitor changes step. */
  @state() private announcement = '';

  private readonly editor = new EditorContentController(this);
  /** The finder and the crisis help on the page, followed as a CMS or a script adds or removes them. */
  private readonly targets = new PageTargetsController(this, [FINDER, SIGNPOST]);
  private readonly uid = `sg-what-to-expect-${++idCounter}`;
  private focusCurrentStep = false;

  protected override updated(): void {
    if (this.focusCurrentStep) {
      this.focusCurrentStep = false;
      this.renderRoot.querySelector<HTMLElement>(`#${this.uid}-step-${this.currentIndex}`)?.focus();
    }
  }

  /** What it accepts: a mode, sections, a step that exists, a safe link, a heading level, and the feed options. */
  protected override attributeProblems(): AttributeProblem[] {
    const count = this.steps().length;
    const problems: AttributeProblem[] = [
      ...super.attributeProblems(),
      ...oneOf('mode', this.mode, MODES),
      ...listOf('show', this.show, WHAT_TO_EXPECT_SECTIONS, true),
      ...(count > 0 ? numberFrom('step', this.step, 1, count) : []),
      ...headingLevel(this.headingLevel),
    ];
    if (this.href.trim() && !safeHref(this.href)) {
      problems.push({ attribute: 'href', value: this.href, expected: 'an https: address or a path on this site' });
    }
    return problems;
  }

  private get shownMode(): WhatToExpectMode {
    return (MODES as readonly string[]).includes(this.mode) ? (this.mode as WhatToExpectMode) : 'stepper';
  }

  private get textLang(): string {
    return this.localize.resolvedLang;
  }

  private fromDefaults(items: readonly TitledText[]): ShownItem[] {
    return items.map((item) => ({ title: pick(item.title, this.textLang), body: pick(item.text, this.textLang) }));
  }

  /** The steps: the page's templates, else the feed's, else the built-in ones. */
  private steps(): readonly ShownItem[] {
    const edited = this.editor.items('data-step');
    if (edited.length > 0) return edited.map((item) => ({ title: item.title, body: item.body }));
    const fromFeed = (this.shownContent?.steps ?? []).filter((s) => isText(s?.title) && isText(s?.text));
    if (fromFeed.length > 0) return fromFeed.map((s) => ({ title: s.title, body: s.text }));
    return this.fromDefaults(STEPS);
  }

  private worries(): readonly ShownItem[] {
    const edited = this.editor.items('data-worry');
    if (edited.length > 0) return edited.map((item) => ({ title: item.title, body: item.body }));
    const fromFeed = (this.shownContent?.faqs ?? []).filter((f) => isText(f?.question) && isText(f?.answer));
    if (fromFeed.length > 0) return fromFeed.map((f) => ({ title: f.question, body: f.answer }));
    return this.fromDefaults(WORRIES);
  }

  private get currentIndex(): number {
    const count = this.steps().length;
    const wanted = Math.trunc(Number(this.step)) - 1;
    return Number.isFinite(wanted) ? Math.min(Math.max(wanted, 0), Math.max(count - 1, 0)) : 0;
  }

  /** Shows step `index` (from 0), announces it and moves focus to its heading. */
  goTo(index: number): void {
    const count = this.steps().length;
    const next = Math.min(Math.max(index, 0), count - 1);
    if (next === this.currentIndex || count === 0) return;
    this.step = next + 1;
    this.announcement = this.localize.t('wte.stepCount', { index: next + 1, count });
    this.focusCurrentStep = true;
    this.emit<StepChangeDetail>('sg-step-change', { index: next, step: next + 1, count });
  }

  private onStepperKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const target = event.composedPath()[0];
    if (target instanceof HTMLElement && target.closest('input, textarea, select, [contenteditable]')) return;
    const moves: Record<string, () => number> = {
      ArrowRight: () => this.currentIndex + 1,
      ArrowLeft: () => this.currentIndex - 1,
      Home: () => 0,
      End: () => this.steps().length - 1,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    this.goTo(move());
  }

  private onCta(event: Event, href: string | undefined): void {
    const allowed = this.emit<CtaDetail>('sg-cta', href ? { href } : {}, { cancelable: true });
    if (!allowed) {
      event.preventDefault();
      return;
    }
    if (href) return;
    const finder = this.targets.get(FINDER);
    if (finder) focusOnPage(finder, FINDER_FOCUS);
  }

  private renderCta(): TemplateResult | typeof nothing {
    const label = html`<slot name="cta">${this.localize.t('wte.cta')}</slot>`;
    const href = safeHref(this.href);
    if (href) {
      return html`<a class="button cta" part="cta" href=${href} @click=${(e: Event) => this.onCta(e, href)}>${label}</a>`;
    }
    // Without a link, the button is only useful when there is a finder to go to.
    if (!this.targets.get(FINDER)) return nothing;
    return html`<button type="button" class="button cta" part="cta" @click=${(e: Event) => this.onCta(e, undefined)}>
      ${label}
    </button>`;
  }

  private renderStepper(steps: readonly ShownItem[], level: number): TemplateResult {
    const current = this.currentIndex;
    const last = current === steps.length - 1;
    const stepLevel = subLevel(level, 2);
    return html`<div class="stepper" part="stepper" @keydown=${this.onStepperKeydown}>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</p>
      ${steps.map(
        (item, i) => html`<div class="step step--stepper" part="step" ?hidden=${i !== current}>
          <p class="step__count" part="step-count">${this.localize.t('wte.stepCount', { index: i + 1, count: steps.length })}</p>
          ${heading(stepLevel, `${this.uid}-step-${i}`, 'step-heading', 'step__heading', item.title)}
          ${renderBody(item.body, 'step__text', 'step-text')}
        </div>`,
      )}
      <div class="controls" part="controls">
        ${current > 0
          ? html`<button type="button" class="button button--secondary back" part="back-button" @click=${() => this.goTo(current - 1)}>
              ${this.localize.t('wte.back')}
            </button>`
          : nothing}
        ${last
          ? this.renderCta()
          : html`<button type="button" class="button next" part="next-button" @click=${() => this.goTo(current + 1)}>
              ${this.localize.t('wte.next')}
            </button>`}
      </div>
    </div>`;
  }

  private renderList(steps: readonly ShownItem[], level: number): TemplateResult {
    const stepLevel = subLevel(level, 2);
    const cta = this.renderCta();
    return html`<ol class="steps" part="steps">
        ${steps.map(
          (item, i) => html`<li class="step step--list" part="step">
            ${heading(stepLevel, `${this.uid}-step-${i}`, 'step-heading', 'step__heading', item.title)}
            ${renderBody(item.body, 'step__text', 'step-text')}
          </li>`,
        )}
      </ol>
      ${cta === nothing ? nothing : html`<div class="controls" part="controls">${cta}</div>`}`;
  }

  private renderStepsSection(level: number): TemplateResult {
    const steps = this.steps();
    return html`<section class="section section--steps" part="section" aria-labelledby="${this.uid}-steps">
      ${heading(subLevel(level, 1), `${this.uid}-steps`, 'section-heading', 'section__heading', html`<slot name="steps-heading">${this.localize.t('wte.stepsHeading')}</slot>`)}
      ${this.shownMode === 'stepper' ? this.renderStepper(steps, level) : this.renderList(steps, level)}
    </section>`;
  }

  private renderWorriesSection(level: number): TemplateResult {
    return html`<section class="section section--worries" part="section" aria-labelledby="${this.uid}-worries">
      ${heading(subLevel(level, 1), `${this.uid}-worries`, 'section-heading', 'section__heading', html`<slot name="worries-heading">${this.localize.t('wte.worriesHeading')}</slot>`)}
      <ul class="worries" part="worries" role="list">
        ${this.worries().map(
          (item, i) => html`<li class="worry" part="worry">
            ${heading(subLevel(level, 2), `${this.uid}-worry-${i}`, 'worry-heading', 'worry__heading', item.title)}
            ${renderBody(item.body, 'worry__text', 'worry-text')}
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderHelpNow(): TemplateResult {
    const signpost = this.targets.get(SIGNPOST);
    return html`<div class="help-now" part="help-now">
      <p><slot name="help-now">${this.localize.t('wte.helpNow')}</slot></p>
      ${signpost
        ? html`<button type="button" class="button button--link help-now__button" part="help-now-button" @click=${() => focusOnPage(signpost, SIGNPOST_FOCUS)}>
            ${this.localize.t('wte.helpNowLink')}
          </button>`
        : nothing}
    </div>`;
  }

  override render(): TemplateResult {
    const level = toHeadingLevel(this.headingLevel);
    const { sections } = readSections(this.show, WHAT_TO_EXPECT_SECTIONS);
    return html`${this.renderAttributeNote(this.debug)}
      <section class="base base--${this.shownMode}" part="base" aria-labelledby="${this.uid}-heading" lang=${this.textLang}>
        ${heading(level, `${this.uid}-heading`, 'heading', 'heading', html`<slot name="heading">${this.localize.t('wte.heading')}</slot>`)}
        <div class="intro" part="intro"><slot name="intro"><p>${this.localize.t('wte.intro')}</p></slot></div>
        ${sections.includes('steps') ? this.renderStepsSection(level) : nothing}
        ${this.renderHelpNow()}
        ${sections.includes('worries') ? this.renderWorriesSection(level) : nothing}
        <slot name="after"></slot>
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-what-to-expect': SgWhatToExpect;
  }
}
