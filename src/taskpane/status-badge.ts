/** The coloured status badge of a client (rojo / ámbar / verde / sin puntuar / archivado): colour plus words. */
import type { ClientStatus } from "../domain/portfolio";
import { h } from "./dom";

/** A badge whose colour comes from the theme and whose text says the status, so colour is never the only cue. */
export function statusBadge(status: ClientStatus, label: string): HTMLSpanElement {
  return h("span", { className: `vam-badge vam-status-${status}` }, label);
}
