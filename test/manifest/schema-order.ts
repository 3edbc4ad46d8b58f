/** Checks a list of child element names against an XSD `xs:sequence`, the way a validating parser would. */

/** One element of a sequence: its local name, and whether it may be absent or repeated. */
export interface SequenceItem {
  readonly name: string;
  readonly required: boolean;
  readonly repeatable: boolean;
}

/** Shorthand: `"Id"` required once, `"AlternateId?"` optional, `"Control+"` required and repeatable, `"X*"` both. */
export function sequence(...items: string[]): SequenceItem[] {
  return items.map((item) => {
    const suffix = item.slice(-1);
    const marked = ["?", "+", "*"].includes(suffix);
    return {
      name: marked ? item.slice(0, -1) : item,
      required: !marked || suffix === "+",
      repeatable: suffix === "+" || suffix === "*",
    };
  });
}

/**
 * The problems with `actual` (child names in document order) against `schema`: unknown elements, elements
 * out of order, repeats of a non-repeatable element, missing required ones. Empty when the order is valid.
 */
export function sequenceProblems(actual: readonly string[], schema: readonly SequenceItem[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  let position = 0;
  for (const name of actual) {
    const index = schema.findIndex((item) => item.name === name);
    const item = schema[index];
    if (item === undefined) {
      problems.push(`unexpected <${name}>`);
      continue;
    }
    if (index < position) problems.push(`<${name}> comes after <${schema[position]?.name ?? "?"}>`);
    if ((seen.get(name) ?? 0) > 0 && !item.repeatable) problems.push(`<${name}> repeated`);
    seen.set(name, (seen.get(name) ?? 0) + 1);
    position = Math.max(position, index);
  }
  for (const item of schema) {
    if (item.required && !seen.has(item.name)) problems.push(`<${item.name}> missing`);
  }
  return problems;
}
