import { html, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../../i18n/localize.js';

/** Crisis contacts beside an empty or failed search: help never depends on the feed. */
export function renderCrisis(t: LocalizeController, region: string): TemplateResult {
  return html`<div class="crisis">
    <p>${t.t('finder.crisisLead')}</p>
    <sg-signpost
      part="signpost"
      exportparts="base: signpost-base, contact-link: signpost-contact-link"
      variant="compact"
      region=${region}
    ></sg-signpost>
  </div>`;
}

/** The feed failed with no saved copy: a plain message screen readers hear, a way to try again, and crisis help. */
export function renderFeedFailed(t: LocalizeController, region: string, retry: () => void): TemplateResult {
  return html`<div class="message message--error" part="error" role="alert">
      <p><strong>${t.t('finder.error.heading')}</strong></p>
      <p>${t.t('finder.error.body')}</p>
      <p>
        <button type="button" class="button" part="retry-button" @click=${retry}>${t.t('finder.retry')}</button>
      </p>
    </div>
    ${renderCrisis(t, region)}`;
}

/** Loading: a box the size of the finder, so nothing jumps when results arrive. */
export function renderLoading(t: LocalizeController): TemplateResult {
  return html`<div class="skeleton" aria-busy="true"><p class="hint">${t.t('finder.loading')}</p></div>`;
}
