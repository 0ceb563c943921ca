import { css } from 'lit';

export const styles = css`
  :host {
    --_finder-card-background: var(--sg-finder-card-background, var(--_color-background));
    --_finder-panel-background: var(--sg-finder-panel-background, var(--_color-surface));
    container-type: inline-size;
  }
  .base {
    display: grid;
    gap: var(--_space-3);
  }
  .search {
    display: grid;
    gap: var(--_space-3);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    align-items: end;
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    align-content: start;
  }
  .field label,
  .field__label,
  legend {
    font-weight: 700;
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  input[type='search'],
  input[type='text'],
  select {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-background);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-2);
    min-height: 2.75em;
    width: 100%;
  }
  input:focus-visible,
  select:focus-visible {
    background: var(--_color-background);
    color: var(--_color-text);
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_focus-text);
  }
  .where__row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .where__row input {
    flex: 1 1 10em;
    width: auto;
  }
  .where__actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .message {
    border-inline-start: 0.3em solid var(--_color-primary);
    padding: var(--_space-2) var(--_space-3);
    background: var(--_finder-panel-background);
  }
  .message--error {
    border-color: var(--_color-error);
  }
  .layout {
    display: grid;
    gap: var(--_space-4);
  }
  @container (min-width: 48em) {
    .layout {
      grid-template-columns: minmax(14em, 1fr) 3fr;
      align-items: start;
    }
    .filters-toggle {
      display: none;
    }
    /* Wide: the filters always show beside the results (more specific than the narrow rule below). */
    .layout .filters[hidden] {
      display: grid;
    }
  }
  .filters[hidden] {
    display: none;
  }
  .filters {
    display: grid;
    gap: var(--_space-3);
    background: var(--_finder-panel-background);
    padding: var(--_space-3);
    border-radius: var(--_radius);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space-1);
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: var(--_space-1);
  }
  .check {
    display: flex;
    gap: var(--_space-2);
    align-items: flex-start;
  }
  .check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    flex: none;
    accent-color: var(--_color-primary);
  }
  .check input:focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 2px var(--_focus-text);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    list-style: none;
    padding: 0;
    align-items: center;
  }
  .chip {
    border: 1px solid var(--_color-primary);
    border-radius: 1em;
    background: var(--_color-background);
    color: var(--_color-primary);
    padding: var(--_space-1) var(--_space-3);
    min-height: 2.75em;
  }
  .results-bar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: end;
    gap: var(--_space-2);
  }
  .count {
    font-size: var(--_font-size-large);
    font-weight: 700;
  }
  .results-bar .field {
    max-width: 16em;
  }
  .results {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .result {
    background: var(--_finder-card-background);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    display: grid;
    gap: var(--_space-1);
  }
  .result__name {
    font-size: var(--_font-size-large);
    line-height: 1.3;
  }
  .result__open {
    border: 0;
    background: none;
    padding: 0;
    min-height: 0;
    color: var(--_color-link);
    text-align: start;
    text-decoration: underline;
    font-weight: 700;
  }
  .result__meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .badge {
    display: inline-block;
    padding: 0 var(--_space-2);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: var(--_font-size-small);
    font-weight: 700;
  }
  .badge--now {
    color: var(--_color-success);
  }
  .more {
    justify-self: start;
  }
  .details {
    display: grid;
    gap: var(--_space-3);
  }
  .details h2,
  .details h3 {
    line-height: 1.25;
  }
  .details__name {
    font-size: var(--_font-size-heading);
  }
  .details__name:focus {
    outline: none;
  }
  .details dl {
    display: grid;
    gap: var(--_space-2) var(--_space-3);
  }
  @container (min-width: 36em) {
    .details dl {
      grid-template-columns: max-content 1fr;
    }
  }
  .details dt {
    font-weight: 700;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .dates {
    padding-inline-start: 1.25em;
  }
  .skeleton {
    min-height: 24em;
    display: grid;
    place-items: start;
  }
  @media (forced-colors: active) {
    .result,
    .chip,
    .badge {
      border-color: CanvasText;
    }
  }
  @media print {
    .search,
    .filters,
    .filters-toggle,
    .results-bar select,
    .more,
    .actions,
    .chips {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .result {
      break-inside: avoid;
      border: 0;
      border-bottom: 1px solid #000;
      border-radius: 0;
      padding: 0.5em 0;
    }
    .result__open {
      color: #000;
      text-decoration: none;
    }
  }
`;
