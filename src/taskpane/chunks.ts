/**
 * The pane's parts loaded on first use, each once, its messages added to the pane's catalogue as it arrives:
 * the December workflows (december-chunk.ts), the less frequent views (views-chunk.ts) and building a client's
 * sheets (build-chunk.ts, prefetched once the pane has started: adding a client is frequent). A failed load (a
 * dropped connection) is tried again the next time.
 */
import type { MessageSet } from "../i18n/catalogue";
import { addPaneMessages } from "./pane-messages";

/** Loads `load` once; `messagesOf` names the messages the chunk brings, if it brings any. */
function onFirstUse<T>(load: () => Promise<T>, messagesOf?: (chunk: T) => MessageSet): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().then(
      (chunk) => {
        if (messagesOf !== undefined) addPaneMessages(messagesOf(chunk));
        return chunk;
      },
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    );
    return loading;
  };
}

/** Nuevo año (its view too) and the report to share. */
export const loadDecember = onFirstUse(
  () => import(/* webpackChunkName: "december" */ "./december-chunk"),
  (chunk) => chunk.DECEMBER_PANE_MESSAGES,
);

/** Revisión del plan, Archived and Import, with the use cases only they call. */
export const loadViews = onFirstUse(
  () => import(/* webpackChunkName: "views" */ "./views-chunk"),
  (chunk) => chunk.VIEWS_PANE_MESSAGES,
);

/**
 * Add, repair and rename a client: the sheet layouts; fetched in idle time after the start (webpackPrefetch).
 * Its results are worded by the start chunk's messages.
 */
export const loadBuild = onFirstUse(
  () => import(/* webpackChunkName: "build", webpackPrefetch: true */ "./build-chunk"),
);
