/**
 * support-group-widgets: every element, registered. This is the entry for the
 * one-file script (`dist/support-group-widgets.js`) and for
 * `import 'support-group-widgets'`.
 */
import { captureScriptBase } from './internal/script-base.js';
import './components/feed/feed.js';
import './components/signpost/signpost.js';
import './components/group-finder/group-finder.js';
import './components/benefits/benefits.js';
import './components/what-to-expect/what-to-expect.js';

export { SgFeed } from './components/feed/feed.component.js';
export { SgSignpost } from './components/signpost/signpost.component.js';
export { SgGroupFinder } from './components/group-finder/group-finder.component.js';
export { SgBenefits } from './components/benefits/benefits.component.js';
export { SgWhatToExpect } from './components/what-to-expect/what-to-expect.component.js';
export { define } from './define.js';
export { registerTranslation, type Message, type PluralMessage } from './i18n/registry.js';
export { HELPLINES, REGION_HELP, REGIONS, type Helpline, type Region } from './content/helplines.js';
export { normalise } from './feed/normalise.js';
export { getFeed, refreshFeed, subscribeFeed } from './feed/store.js';
export type { FeedState } from './feed/context.js';
export { VERSION } from './version.js';
export type * from './feed/types.js';

// The one-file script fetches rarely needed parts from its own directory; its
// address is only known while it first runs.
captureScriptBase();
