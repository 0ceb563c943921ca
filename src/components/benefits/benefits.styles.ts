import { css } from 'lit';

export const styles = css`
  :host {
    --_benefits-card-background: var(--sg-benefits-card-background, var(--_color-surface));
    --_benefits-card-border: var(--sg-benefits-card-border, var(--_color-border));
    --_benefits-accent: var(--sg-benefits-accent, var(--_color-primary));
    --_benefits-columns-min: var(--sg-benefits-columns-min, 15em);
    /* The table stacks by the element's own width, not the window's, so it
       also stacks in a narrow sidebar on a wide screen. */
    container-type: inline-size;
  }
  .heading:focus,
  .section__heading:focus,
  .section__subheading:focus,
  .item__heading:focus {
    outline: none;
  }
  .intro,
  .research__summary {
    display: grid;
    gap: var(--_space-2);
    max-width: 40em;
  }
  .section__subheading {
    font-size: 1em;
    font-weight: 700;
    margin-top: var(--_space-2);
  }
  .section__intro {
    max-width: 40em;
  }

  /* Benefits and limits */
  .items {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
  }
  .items--cards {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_benefits-columns-min)), 1fr));
  }
  .items--cards .item {
    background: var(--_benefits-card-background);
    border: 1px solid var(--_benefits-card-border);
    border-top: 0.25em solid var(--_benefits-accent);
    border-radius: var(--_radius);
    padding: var(--_space-3);
  }
  .items--list {
    gap: 0;
  }
  .items--list .item {
    padding: var(--_space-3) 0;
    border-bottom: 1px solid var(--_color-border);
  }
  .items--list .item:first-child {
    border-top: 1px solid var(--_color-border);
  }
  .item {
    display: grid;
    gap: var(--_space-2);
    align-content: start;
  }
  .item__heading {
    font-size: 1em;
    font-weight: 700;
  }
  .item__text,
  .works__text,
  .source__finding {
    display: grid;
    gap: var(--_space-2);
  }
  .item__example {
    color: var(--_color-text-muted);
    font-style: italic;
  }
  .item__example-label {
    font-style: normal;
    font-weight: 600;
  }
  .works,
  .sources {
    display: grid;
    gap: var(--_space-2);
    padding-inline-start: 1.25em;
    max-width: 45em;
  }
  .works__title {
    display: block;
  }
  .source {
    display: grid;
    gap: var(--_space-1);
  }
  .source__finding {
    color: var(--_color-text-muted);
  }

  /* Comparison table: a real table when there is room */
  .compare__table {
    width: 100%;
    border-collapse: collapse;
    text-align: start;
  }
  .compare__caption {
    text-align: start;
    font-weight: 700;
    padding-bottom: var(--_space-2);
  }
  .compare__table th,
  .compare__table td {
    text-align: start;
    vertical-align: top;
    padding: var(--_space-2);
    border-bottom: 1px solid var(--_color-border);
  }
  .compare__head th {
    border-bottom: 0.2em solid var(--_benefits-accent);
  }
  .compare__label {
    display: none;
  }

  /* …and stacked cards when there is not. The header row is hidden only
     visually, so the table's header cells still name each value for screen
     readers; each value shows its column name for everyone else. */
  @container (max-width: 40em) {
    .compare__table,
    .compare__table tbody,
    .compare__row,
    .compare__table th,
    .compare__table td {
      display: block;
    }
    .compare__caption {
      display: block;
    }
    .compare__head {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    .compare__row {
      background: var(--_benefits-card-background);
      border: 1px solid var(--_benefits-card-border);
      border-top: 0.25em solid var(--_benefits-accent);
      border-radius: var(--_radius);
      margin-bottom: var(--_space-3);
      padding: var(--_space-2) var(--_space-3);
    }
    .compare__table .compare__aspect {
      font-size: var(--_font-size-large);
      padding-inline: 0;
      border: 0;
    }
    .compare__table td {
      padding-inline: 0;
    }
    .compare__table td:last-child {
      border-bottom: 0;
    }
    .compare__label {
      display: block;
      font-weight: 700;
    }
  }

  @media (forced-colors: active) {
    .items--cards .item,
    .compare__row {
      border-color: CanvasText;
    }
  }
  @media print {
    .items--cards {
      display: block;
    }
    .items--cards .item {
      background: none;
      border: 0;
      border-top: 1px solid;
      padding: var(--_space-2) 0;
      break-inside: avoid;
    }
    .compare__row,
    .source {
      break-inside: avoid;
    }
    /* Printed links need their address on paper. */
    .source__citation a::after {
      content: ' (' attr(href) ')';
      word-break: break-all;
    }
  }
`;
