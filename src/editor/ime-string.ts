// A one-line text field that Chinese input methods can type into. It replaces
// Decap's `string` widget, whose control moves the cursor back after every
// update (setSelectionRange in componentDidUpdate): when the page answers a
// keystroke late, as on a slow office PC, that lands in the middle of a pinyin
// composition and commits it, leaving letters in the text ("开展xiaoy校园").
// tests/editor/e2e.test.ts types through an input method on a slowed CPU.
//
// While a composition is open the field is left alone, and the form is told
// the value only once the characters are chosen.
import { Component, createElement, type ChangeEvent, type CompositionEvent } from 'react';

interface Props {
  readonly onChange: (value: string) => void;
  readonly forID?: string;
  readonly value?: unknown;
  readonly classNameWrapper: string;
  readonly setActiveStyle: () => void;
  readonly setInactiveStyle: () => void;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

export class ImeSafeStringControl extends Component<Props> {
  private input: HTMLInputElement | null = null;
  private composing = false;

  override shouldComponentUpdate(next: Props): boolean {
    return next.classNameWrapper !== this.props.classNameWrapper || next.forID !== this.props.forID || text(next.value) !== text(this.props.value);
  }

  override componentDidUpdate(): void {
    // A value set from outside (a reset, a duplicated entry) reaches the field, never mid-composition.
    const wanted = text(this.props.value);
    if (this.input && !this.composing && this.input.value !== wanted) this.input.value = wanted;
  }

  private readonly onInput = (event: ChangeEvent<HTMLInputElement>) => {
    if (!this.composing) this.props.onChange(event.currentTarget.value);
  };

  private readonly onCompositionStart = () => {
    this.composing = true;
  };

  private readonly onCompositionEnd = (event: CompositionEvent<HTMLInputElement>) => {
    this.composing = false;
    this.props.onChange(event.currentTarget.value);
  };

  override render() {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    // Uncontrolled: the browser owns the text while the person types.
    return createElement('input', {
      ref: (el: HTMLInputElement | null) => {
        this.input = el;
      },
      type: 'text',
      id: forID,
      className: classNameWrapper,
      defaultValue: text(value),
      onChange: this.onInput,
      onCompositionStart: this.onCompositionStart,
      onCompositionEnd: this.onCompositionEnd,
      onFocus: setActiveStyle,
      onBlur: setInactiveStyle,
    });
  }
}
