// The npm punycode package by its file name, so that Node does not pick its deprecated built-in of the same name.
declare module 'punycode/punycode.es6.js' {
  export function toASCII(domain: string): string;
  export function toUnicode(domain: string): string;
}
