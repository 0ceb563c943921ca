import { css } from 'lit';

export const styles = css`
  :host {
    --_signpost-background: var(--sg-signpost-background, var(--_color-crisis-surface));
    --_signpost-border: var(--sg-signpost-border, var(--_color-crisis-border));
    container-type: inline-size;
  }
  :host([sticky]) {
    position: sticky;
    top: 0;
    z-index: var(--sg-signpost-z-index, 10);
  }
  .base {
    background: var(--_signpost-background);
    color: var(--_color-text);
    border: 1px solid var(--_signpost-border);
    border-inline-start: 0.4em solid var(--_signpost-border);
    border-radius: var(--_radius);
    padding: var(--_space-3);
    display: grid;
    gap: var(--_space-3);
  }
  .base--compact {
    padding: var(--_space-2) var(--_space-3);
  }
  .top {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .heading {
    font-size: var(--_font-size-heading);
    line-height: 1.25;
    font-weight: 700;
  }
  .heading:focus {
    outline: none;
  }
  .emergency {
    font-weight: 600;
  }
  .list {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
  }
  .contact {
    display: grid;
    gap: var(--_space-1);
    align-content: start;
  }
  .contact__name {
    font-weight: 700;
  }
  .contact__link {
    font-size: var(--_font-size-large);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .contact__note,
  .contact__hours,
  .contact__audience {
    font-size: var(--_font-size-small);
    color: var(--_color-text-muted);
  }
  .list--more {
    border-top: 1px solid var(--_color-border);
    padding-top: var(--_space-3);
  }
  .more-panel {
    display: grid;
    gap: var(--_space-3);
  }
  .more-panel[hidden] {
    display: none;
  }
  .more-button {
    justify-self: start;
  }
  .compact__line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
  }
  .compact__lead {
    flex: 1 1 16em;
  }
  .compact__line > .more-panel {
    flex-basis: 100%;
  }
  @media (forced-colors: active) {
    .base {
      border-color: CanvasText;
    }
  }
  @media print {
    :host([sticky]) {
      position: static;
    }
    .more-button,
    .dismiss {
      display: none;
    }
    .more-panel[hidden] {
      display: grid;
    }
  }
`;
