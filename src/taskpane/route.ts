/** Where the pane is: which view, and for the client view which client. */
import type { ClientId } from "../domain/plan";

/** One place in the pane. */
export type Route =
  | { readonly view: "setup" }
  | { readonly view: "portfolio" }
  | { readonly view: "addClient" }
  | { readonly view: "import" }
  | { readonly view: "review" }
  | { readonly view: "archive" }
  | { readonly view: "yearEnd" }
  | { readonly view: "client"; readonly clientId: ClientId };

/** The views the ribbon can open directly through `taskpane.html?view=<name>` (manifest.xml). */
const DIRECT_VIEWS: ReadonlySet<string> = new Set(["portfolio", "review", "import", "archive", "setup"]);

/** The first view for the page's query string (`?view=review` from the ribbon); the portfolio otherwise. */
export function initialRoute(search: string): Route {
  const view = new URLSearchParams(search).get("view") ?? "";
  return DIRECT_VIEWS.has(view) ? ({ view } as Route) : { view: "portfolio" };
}

/**
 * Which navigation entry is current for `route` (the client and add-client views belong to the portfolio,
 * Nuevo año to the plan).
 */
export function navSection(route: Route): "portfolio" | "review" | "import" | "archive" | "setup" {
  switch (route.view) {
    case "client":
    case "addClient":
      return "portfolio";
    case "yearEnd":
      return "setup";
    default:
      return route.view;
  }
}
