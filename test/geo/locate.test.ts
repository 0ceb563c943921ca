import { expect } from '@open-wc/testing';
import { LocateError, currentPosition, type GeolocationLike } from '../../src/geo/locate.js';

type Success = Parameters<Geolocation['getCurrentPosition']>[0];
type Failure = NonNullable<Parameters<Geolocation['getCurrentPosition']>[1]>;

/** A stand-in for navigator.geolocation that answers the way it is told. */
function fakeGeolocation(answer: (success: Success, failure: Failure, options?: PositionOptions) => void): GeolocationLike & { asked: PositionOptions[] } {
  const asked: PositionOptions[] = [];
  return {
    asked,
    getCurrentPosition(success, failure, options) {
      asked.push(options ?? {});
      setTimeout(() => answer(success, failure!, options), 5);
    },
  };
}

const position = (latitude: number, longitude: number, accuracy: number) =>
  ({ coords: { latitude, longitude, accuracy }, timestamp: Date.now() }) as unknown as GeolocationPosition;
const failure = (code: number) => ({ code, message: '' }) as GeolocationPositionError;

async function rejection(promise: Promise<unknown>): Promise<LocateError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(LocateError);
    return error as LocateError;
  }
  throw new Error('expected locating to fail');
}

describe('current position', () => {
  it('gives the visitor’s position, asking only for coarse accuracy', async () => {
    const geo = fakeGeolocation((ok) => ok(position(51.48, -3.18, 1200)));
    expect(await currentPosition(geo)).to.deep.equal({ lat: 51.48, lng: -3.18, accuracyM: 1200 });
    expect(geo.asked[0]).to.include({ enableHighAccuracy: false, timeout: 10000 });
  });

  it('says plainly when the visitor said no', async () => {
    const error = await rejection(currentPosition(fakeGeolocation((_, fail) => fail(failure(1)))));
    expect(error.kind).to.equal('denied');
    expect(error.message).to.match(/type a town or postcode/);
  });

  it('tells "could not find you" from "took too long"', async () => {
    expect((await rejection(currentPosition(fakeGeolocation((_, fail) => fail(failure(2)))))).kind).to.equal('unavailable');
    expect((await rejection(currentPosition(fakeGeolocation((_, fail) => fail(failure(3)))))).kind).to.equal('timeout');
  });

  it('passes the timeout on to the browser', async () => {
    const geo = fakeGeolocation((ok) => ok(position(1, 2, 3)));
    await currentPosition(geo, { timeoutMs: 3000 });
    expect(geo.asked[0].timeout).to.equal(3000);
  });

  it('does not wait forever when the browser never answers (a dismissed prompt)', async () => {
    const silent: GeolocationLike = { getCurrentPosition() {} };
    const error = await rejection(currentPosition(silent, { timeoutMs: 50, promptMs: 50 }));
    expect(error.kind).to.equal('timeout');
  });

  it('reports a browser without geolocation, and one that throws', async () => {
    expect((await rejection(currentPosition(null))).kind).to.equal('unsupported');
    const throwing: GeolocationLike = {
      getCurrentPosition() {
        throw new Error('blocked by permissions policy');
      },
    };
    expect((await rejection(currentPosition(throwing))).kind).to.equal('unavailable');
  });
});
