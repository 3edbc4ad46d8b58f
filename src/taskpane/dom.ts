/**
 * The pane's only way to build DOM: elements from tag names, text through text nodes and `textContent`.
 * Workbook content is untrusted (a shared workbook can hold anything), so no HTML string is ever parsed.
 */

/** Something to append: a node, or text (becomes a text node); `null`, `undefined` and `false` are skipped. */
export type Child = Node | string | null | undefined | false;

/** Attributes, class, text and listeners of a new element. */
export interface ElementOptions {
  readonly className?: string;
  readonly id?: string;
  /** Attributes; `false` and `undefined` leave the attribute out, `true` sets it empty (`hidden`, `required`). */
  readonly attrs?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Event listeners by event name. */
  readonly on?: Readonly<Partial<Record<keyof HTMLElementEventMap, (event: Event) => void>>>;
}

/** A new `tag` element with `options` and `children`. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options.className !== undefined) element.className = options.className;
  if (options.id !== undefined) element.id = options.id;
  for (const [name, value] of Object.entries(options.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [event, listener] of Object.entries(options.on ?? {})) {
    if (listener !== undefined) element.addEventListener(event, listener);
  }
  append(element, ...children);
  return element;
}

/** Appends `children` to `parent`, text as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/**
 * Replaces the children of `container`. When the focus was inside it on an element with `data-focus-key`,
 * the new element with the same key gets the focus back, without scrolling: a background refresh must never
 * move the user's place (and never takes the focus from anywhere else).
 */
export function replaceChildren(container: Element, ...children: Child[]): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && container.contains(active) ? active.dataset.focusKey : undefined;
  container.replaceChildren();
  append(container, ...children);
  if (key === undefined) return;
  const again = [...container.querySelectorAll<HTMLElement>("[data-focus-key]")].find(
    (e) => e.dataset.focusKey === key,
  );
  again?.focus({ preventScroll: true });
}

/** A heading the pane moves the focus to when the user opens a view (tabindex -1: focusable, not in the tab order). */
export function viewHeading(text: string, level: "h2" | "h3" = "h2"): HTMLHeadingElement {
  return h(level, { className: "vam-view-title", attrs: { tabindex: -1 } }, text);
}
