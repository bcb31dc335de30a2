// The site is a static export: every page is HTML written at build time.
// BASE_PATH lets the same build be hosted under a sub-path (e.g. /framework on a
// university server); it must start with "/" and have no trailing slash.
const basePath = process.env.BASE_PATH ?? '';
if (basePath !== '' && !/^\/[^/].*[^/]$|^\/[^/]$/.test(basePath)) {
  throw new Error(
    `BASE_PATH "${basePath}" must start with "/" and not end with "/" (for example BASE_PATH=/framework)`,
  );
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  basePath,
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  reactStrictMode: true,
  poweredByHeader: false,
  experimental: { globalNotFound: true },
  turbopack: {
    resolveAlias: {
      // A small graph's body is rendered on the server but left out of the browser's
      // first load (components/explorer/small-graph.tsx).
      '@/components/explorer/small-graph-server': {
        node: './components/explorer/small-graph-server.ts',
        browser: './components/explorer/small-graph-browser.ts',
      },
    },
  },
};

export default nextConfig;
