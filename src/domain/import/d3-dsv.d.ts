/*
 * The functions of d3-dsv the importer uses. d3-dsv ships no types; declaring them here keeps @types/d3-dsv out
 * of the dependencies. Rows come back as arrays of strings, quotes already unescaped. (`csvParse` and `parse`,
 * the object forms, build their rows with `new Function` and would break a strict CSP: not declared here on
 * purpose.)
 */
declare module 'd3-dsv' {
  export function csvParseRows(text: string): string[][];
  export function dsvFormat(delimiter: string): { parseRows(text: string): string[][] };
}
