import { css } from 'lit';

export const styles = css`
  :host {
    --_wte-step-background: var(--sg-what-to-expect-step-background, var(--_color-surface));
    --_wte-accent: var(--sg-what-to-expect-accent, var(--_color-primary));
  }
  .heading:focus,
  .section__heading:focus,
  .worry__heading:focus {
    outline: none;
  }
  /* The step heading receives focus when the visitor changes step: show
     where they are, in the shared focus colours. */
  .step__heading:focus-visible {
    outline: var(--_focus-width) solid transparent;
    background-color: var(--_focus-color);
    color: var(--_focus-text);
    box-shadow: inset 0 -4px 0 var(--_focus-text);
  }
  .step__heading:focus:not(:focus-visible) {
    outline: none;
  }
  .intro {
    display: grid;
    gap: var(--_space-2);
    max-width: 40em;
  }
  .step {
    display: grid;
    gap: var(--_space-2);
    max-width: 40em;
  }
  .step[hidden] {
    display: none;
  }
  .step--stepper {
    background: var(--_wte-step-background);
    border-inline-start: 0.3em solid var(--_wte-accent);
    border-radius: var(--_radius);
    padding: var(--_space-3);
  }
  .step__count {
    font-size: var(--_font-size-small);
    font-weight: 600;
    color: var(--_color-text-muted);
  }
  .step__heading {
    font-size: 1.1em;
    font-weight: 700;
  }
  .step__text,
  .worry__text {
    display: grid;
    gap: var(--_space-2);
  }
  .stepper {
    display: grid;
    gap: var(--_space-3);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .next,
  .cta {
    margin-inline-start: auto;
  }
  a.cta,
  a.cta:visited {
    color: var(--_color-on-primary);
    text-decoration: none;
  }
  .steps {
    display: grid;
    gap: var(--_space-3);
    padding-inline-start: 1.75em;
  }
  .steps > li::marker {
    font-weight: 700;
    color: var(--_wte-accent);
  }
  .worries {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--_space-3);
    max-width: 40em;
  }
  .worry {
    display: grid;
    gap: var(--_space-1);
  }
  .worry__heading {
    font-size: 1em;
    font-weight: 700;
  }
  .help-now {
    display: grid;
    gap: var(--_space-2);
    justify-items: start;
    max-width: 40em;
    border: 1px solid var(--_color-crisis-border);
    background: var(--_color-crisis-surface);
    border-radius: var(--_radius);
    padding: var(--_space-3);
  }
  .help-now__button {
    padding-inline: 0;
  }
  @media (forced-colors: active) {
    .step--stepper,
    .help-now {
      border-color: CanvasText;
    }
  }
  /* On paper every step shows, whatever the mode; buttons do nothing there. */
  @media print {
    .step[hidden] {
      display: grid;
    }
    .step--stepper {
      background: none;
      padding: var(--_space-2) 0;
      break-inside: avoid;
    }
    .controls,
    .help-now__button {
      display: none;
    }
    .help-now {
      background: none;
    }
  }
`;
