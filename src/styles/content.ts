import { css } from 'lit';

/** Layout shared by the content elements (<sg-benefits>, <sg-what-to-expect>): the outer grid, headings and sections. */
export const contentLayout = css`
  .base {
    display: grid;
    gap: var(--_space-4);
  }
  .heading {
    font-size: var(--_font-size-heading);
    line-height: 1.25;
    font-weight: 700;
  }
  .section {
    display: grid;
    gap: var(--_space-3);
  }
  .section__heading {
    font-size: var(--_font-size-large);
    line-height: 1.3;
    font-weight: 700;
  }
`;
