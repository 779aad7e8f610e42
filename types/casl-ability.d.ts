// @casl/ability ships its types behind an "exports" map that classic module resolution skips.
declare module '@casl/ability' {
  export * from '@casl/ability/dist/types/index';
}
declare module '@casl/ability/extra' {
  export * from '@casl/ability/dist/types/extra/index';
}
