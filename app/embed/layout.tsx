import type { ReactNode } from 'react';
import { LazyLinkPreview } from '@/components/link-preview/lazy-link-preview';
import '../globals.css';
import './embed.css';

/**
 * The embeds' own root: no site header, footer or search, just the view. The document
 * starts out English (the waiting text marks its Chinese part); the view sets `lang`
 * once it has read its parameters.
 */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <body className="embed">
        {children}
        <LazyLinkPreview />
      </body>
    </html>
  );
}
