import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SgGroupFinder } from '../group-finder.component.js';

/** The search box, the place box and "Use my location". */
export function renderSearch(finder: SgGroupFinder): TemplateResult {
  const t = finder.l10n;
  const id = finder.idPrefix;
  const view = finder.viewState;
  const place = finder.place;
  const onInput = (e: InputEvent) => finder.setQuery((e.target as HTMLInputElement).value);
  const onWhere = (e: SubmitEvent) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('where') as HTMLInputElement;
    place.lookUp(input.value);
  };
  return html`<div class="search" part="search" role="search">
      <div class="field">
        <label for="${id}-search">${t.t('finder.searchLabel')}</label>
        <span class="hint" id="${id}-search-hint">${t.t('finder.searchHint')}</span>
        <input
          id="${id}-search"
          part="search-input"
          type="search"
          autocomplete="off"
          spellcheck="false"
          aria-describedby="${id}-search-hint"
          .value=${live(view.query)}
          @input=${onInput}
        />
      </div>
      ${finder.geocoderEnabled || place.canLocate
        ? html`<form class="field where" @submit=${onWhere}>
            ${finder.geocoderEnabled
              ? html`<label for="${id}-where">${t.t('finder.whereLabel')}</label>
                  <div class="where__row">
                    <input
                      id="${id}-where"
                      name="where"
                      part="where-input"
                      type="text"
                      autocomplete="postal-code"
                      .value=${live(place.typed)}
                      @input=${(e: InputEvent) => place.setTyped((e.target as HTMLInputElement).value)}
                    />
                    <button type="submit" class="button" part="where-button">${t.t('finder.whereButton')}</button>
                  </div>`
              : nothing}
            ${place.canLocate
              ? html`<div class="where__actions">
                  <button type="button" class="button button--secondary" part="locate-button" @click=${() => place.useLocation()}>
                    ${t.t('finder.useLocation')}
                  </button>
                </div>`
              : nothing}
          </form>`
        : nothing}
    </div>
    ${renderPlaceStatus(finder)}`;
}

function renderPlaceStatus(finder: SgGroupFinder): TemplateResult | typeof nothing {
  const t = finder.l10n;
  const place = finder.place;
  const id = finder.idPrefix;
  if (place.message) {
    return html`<p class="message message--error" part="message" role="alert">${place.message}</p>`;
  }
  if (place.busy) {
    return html`<p class="message" part="message" role="status">${place.busy}</p>`;
  }
  if (!place.origin) return nothing;
  const radius = finder.viewState.radius;
  return html`<div class="message where__actions" part="message">
    <span>${t.t('finder.near', { place: place.origin.label })}</span>
    <label class="visually-hidden" for="${id}-radius">${t.t('finder.radiusLabel')}</label>
    <select
      id="${id}-radius"
      part="radius-select"
      @change=${(e: Event) => finder.setRadius(Number((e.target as HTMLSelectElement).value))}
    >
      <option value="0" ?selected=${radius === 0}>${t.t('finder.radiusAny')}</option>
      ${finder.radii.map(
        (miles) =>
          html`<option value=${miles} ?selected=${radius === miles}>
            ${finder.usesMiles ? t.t('finder.radiusMiles', { count: miles }) : t.t('finder.radiusKm', { count: Math.round(miles * 1.609) })}
          </option>`,
      )}
    </select>
    <button type="button" class="button button--link" part="clear-place" @click=${() => place.clear()}>
      ${t.t('finder.clearPlace')}
    </button>
  </div>`;
}
