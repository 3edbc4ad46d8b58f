/**
 * Runs in the playground's pane frame right after Office's office.js and before the pane's bundle: makes
 * Office answer as Excel on the web would (office-shim.ts).
 */
import { installOfficeShim, shimSettingsFrom } from "./office-shim";
import type { PlaygroundBridge } from "./pane-host";

const bridge = (window as unknown as { __vamPlayground?: PlaygroundBridge }).__vamPlayground;
if (bridge === undefined) throw new Error("pane-host.js must run before pane-office.js");
installOfficeShim(window, shimSettingsFrom(window.location.search), bridge.ready);
