/** `Excel.run`'s shape: runs a batch with a fresh request context (Excel's own, or excel-sim's in tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
