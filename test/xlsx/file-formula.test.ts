import { toFileFormula } from "../../src/xlsx/file-formula";

describe("formulas in file form", () => {
  it.each([
    ["=SUM(A1:A3)", "SUM(A1:A3)"],
    ["SUM(A1:A3)", "SUM(A1:A3)"],
    ["=TODAY()", "TODAY()"],
    ["=DATE(2027,3,15)", "DATE(2027,3,15)"],
    ['=COUNTIFS(T[Estado],"hecha",T[Vence],"<"&vamHoy)', 'COUNTIFS(T[Estado],"hecha",T[Vence],"<"&vamHoy)'],
    ['=IFERROR(1/0,"")', 'IFERROR(1/0,"")'],
    ["='O''Brien · Ver'!B3+1", "'O''Brien · Ver'!B3+1"],
    ["=1.5E+3*2", "1.5E+3*2"],
  ])("given %s, the file form is %s", (formula, file) => {
    expect(toFileFormula(formula)).toBe(file);
  });

  it.each([
    ["=MAXIFS(T[A],T[B],1)", "_xlfn.MAXIFS(T[A],T[B],1)"],
    ["=minifs(T[A],T[B],1)", "_xlfn.minifs(T[A],T[B],1)"],
    ["=IFS(A1>1,1,TRUE,0)", "_xlfn.IFS(A1>1,1,TRUE,0)"],
    ["=IFNA(XLOOKUP(1,A:A,B:B),0)", "_xlfn.IFNA(_xlfn.XLOOKUP(1,A:A,B:B),0)"],
    ["=STDEV.S(A1:A9)", "_xlfn.STDEV.S(A1:A9)"],
    ["=_xlfn.MAXIFS(A1:A2,B1:B2,1)", "_xlfn.MAXIFS(A1:A2,B1:B2,1)"],
  ])("given a post-2007 function in %s, it gets the _xlfn. prefix: %s", (formula, file) => {
    expect(toFileFormula(formula)).toBe(file);
  });

  it.each([
    ['="MAXIFS(1)"', '"MAXIFS(1)"'],
    ["='IFS(x' !A1", "'IFS(x' !A1"],
    ["=T[MAXIFS(x)]", "T[MAXIFS(x)]"],
    ["=MAXIFS", "MAXIFS"],
  ])(
    "given a function name inside text, a sheet name, a column or without '(' in %s, it is untouched",
    (formula, file) => {
      expect(toFileFormula(formula)).toBe(file);
    },
  );

  it.each([
    ["=[@Estado]", "vamAcciones_x[[#This Row],[Estado]]"],
    ["=[@[Fecha límite]]", "vamAcciones_x[[#This Row],[Fecha límite]]"],
    ["=[@[A]:[B]]", "vamAcciones_x[[#This Row],[A]:[B]]"],
    ["=[@]", "vamAcciones_x[#This Row]"],
    ["=SUM([Importe])", "SUM(vamAcciones_x[Importe])"],
    ["=vamOtra[@Estado]", "vamOtra[[#This Row],[Estado]]"],
    ["=vamOtra[[#This Row],[Estado]]", "vamOtra[[#This Row],[Estado]]"],
    ["=[@['#Hecho]]", "vamAcciones_x[[#This Row],['#Hecho]]"],
    ["=[@[Col '[x']]]", "vamAcciones_x[[#This Row],[Col '[x']]]"],
    [
      '=IF([@Estado]="[@x]","",[@Vence]<vamHoy)',
      'IF(vamAcciones_x[[#This Row],[Estado]]="[@x]","",vamAcciones_x[[#This Row],[Vence]]<vamHoy)',
    ],
  ])("given the table formula %s, structured references take the ECMA-376 form %s", (formula, file) => {
    expect(toFileFormula(formula, { table: "vamAcciones_x" })).toBe(file);
  });

  it("given an unqualified structured reference outside a table, it throws", () => {
    expect(() => toFileFormula("=[@Estado]")).toThrow(/table context/);
  });

  it.each(["=FILTER(A1:A3,B1:B3)", "=SORT(A1:A3)", "=LET(x,1,x)", "=UNIQUE(T[A])"])(
    "given the dynamic-array formula %s, it throws",
    (formula) => {
      expect(() => toFileFormula(formula)).toThrow(/dynamic-array/);
    },
  );

  it.each(['="abc', "='Sheet!A1", "=T[[A]"])("given the malformed formula %s, it throws", (formula) => {
    expect(() => toFileFormula(formula, { table: "T" })).toThrow();
  });

  it("given the implicit-intersection operator outside brackets, it throws", () => {
    expect(() => toFileFormula("=@A1:A3")).toThrow(/implicit-intersection/);
  });
});
