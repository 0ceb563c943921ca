import { expect } from '@open-wc/testing';
import { ATTENDANCE } from '../src/feed/types.js';

describe('smoke', () => {
  it('loads TypeScript modules', () => {
    expect(ATTENDANCE).to.include('hybrid');
  });
});
