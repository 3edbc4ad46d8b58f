import fc from "fast-check";
import { readCsvRecords } from "../../src/domain/csv-records";

const fieldsOf = (text: string, delimiter = ";") => readCsvRecords(text, delimiter).map((r) => r.fields);

describe("readCsvRecords", () => {
  it.each([
    [
      "plain fields",
      "a;b\nc;d",
      [
        ["a", "b"],
        ["c", "d"],
      ],
    ],
    ["a final line break starts no record", "a;b\n", [["a", "b"]]],
    ["a blank line is an empty record", "a\n\nb", [["a"], [""], ["b"]]],
    ["a trailing delimiter is an empty last field", "a;", [["a", ""]]],
    ["a quoted delimiter is literal", '"Pérez; S.A.";x', [["Pérez; S.A.", "x"]]],
    ["a doubled quote is one quote", '"say ""hi""";x', [['say "hi"', "x"]]],
    ["a quoted line break is literal", '"two\nlines";x\ny', [["two\nlines", "x"], ["y"]]],
    ["a quote inside an unquoted field is literal", 'O"Brien;x', [['O"Brien', "x"]]],
    ["an empty quoted field is empty", '"";x', [["", "x"]]],
    ["an empty text has no records", "", []],
  ])("given %s, the fields are as written", (_title, text, expected) => {
    expect(fieldsOf(text)).toEqual(expected);
  });

  it("given a quoted field spanning lines, each record carries the physical line it starts on", () => {
    const records = readCsvRecords('h;i\n"a\nb\nc";1\nz;2\n', ";");
    expect(records.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  it("given a quote never closed, the record keeps the rest of the text and is marked", () => {
    const [record] = readCsvRecords('"open;x\ny;z', ";");
    expect(record).toEqual({ line: 1, fields: ["open;x\ny;z"], badQuotes: true });
  });

  it("given text after a closing quote, the text is kept and the record is marked", () => {
    expect(readCsvRecords('"ab"cd;x', ";")).toEqual([{ line: 1, fields: ["abcd", "x"], badQuotes: true }]);
  });

  it("given a limit, it stops after that many records", () => {
    expect(fieldsOf("a\nb\nc").length).toBe(3);
    expect(readCsvRecords("a\nb\nc", ";", 1).map((r) => r.fields)).toEqual([["a"]]);
  });

  it("given a quote or a line break as the delimiter, that is misuse and throws", () => {
    expect(() => readCsvRecords("a", '"')).toThrow();
    expect(() => readCsvRecords("a", "\n")).toThrow();
  });

  it("given any table of fields written the RFC 4180 way, it reads back the same fields (property)", () => {
    const field = fc.string({ unit: "grapheme", maxLength: 12 });
    const delimiter = fc.constantFrom(",", ";", "\t");
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        delimiter,
        (rows, d) => {
          const text = rows
            .map((row) => row.map((f) => `"${f.replace(/\r\n?/g, "\n").replace(/"/g, '""')}"`).join(d))
            .join("\n");
          const expected = rows.map((row) => row.map((f) => f.replace(/\r\n?/g, "\n")));
          expect(fieldsOf(text, d)).toEqual(expected);
        },
      ),
      { seed: 20261125, numRuns: 300 },
    );
  });
});
