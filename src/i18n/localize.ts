import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  fallbackChain,
  intlLocale,
  onTranslationsChange,
  registeredLanguages,
  registerStrings,
  translate,
  type StringsBundle,
  SOURCE_LANG,
  type Params,
  type StringKey,
} from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
let unsubscribe: (() => void) | undefined;

function refreshAll(): void {
  for (const controller of connected) controller.refresh();
}

function startWatching(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  // One observer for the whole document: a `lang` change anywhere may change
  // the language of any element below it.
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  unsubscribe = onTranslationsChange(refreshAll);
}

function stopWatching(): void {
  observer?.disconnect();
  observer = undefined;
  unsubscribe?.();
  unsubscribe = undefined;
}

/**
 * The language of an element: its own `lang`, else the nearest ancestor's,
 * crossing shadow roots, else the document's, else English. So a Welsh
 * section on an English page gets Welsh widgets.
 */
export function resolveLang(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return SOURCE_LANG;
}

/**
 * Gives an element its language and translated strings, and re-renders it when
 * its language or the translations change. Modelled on Shoelace's localize
 * controller: per element, not one locale per page.
 */
export class LocalizeController implements ReactiveController {
  /** The element's language as written in the page, e.g. `cy` or `en-GB`. */
  lang = SOURCE_LANG;

  constructor(
    private readonly host: Host,
    strings: readonly StringsBundle[] = [],
  ) {
    for (const bundle of strings) registerStrings(bundle);
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this);
    startWatching();
    const lang = resolveLang(this.host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) stopWatching();
  }

  /** Re-reads the language; re-renders when translations or the language changed. */
  refresh(): void {
    this.lang = resolveLang(this.host);
    this.host.requestUpdate();
  }

  /** The best language we have strings for (for Intl and the `lang` of rendered text). */
  get resolvedLang(): string {
    const known = new Set(registeredLanguages());
    return fallbackChain(this.lang).find((code) => known.has(code)) ?? SOURCE_LANG;
  }

  t(key: StringKey, params?: Params): string {
    return translate(this.lang, key, params);
  }

  /** A locale Intl accepts for this element (bare `en` is British English); falls back to English. */
  get locale(): string {
    try {
      return intlLocale(Intl.getCanonicalLocales(this.lang)[0] ?? SOURCE_LANG);
    } catch {
      return intlLocale(SOURCE_LANG);
    }
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.locale, options).format(value);
  }

  date(value: Date, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.locale, options).format(value);
  }

  list(items: readonly string[], options?: Intl.ListFormatOptions): string {
    return new Intl.ListFormat(this.locale, options).format(items);
  }
}
