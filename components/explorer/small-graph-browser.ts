/**
 * What the browser's bundle gets for ./small-graph-server.ts (next.config.mjs): nothing.
 * In the browser, ./small-graph.tsx loads the body as a chunk of its own.
 */
export const SmallGraphBody = undefined;
