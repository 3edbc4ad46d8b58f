/**
 * Building a client's sheets — add a client, repair one, rename one (which rebuilds a lost Ver) — in a chunk
 * of its own (chunks.ts): the Ver, Ajustar and Medir layouts, the four directions' sheet texts and the chart
 * calls they need are the largest code the pane has, and a pane opened to read the portfolio or type a score
 * needs none of it. The pane prefetches the chunk once it has started, so the first add rarely waits for it
 * (docs/ARCHITECTURE.md: 60 KB gzip budget of what taskpane.html loads, with 1 KB kept free). It brings no
 * messages: its results are worded by the start chunk's.
 */
export { addClient } from "../app/add-client";
export { renameClient } from "../app/rename-client";
export { repairClient } from "../app/repair-client";
