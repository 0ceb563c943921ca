import { LitElement, type nothing, type TemplateResult } from 'lit';
import { define } from '../define.js';
import { renderAttributeProblems, reportAttribute, type AttributeProblem } from './attribute-check.js';
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
 * localiser, an `emit()` whose events reach the page's own listeners, and the
 * check of the editor's attributes (a wrong value gets one console warning
 * and, with `debug`, a note on the page; never a blank element).
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

  /** The wrong attribute values found before this render (see `attributeProblems()`). */
  protected wrongAttributes: readonly AttributeProblem[] = [];

  constructor() {
    super();
    // Before every render (after willUpdate, so values the element settled
    // there count): the list for the note, and a warning for each new value.
    this.addController({
      hostUpdate: () => {
        this.wrongAttributes = this.attributeProblems();
        for (const problem of this.wrongAttributes) reportAttribute(this, problem);
      },
    });
  }

  /**
   * What this element accepts, as checks of its attributes' current values
   * (`oneOf`, `numberFrom`, `headingLevel`… from `attribute-check.ts`).
   * Override it and add to `super.attributeProblems()`.
   */
  protected attributeProblems(): AttributeProblem[] {
    return [];
  }

  /** The note for the page editor about wrong attributes: put it first in `render()`. Nothing without `debug`. */
  protected renderAttributeNote(debug: boolean): TemplateResult | typeof nothing {
    return renderAttributeProblems(this.wrongAttributes, debug);
  }

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
