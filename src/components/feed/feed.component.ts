import { ContextProvider } from '@lit/context';
import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { feedContext, IDLE } from '../../feed/context.js';
import { feedOptions, type AttributeProblem } from '../../internal/attribute-check.js';
import { FeedController } from '../../internal/feed-controller.js';
import { SgElement } from '../../internal/sg-element.js';
import { renderFeedFailure, renderFeedProblems } from '../../internal/feed-problems.js';
import { base } from '../../styles/base.js';
import { tokens } from '../../styles/tokens.js';

/**
 * @tagname sg-feed
 * @summary Loads one feed and gives it to every element inside it, so a page
 * fetches and parses once. Optional: each element can also name its own feed.
 *
 * @attr src - URL of the feed (JSON, Open Referral UK, Meeting Guide or CSV).
 * @attr format - Force the format: `native`, `open-referral`, `meeting-guide` or `csv`.
 * @attr cache - `off` to never keep a copy of the feed in the browser.
 * @attr debug - List the feed's problems and any wrong attribute on the page, for the editor.
 *
 * @slot - The elements that use this feed, and any page content around them.
 *
 * @fires sg-feed-problems - The feed had records that were skipped or fields that were dropped. `detail: { url, problems }`.
 *
 * @csspart editor-note - The list of feed problems, and a note about a wrong attribute (with `debug`).
 * @csspart editor-note-summary - The line that opens and closes the list of feed problems (with `debug`).
 */
export class SgFeed extends SgElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: contents;
      }
    `,
  ];

  @property() src = '';
  @property() format = '';
  @property() cache = '';
  @property({ type: Boolean, reflect: true }) debug = false;

  /** FeedController reads the URL from `feed`. */
  get feed(): string {
    return this.src;
  }

  private readonly controller = new FeedController(this);
  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: IDLE });

  /** What it accepts: `format` and `cache`, as every feed reader does. */
  protected override attributeProblems(): AttributeProblem[] {
    return [...super.attributeProblems(), ...feedOptions(this.format, this.cache)];
  }

  protected override willUpdate(): void {
    this.provider.setValue(this.controller.state);
  }

  override render(): TemplateResult {
    const directory = this.controller.state.directory;
    return html`${this.renderAttributeNote(this.debug)}${this.debug ? renderFeedFailure(this.controller.state) : nothing}${this.debug && directory ? renderFeedProblems(directory) : nothing}<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sg-feed': SgFeed;
  }
}
