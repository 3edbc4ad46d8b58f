/** How client names compare: two clients may not share a name, ignoring case and surrounding spaces. */

/** Comparison key of a client name: trimmed, NFC, lower case (Spanish rules), so `Acme` = ` ACME `. */
export function clientNameKey(name: string): string {
  return name.trim().normalize("NFC").toLocaleLowerCase("es");
}
