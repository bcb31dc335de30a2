import type { ReactNode } from 'react';
import '../globals.css';

/** The language chooser at `/` is bilingual, so the document itself is marked English and each Chinese part carries its own lang. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
