/**
 * The framework's floor: an empty Next.js page (one heading), exported with the same
 * `next`, `react` and `react-dom` as the site and the same export options, built in the
 * same run so that both builds see the same versions and the same machine. Whatever the
 * floor loads, every page of any Next site loads; the budgets count what we add to it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ChunkStore, measurePage, type PageSize } from './first-load';
import { run } from './run-command';

export interface Floor {
  page: PageSize;
  buildMs: number;
}

/**
 * The app's files. Plain JSX, so Next adds no tsconfig.json or TypeScript dependency to
 * the app. (The route types Next still writes under its .next/ stay out of our `tsc`:
 * the repository's `**` patterns skip dot-directories such as .bench/.)
 */
function floorFiles(repoRoot: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }, null, 2)}\n`,
    // The site's export options, minus what only the site needs (base path, env, 404 page).
    // The repository is Turbopack's root, so it may read the symlinked node_modules.
    'next.config.mjs': `export default ${JSON.stringify(
      {
        output: 'export',
        trailingSlash: true,
        images: { unoptimized: true },
        reactStrictMode: true,
        poweredByHeader: false,
        turbopack: { root: repoRoot },
      },
      null,
      2,
    )};\n`,
    'app/layout.jsx': `export const metadata = { title: 'Floor' };\n\nexport default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
    'app/page.jsx': `export default function Page() {\n  return <h1>Floor</h1>;\n}\n`,
  };
}

/** Writes the floor app under `.bench/floor-app`, builds it, and measures its page. */
export async function buildFloor(repoRoot: string, benchDir: string): Promise<Floor> {
  const appDir = path.join(benchDir, 'floor-app');
  // A clean start each run: a stale .next or out/ would measure an older build.
  fs.rmSync(appDir, { recursive: true, force: true });
  for (const [file, text] of Object.entries(floorFiles(repoRoot))) {
    fs.mkdirSync(path.dirname(path.join(appDir, file)), { recursive: true });
    fs.writeFileSync(path.join(appDir, file), text);
  }
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(appDir, 'node_modules'), 'dir');
  const next = path.join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next');
  const buildMs = await run(process.execPath, [next, 'build'], {
    cwd: appDir,
    log: path.join(benchDir, 'floor-build.log'),
  });
  const page = measurePage(new ChunkStore(path.join(appDir, 'out'), ''), 'index.html');
  return { page, buildMs };
}
