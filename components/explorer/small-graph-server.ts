/**
 * The small graph's body, for rendering on the server (./small-graph.tsx). The browser's
 * bundle gets ./small-graph-browser.ts in its place (next.config.mjs, `resolveAlias`), so
 * the body stays out of the pages' first load there and comes as a chunk of its own.
 */
export { SmallGraphBody } from './small-graph-body';
