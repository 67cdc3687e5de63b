// For plain `tsc`, which can't read .astro files; `astro check` types them for real.
declare module '*.astro' {
  const Component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default Component;
}
