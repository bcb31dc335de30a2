import type { ReactNode } from 'react';
import { ThemeScript } from '@/components/theme-script';
import '../globals.css';

/** The language chooser at `/` is bilingual, so the document itself is marked English and each Chinese part carries its own lang. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The theme script sets data-theme on <html> before React hydrates: expected, not a mismatch.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ThemeScript />
      </head>
      <body>{children}</body>
    </html>
  );
}
