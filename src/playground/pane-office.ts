/**
 * Runs in the playground's pane frame right after Office's office.js and before the pane's bundle: makes
 * Office answer as Excel on the web would (office-shim.ts).
 */
import { installOfficeShim, shimSettingsFrom } from "./office-shim";

installOfficeShim(window, shimSettingsFrom(window.location.search));
