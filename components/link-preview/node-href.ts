/**
 * Which links are links to an idea's page: same origin, `{base}/{lang}/nodes/{id}/`. Pure
 * (the address and the site's origin and base path in), so it is tested on its own.
 */
const NODE_PATH = /^\/(en|zh)\/nodes\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

export function nodeOfHref(
  href: string,
  origin: string,
  basePath: string,
): { lang: 'en' | 'zh'; id: string } | undefined {
  let url: URL;
  try {
    url = new URL(href, origin);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || !url.pathname.startsWith(basePath)) return undefined;
  const m = NODE_PATH.exec(url.pathname.slice(basePath.length));
  if (!m?.[1] || !m[2]) return undefined;
  return { lang: m[1] === 'zh' ? 'zh' : 'en', id: m[2] };
}
