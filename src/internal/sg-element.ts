import { LitElement } from 'lit';
import { define } from '../define.js';
import { LocalizeController } from '../i18n/localize.js';
import type { StringsBundle } from '../i18n/registry.js';
import { VERSION } from '../version.js';

/** Options for `emit()`; events bubble and cross shadow roots unless told otherwise. */
export interface EmitOptions {
  bubbles?: boolean;
  composed?: boolean;
  cancelable?: boolean;
}

/**
 * The base of every element: version stamp, guarded registration, the
 * localiser, and an `emit()` whose events reach the page's own listeners.
 *
 * @internal
 */
export class SgElement extends LitElement {
  /** The version of the copy that defined this class; read by `define()`. */
  static readonly version = VERSION;

  /** Registers this class under `tag` unless the tag is taken; never throws. */
  static define(tag: string): boolean {
    return define(tag, this);
  }

  /**
   * The element's built-in strings, registered when the first instance is created.
   * @internal
   */
  static strings: readonly StringsBundle[] = [];

  protected readonly localize = new LocalizeController(this, (this.constructor as typeof SgElement).strings);

  /** Dispatches a bubbling, composed CustomEvent; returns false when a listener cancelled it. */
  protected emit<T>(name: string, detail?: T, options: EmitOptions = {}): boolean {
    const event = new CustomEvent<T>(name, {
      bubbles: options.bubbles ?? true,
      composed: options.composed ?? true,
      cancelable: options.cancelable ?? false,
      detail: detail as T,
    });
    return this.dispatchEvent(event);
  }
}
