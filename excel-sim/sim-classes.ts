/** The proxy classes, gathered for excel-types.ts (type-level use only). */
export { SimRange } from "./range";
export { SimRangeBorderCollection, SimRangeFill, SimRangeFont, SimRangeFormat } from "./range-format";
export { SimDataValidation } from "./validation";
export {
  SimCellValueFormat,
  SimConditionalFormat,
  SimConditionalFormatCollection,
  SimCustomFormat,
  SimDataBarFormat,
} from "./conditional-formats";
export { SimWorksheet } from "./worksheet";
export { SimWorksheetCollection } from "./worksheet-collection";
export { SimWorksheetFreezePanes } from "./worksheet-parts";
export { SimPageLayout } from "./page-layout";
export { SimHeaderFooter, SimHeaderFooterGroup } from "./header-footer";
export { SimRangeAreas } from "./range-areas";
export { SimTable, SimTableCollection } from "./table";
export { SimTableColumn, SimTableColumnCollection, SimTableRow, SimTableRowCollection } from "./table-parts";
export { SimNamedItem, SimNamedItemArrayValues, SimNamedItemCollection } from "./names";
export { SimChart, SimChartCollection, SimChartSeries, SimChartSeriesCollection, SimChartTitle } from "./charts";
export { SimApplication } from "./workbook";
