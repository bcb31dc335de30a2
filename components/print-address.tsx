'use client';

/**
 * A line shown only on paper: the site and this page's address, since a printed page
 * cannot be followed back to the site otherwise. At build time the address is the
 * canonical one (SITE_URL); in the browser it becomes the address the reader is actually
 * using, which is the useful one when the site is hosted somewhere SITE_URL does not say.
 */
import { usePathname } from 'next/navigation';
import { useBrowserValue } from './use-client';

export function PrintAddress({
  site,
  label,
  canonicalBase,
  basePath,
}: {
  site: string;
  /** "Page address: ", with the language's colon. */
  label: string;
  canonicalBase: string;
  basePath: string;
}) {
  const pathname = usePathname();
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  const base = useBrowserValue(() => `${window.location.origin}${basePath}`, canonicalBase);
  return (
    <p className="print-only print-address">
      <strong>{site}</strong> · {label}
      {base}
      {path}
    </p>
  );
}
