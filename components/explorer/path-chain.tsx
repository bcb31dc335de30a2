import Link from 'next/link';
import { Fragment } from 'react';
import { EDGE_RULES } from '@/graph/kinds';
import type { Lang } from '@/graph/schema';
import type { PathStep } from '@/graph/view';
import { paths, withBase } from '../paths';

/**
 * A path written out as a sentence chain: "Emergence — gives rise to → Uncertainty —
 * addressed by → Fine-tuning …". A step walked against an edge's direction reads with
 * the edge's backward verb, so every step is true as written.
 */
export function PathChain({
  steps,
  lang,
  plainLinks = false,
}: {
  steps: readonly PathStep[];
  lang: Lang;
  plainLinks?: boolean;
}) {
  const first = steps[0];
  if (!first) return null;
  // Embeds link to the full site in a new tab, with plain anchors (no prefetching).
  const link = (id: string, text: string) =>
    plainLinks ? (
      <a href={withBase(paths.node(lang, id))} target="_blank" rel="noopener">
        {text}
      </a>
    ) : (
      <Link href={paths.node(lang, id)}>{text}</Link>
    );
  return (
    <p className="path-chain">
      {link(first.from.id, first.from.label[lang])}
      {steps.map((s) => {
        const verbs = EDGE_RULES[s.edge.kind].verbs[lang];
        return (
          <Fragment key={s.edge.id}>
            {' '}
            <span className={`path-verb${s.edge.stance === 'inferred' ? ' inferred' : ''}`}>
              — {s.forward ? verbs.forward : verbs.backward} →
            </span>{' '}
            {link(s.to.id, s.to.label[lang])}
          </Fragment>
        );
      })}
    </p>
  );
}
