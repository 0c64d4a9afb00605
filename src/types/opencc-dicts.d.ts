// opencc-js ships its dictionaries as untyped modules whose default export is the serialized table.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
