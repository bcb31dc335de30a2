/**
 * Imported first by build scripts that render links: next.config.mjs hands BASE_PATH to
 * the pages as NEXT_PUBLIC_BASE_PATH, and components/paths.ts reads that when it loads,
 * so a script must set it before anything imports paths.ts.
 */
process.env.NEXT_PUBLIC_BASE_PATH ??= process.env.BASE_PATH ?? '';
