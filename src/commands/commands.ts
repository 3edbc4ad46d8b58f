/**
 * Function file of the ribbon (manifest <FunctionFile>). The Home-tab button opens the task pane with
 * ShowTaskpane, which needs no code; ExecuteFunction commands added later register with `associateCommand`.
 */

/** The work an ExecuteFunction command does. */
export type CommandHandler = () => Promise<void>;

/**
 * Binds `handler` to the manifest's <FunctionName>`name`. Office keeps the command busy until
 * event.completed() is called, so it is called after the handler settles, failed or not.
 */
export function associateCommand(name: string, handler: CommandHandler): void {
  Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
    handler()
      .catch((e: unknown) => {
        console.error(`VAM command ${name} failed`, e instanceof Error ? e.message : e);
      })
      .finally(() => event.completed());
  });
}

Office.onReady().catch((e: unknown) => {
  console.error("VAM function file failed to start", e instanceof Error ? e.message : e);
});
