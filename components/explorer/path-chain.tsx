import Link from 'next/link';
import { Fragment } from 'react';
import { EDGE_RULES } from '@/graph/kinds';
import type { Lang } from '@/graph/schema';
import type { PathStep } from '@/graph/view';
import { paths } from '../paths';

/**
 * A path written out as a sentence chain: "Emergence — gives rise to → Uncertainty —
 * addressed by → Fine-tuning …". A step walked against an edge's direction reads with
 * the edge's backward verb, so every step is true as written.
 */
export function PathChain({ steps, lang }: { steps: readonly PathStep[]; lang: Lang }) {
  const first = steps[0];
  if (!first) return null;
  return (
    <p className="path-chain">
      <Link href={paths.node(lang, first.from.id)}>{first.from.label[lang]}</Link>
      {steps.map((s) => {
        const verbs = EDGE_RULES[s.edge.kind].verbs[lang];
        return (
          <Fragment key={s.edge.id}>
            {' '}
            <span className={`path-verb${s.edge.stance === 'inferred' ? ' inferred' : ''}`}>— {s.forward ? verbs.forward : verbs.backward} →</span>{' '}
            <Link href={paths.node(lang, s.to.id)}>{s.to.label[lang]}</Link>
          </Fragment>
        );
      })}
    </p>
  );
}
