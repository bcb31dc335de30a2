import { getMDXComponent } from 'mdx-bundler/client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { compiledExplanation } from '@/content/load';
import type { Lang } from '@/graph/schema';
import { paths } from './paths';
import { Quote } from './quote';

/**
 * Renders compiled MDX at build time. The components an explanation may use are exactly
 * those `content/mdx.ts` allows (Quote, NodeLink); the check has already verified every
 * NodeLink id and every quote.
 */
export function MdxContent({ code, lang }: { code: string; lang: Lang }) {
  const Component = getMDXComponent(code);
  return (
    <div className="prose">
      <Component
        components={{
          Quote: (props: { section: string; refs?: string; translation?: string; children: ReactNode }) => (
            <Quote lang={lang} {...props} />
          ),
          NodeLink: ({ id: target, children }: { id: string; children: ReactNode }) => (
            <Link href={paths.node(lang, target)}>{children}</Link>
          ),
        }}
      />
    </div>
  );
}

/** A node's explanation. */
export function Explanation({ id, lang }: { id: string; lang: Lang }) {
  return <MdxContent code={compiledExplanation(id, lang)} lang={lang} />;
}
