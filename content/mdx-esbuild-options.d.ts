/**
 * mdx-bundler types its `mdxOptions` callback with `Options` from '@mdx-js/esbuild/lib', a
 * path that package's `exports` do not allow, so TypeScript cannot find it and the
 * options would come through untyped. The package's public entry has the same type.
 */
declare module '@mdx-js/esbuild/lib' {
  export type { Options } from '@mdx-js/esbuild';
}
