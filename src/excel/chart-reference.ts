/**
 * Reads the structured references a chart spec names its series by (`vamCartera[Conocimiento]`,
 * `vamCartera[[% hechas]]`, with `'` escaping `[ ] # ' @` in a header), so the adapter can take the
 * column's data body from the table itself: the chart then follows the table as it grows.
 */

/** Table and column header of a one-column structured reference; misuse (anything else) throws. */
export function parseColumnReference(reference: string): { readonly table: string; readonly column: string } {
  const match = /^([A-Za-z_\\][\w.]*)\[(\[)?(.*?)(\])?\]$/u.exec(reference.trim());
  const doubled = match?.[2] !== undefined;
  if (!match || doubled !== (match[4] !== undefined)) {
    throw new Error(`not a one-column structured reference: ${reference}`);
  }
  const column = (match[3] ?? "").replace(/'(.)/gu, "$1");
  if (column === "" || column.startsWith("#")) throw new Error(`not a one-column structured reference: ${reference}`);
  return { table: match[1] ?? "", column };
}
