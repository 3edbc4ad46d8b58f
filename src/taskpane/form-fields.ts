/** Labelled form controls with an inline message slot, so every field names its own problem. */
import { h } from "./dom";

/** A control and the element that wraps it with its label and message. */
export interface Field<E extends HTMLElement> {
  readonly wrapper: HTMLDivElement;
  readonly control: E;
  /** Shows `message` under the control (and marks it invalid), or clears it when `null`. */
  setIssue(message: string | null): void;
}

function field<E extends HTMLElement>(id: string, label: string, control: E, hint?: string): Field<E> {
  const message = h("p", { className: "vam-field-message", id: `${id}-message`, attrs: { hidden: true } });
  const hintElement = hint === undefined ? null : h("p", { className: "vam-field-hint", id: `${id}-hint` }, hint);
  const describedBy = [hintElement?.id, message.id].filter((x) => x !== undefined).join(" ");
  control.id = id;
  control.setAttribute("aria-describedby", describedBy);
  const wrapper = h(
    "div",
    { className: "vam-field" },
    h("label", { attrs: { for: id } }, label),
    control,
    hintElement,
    message,
  );
  return {
    wrapper,
    control,
    setIssue: (text) => {
      message.textContent = text ?? "";
      message.hidden = text === null;
      if (text === null) control.removeAttribute("aria-invalid");
      else control.setAttribute("aria-invalid", "true");
    },
  };
}

/** Options of a text input. */
export interface TextFieldOptions {
  readonly value?: string;
  readonly type?: "text" | "search" | "date";
  readonly required?: boolean;
  /** `numeric` brings up a number keypad on touch devices while keeping the raw text for validation. */
  readonly inputMode?: "numeric" | "text";
  readonly autocomplete?: string;
  readonly maxLength?: number;
  readonly hint?: string;
}

/** A labelled text input. */
export function textField(id: string, label: string, options: TextFieldOptions = {}): Field<HTMLInputElement> {
  const input = h("input", {
    className: "vam-input",
    attrs: {
      type: options.type ?? "text",
      required: options.required === true,
      "aria-required": options.required === true ? "true" : undefined,
      inputmode: options.inputMode,
      autocomplete: options.autocomplete ?? "off",
      maxlength: options.maxLength,
    },
  });
  input.value = options.value ?? "";
  return field(id, label, input, options.hint);
}

/** A labelled multi-line input. */
export function textAreaField(id: string, label: string, rows: number, hint?: string): Field<HTMLTextAreaElement> {
  const area = h("textarea", { className: "vam-input vam-textarea", attrs: { rows, spellcheck: "false" } });
  return field(id, label, area, hint);
}

/** A labelled drop-down of `[value, label]` choices. */
export function selectField(
  id: string,
  label: string,
  choices: readonly (readonly [string, string])[],
  value: string,
): Field<HTMLSelectElement> {
  const select = h(
    "select",
    { className: "vam-input" },
    ...choices.map(([v, text]) => h("option", { attrs: { value: v } }, text)),
  );
  select.value = value;
  return field(id, label, select);
}

/**
 * Shows each field's message (`messages` by field key), clears the others, and focuses the first field
 * with a problem: the user just pressed the button, so moving the focus to what needs fixing is expected.
 */
export function showFieldIssues(
  fields: Readonly<Record<string, Field<HTMLElement>>>,
  messages: ReadonlyMap<string, string>,
): void {
  let first: HTMLElement | undefined;
  for (const [key, item] of Object.entries(fields)) {
    const text = messages.get(key) ?? null;
    item.setIssue(text);
    if (text !== null && first === undefined) first = item.control;
  }
  first?.focus();
}

/** A primary or secondary button; `type` submit for a form's main action. */
export function button(
  text: string,
  onClick: (() => void) | null,
  options: { primary?: boolean; type?: "button" | "submit"; label?: string; danger?: boolean; focusKey?: string } = {},
): HTMLButtonElement {
  const classes = [
    "vam-button",
    options.primary === true ? "vam-button-primary" : "",
    options.danger === true ? "vam-button-danger" : "",
  ];
  const element = h(
    "button",
    {
      className: classes.filter((c) => c !== "").join(" "),
      attrs: { type: options.type ?? "button", "aria-label": options.label, "data-focus-key": options.focusKey },
    },
    text,
  );
  if (onClick !== null) element.addEventListener("click", onClick);
  return element;
}

/** A form whose submit (a button, or Enter in a field) runs `onSubmit` instead of navigating. */
export function paneForm(
  options: { className?: string; labelledBy?: string },
  onSubmit: () => Promise<void>,
  ...children: (HTMLElement | null)[]
): HTMLFormElement {
  return h(
    "form",
    {
      className: options.className ?? "vam-form",
      // Validation is ours (catalogue messages in the pane's language), not the browser's bubbles.
      attrs: { novalidate: true, "aria-labelledby": options.labelledBy },
      on: {
        submit: (event) => {
          event.preventDefault();
          // onSubmit reports its own failures in the pane (the controller's run catches and shows them).
          onSubmit().catch((e: unknown) =>
            console.error("VAM: form action failed", e instanceof Error ? e.message : e),
          );
        },
      },
    },
    ...children,
  );
}

/** A form's row of buttons: the submit button, then any others. */
export function formActions(submitText: string, ...others: HTMLButtonElement[]): HTMLDivElement {
  return h("div", { className: "vam-actions" }, button(submitText, null, { primary: true, type: "submit" }), ...others);
}
