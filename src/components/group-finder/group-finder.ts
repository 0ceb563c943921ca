import { ensureContextRoot } from '../../internal/context-root.js';
import { SgGroupFinder } from './group-finder.component.js';

export * from './group-finder.component.js';
export default SgGroupFinder;

ensureContextRoot();
SgGroupFinder.define('sg-group-finder');
