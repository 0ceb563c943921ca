import { ensureContextRoot } from '../../internal/context-root.js';
import { SgFeed } from './feed.component.js';

export * from './feed.component.js';
export default SgFeed;

ensureContextRoot();
SgFeed.define('sg-feed');
