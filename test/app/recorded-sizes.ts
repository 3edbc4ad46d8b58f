/**
 * Request sizes measured by excel-sim for the use cases, bytes (the largest request of each). They are exact
 * and deterministic for the current workbook layout: a change to src/layout (a new cell, style or column)
 * changes them, and then this file is where they are re-recorded (after checking the change is intended).
 * Sync counts are asserted in the tests themselves: they do not depend on the layout.
 */
export const LARGEST_REQUEST = {
  /** Set up a plan in a blank workbook: Cartera, lists, meta and names. */
  setUp: 44_545,
  /** Add a client named Acme (id acmeacme) to an empty plan. */
  addFirstClient: 138_869,
  /** Add a client named Nuevo to a plan that has clients (same for 1 and 50). */
  addClient: 139_041,
  /** Import 45 clients: the fullest of its requests under the 4 MB budget. */
  import45: 3_995_619,
  renameClient: 572,
  archiveClient: 541,
  deleteClient: 2_550,
  snapshotTwoClients: 2_819,
  setScores: 347,
  /** Inspect, then append the first action (into the blank row) with its owner's row on Medir, inspect, append the second. */
  addTwoActions: [347, 1_218, 347, 811],
} as const;
