import { expect } from '@open-wc/testing';
import { define } from '../../src/define.js';
import { SgSignpost } from '../../src/components/signpost/signpost.component.js';
import '../../src/components/signpost/signpost.js';
import { VERSION } from '../../src/version.js';

function captureWarnings(run: () => void): string[] {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('registering elements', () => {
  it('a second copy of the same version registers nothing and stays quiet', () => {
    class SecondCopy extends SgSignpost {}
    let result = true;
    const warnings = captureWarnings(() => {
      result = define('sg-signpost', SecondCopy);
    });
    expect(result).to.equal(false);
    expect(warnings).to.deep.equal([]);
    expect(customElements.get('sg-signpost')).to.equal(SgSignpost);
  });

  it('another version does not throw, keeps the first, and warns naming both versions', () => {
    class OlderCopy extends HTMLElement {
      static readonly version = '0.0.1';
    }
    const warnings = captureWarnings(() => {
      expect(() => define('sg-signpost', OlderCopy)).not.to.throw();
    });
    expect(customElements.get('sg-signpost')).to.equal(SgSignpost);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`version ${VERSION}`).and.to.contain('version 0.0.1');
  });

  it('registers a new tag once', () => {
    class Fresh extends HTMLElement {}
    expect(define('sg-test-fresh', Fresh)).to.equal(true);
    expect(customElements.get('sg-test-fresh')).to.equal(Fresh);
    expect(define('sg-test-fresh', Fresh)).to.equal(false);
  });

  it('keeps the version equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
