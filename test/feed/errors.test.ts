import { expect } from '@open-wc/testing';
import { FeedError, toFeedError } from '../../src/feed/errors.js';

describe('toFeedError', () => {
  it('gives a reader’s error, thrown without an address, the feed’s address and keeps its words', () => {
    const inner = new FeedError('parse', '', { message: 'This feed is in CSV format; the reader for it could not be loaded.', detail: 'import failed' });
    const error = toFeedError(inner, 'https://example.org/groups.csv');
    expect(error.url).to.equal('https://example.org/groups.csv');
    expect(error.kind).to.equal('parse');
    expect(error.message).to.equal(inner.message);
    expect(error.detail).to.equal('import failed');
    expect(error.cause).to.equal(inner);
  });

  it('leaves an error that already names its address alone', () => {
    const inner = new FeedError('http', 'https://example.org/a.json', { status: 404 });
    expect(toFeedError(inner, 'https://example.org/b.json')).to.equal(inner);
  });

  it('turns a SyntaxError into a parse error and anything else into a schema error', () => {
    expect(toFeedError(new SyntaxError('bad'), '/f.json').kind).to.equal('parse');
    expect(toFeedError(new TypeError('odd'), '/f.json').kind).to.equal('schema');
  });
});
