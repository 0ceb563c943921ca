import { expect } from '@open-wc/testing';
import type { Message, StringsBundle } from '../../src/i18n/registry.js';
import { signpostStrings } from '../../src/components/signpost/signpost.strings.js';
import { finderStrings } from '../../src/components/group-finder/group-finder.strings.js';
import { benefitsStrings } from '../../src/components/benefits/benefits.strings.js';
import { whatToExpectStrings } from '../../src/components/what-to-expect/what-to-expect.strings.js';
import { scheduleStrings } from '../../src/schedule/strings.js';

const BUNDLES: Record<string, StringsBundle> = {
  signpost: signpostStrings,
  'group-finder': finderStrings,
  benefits: benefitsStrings,
  'what-to-expect': whatToExpectStrings,
  schedule: scheduleStrings,
};

const forms = (message: Message): string[] => (typeof message === 'string' ? [message] : Object.values(message).filter((v): v is string => typeof v === 'string'));

/**
 * Placeholder names. Two pairs are the same value in another form, chosen by
 * the language: `{daySoft}` is `{day}` with the Welsh soft mutation, and a
 * language without ordinal suffixes writes `{n}` where English has `{nth}`.
 */
const SAME: Record<string, string> = { nth: 'n' };
const placeholders = (message: Message): string[] =>
  [
    ...new Set(
      forms(message).flatMap((text) =>
        [...text.matchAll(/\{(\w+)\}/g)].map((m) => {
          const name = m[1]!.replace(/Soft$/, '');
          return SAME[name] ?? name;
        }),
      ),
    ),
  ].sort();

describe('translations', () => {
  for (const [name, bundle] of Object.entries(BUNDLES)) {
    describe(name, () => {
      const languages = Object.keys(bundle).filter((l) => l !== 'en');

      it('has a translation for every English string, and no extra keys', () => {
        expect(languages).to.include('cy');
        for (const lang of languages) {
          expect(Object.keys(bundle[lang]!).sort(), lang).to.deep.equal(Object.keys(bundle.en).sort());
        }
      });

      it('never leaves a string empty, and keeps every placeholder the English has', () => {
        for (const lang of ['en', ...languages]) {
          for (const [key, message] of Object.entries(bundle[lang]!)) {
            for (const text of forms(message)) expect(text.trim(), `${lang} ${key}`).not.to.equal('');
            if (lang !== 'en') expect(placeholders(message), `${lang} ${key}`).to.deep.equal(placeholders(bundle.en[key]!));
          }
        }
      });
    });
  }
});
