// prettier-ignore
/**
 * Functions Excel added after Excel 2007. In the file format their names carry the `_xlfn.` prefix
 * (Microsoft: "Issue: An _xlfn. prefix is displayed in front of a formula"); a bare `MAXIFS(` in an
 * .xlsx is an unknown name, and both Excel and LibreOffice show #NAME?. Office.js `Range.formulas`
 * takes them bare, so the spec holds them bare and the .xlsx writer adds the prefix.
 */
export const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "ACOT", "ACOTH", "AGGREGATE", "ARABIC", "BASE", "BETA.DIST", "BETA.INV", "BINOM.DIST", "BINOM.DIST.RANGE",
  "BINOM.INV", "BITAND", "BITLSHIFT", "BITOR", "BITRSHIFT", "BITXOR", "CEILING.MATH", "CEILING.PRECISE",
  "CHISQ.DIST", "CHISQ.DIST.RT", "CHISQ.INV", "CHISQ.INV.RT", "CHISQ.TEST", "COMBINA", "CONCAT",
  "CONFIDENCE.NORM", "CONFIDENCE.T", "COT", "COTH", "COVARIANCE.P", "COVARIANCE.S", "CSC", "CSCH", "DAYS",
  "DECIMAL", "ENCODEURL", "ERF.PRECISE", "ERFC.PRECISE", "EXPON.DIST", "F.DIST", "F.DIST.RT", "F.INV",
  "F.INV.RT", "F.TEST", "FILTERXML", "FLOOR.MATH", "FLOOR.PRECISE", "FORECAST.ETS", "FORECAST.ETS.CONFINT",
  "FORECAST.ETS.SEASONALITY", "FORECAST.ETS.STAT", "FORECAST.LINEAR", "FORMULATEXT", "GAMMA", "GAMMA.DIST",
  "GAMMA.INV", "GAMMALN.PRECISE", "GAUSS", "HYPGEOM.DIST", "IFNA", "IFS", "IMCOSH", "IMCOT", "IMCSC",
  "IMCSCH", "IMSEC", "IMSECH", "IMSINH", "IMTAN", "ISFORMULA", "ISOWEEKNUM", "LOGNORM.DIST", "LOGNORM.INV",
  "MAXIFS", "MINIFS", "MODE.MULT", "MODE.SNGL", "MUNIT", "NEGBINOM.DIST", "NETWORKDAYS.INTL", "NORM.DIST",
  "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "NUMBERVALUE", "PDURATION", "PERCENTILE.EXC", "PERCENTILE.INC",
  "PERCENTRANK.EXC", "PERCENTRANK.INC", "PERMUTATIONA", "PHI", "POISSON.DIST", "QUARTILE.EXC",
  "QUARTILE.INC", "RANK.AVG", "RANK.EQ", "RRI", "SEC", "SECH", "SHEET", "SHEETS", "SKEW.P", "STDEV.P",
  "STDEV.S", "SWITCH", "T.DIST", "T.DIST.2T", "T.DIST.RT", "T.INV", "T.INV.2T", "T.TEST", "TEXTAFTER",
  "TEXTBEFORE", "TEXTJOIN", "UNICHAR", "UNICODE", "VAR.P", "VAR.S", "WEBSERVICE", "WEIBULL.DIST",
  "WORKDAY.INTL", "XLOOKUP", "XMATCH", "XOR", "Z.TEST",
]);

// prettier-ignore
/**
 * Dynamic-array functions. In a file they need array metadata besides a prefix, and the workbook
 * contract forbids array tricks (WORKBOOK.md), so the writer refuses them instead of writing a
 * formula that Excel would show as #NAME? or wrap in implicit intersection.
 */
export const DYNAMIC_ARRAY_FUNCTIONS: ReadonlySet<string> = new Set([
  "ANCHORARRAY", "BYCOL", "BYROW", "CHOOSECOLS", "CHOOSEROWS", "DROP", "EXPAND", "FILTER", "HSTACK",
  "LAMBDA", "LET", "MAKEARRAY", "MAP", "RANDARRAY", "REDUCE", "SCAN", "SEQUENCE", "SINGLE", "SORT", "SORTBY",
  "TAKE", "TEXTSPLIT", "TOCOL", "TOROW", "UNIQUE", "VSTACK", "WRAPCOLS", "WRAPROWS",
]);
