import { property } from 'lit/decorators.js';
import { feedOptions, type AttributeProblem } from './attribute-check.js';
import { FeedController } from './feed-controller.js';
import { SgElement } from './sg-element.js';

/**
 * An element that reads a feed: its own `feed` attribute, or else the
 * nearest `<sg-feed>`. What it takes from the feed (groups, contacts, words)
 * is up to the element; until the feed arrives, and if it never does, the
 * element shows its built-in content.
 */
export class SgFeedElement extends SgElement {
  /** URL of a feed: our JSON, Open Referral UK, Meeting Guide or CSV. Inside `<sg-feed>` it can be left out; an element's own feed wins. */
  @property() feed = '';

  /** Force the feed format: `native`, `open-referral`, `meeting-guide` or `csv`. Detected when left out. */
  @property() format = '';

  /** `off` to never keep a copy of the feed in the browser. */
  @property() cache = '';

  protected readonly feedController = new FeedController(this);

  /** `format` and `cache`, which every feed reader accepts. */
  protected override attributeProblems(): AttributeProblem[] {
    return [...super.attributeProblems(), ...feedOptions(this.format, this.cache)];
  }
}
