import { getMDXComponent } from 'mdx-bundler/client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { compiledExplanation } from '@/content/load';
import type { Lang } from '@/graph/schema';
import { SectionLink } from './paper/section-link';
import { paths, withBase } from './paths';
import { Quote } from './quote';

/**
 * Renders compiled MDX at build time. The components an explanation may use are exactly
 * those `content/mdx.ts` allows (Quote, NodeLink); the check has already verified every
 * NodeLink id and every quote.
 */
/**
 * `plainLinks` renders links as plain anchors that open the full site in a new tab: for
 * step texts pre-rendered to HTML for embeds, which live in someone else's page.
 */
export function MdxContent({ code, lang, plainLinks = false }: { code: string; lang: Lang; plainLinks?: boolean }) {
  // Rendered once, on the server: the compiled MDX is a pure function of its props (no
  // hooks, no provider), so it is called as one rather than made into a component here.
  const content = getMDXComponent(code);
  return (
    <div className="prose">
      {content({
        components: {
          Quote: (props: { section: string; refs?: string; translation?: string; children: ReactNode }) => (
            <Quote lang={lang} plainLinks={plainLinks} {...props} />
          ),
          NodeLink: ({ id: target, children }: { id: string; children: ReactNode }) =>
            plainLinks ? (
              <a href={withBase(paths.node(lang, target))} target="_blank" rel="noopener">
                {children}
              </a>
            ) : (
              <Link href={paths.node(lang, target)}>{children}</Link>
            ),
          // Inserted at compile time for every section the prose names (content/remark-section-links.ts).
          SectionRef: ({ section, children }: { section: string; children: string }) => (
            <SectionLink section={section} lang={lang} plainLinks={plainLinks}>
              {children}
            </SectionLink>
          ),
        },
      })}
    </div>
  );
}

/** A node's explanation. */
export function Explanation({ id, lang }: { id: string; lang: Lang }) {
  return <MdxContent code={compiledExplanation(id, lang)} lang={lang} />;
}
