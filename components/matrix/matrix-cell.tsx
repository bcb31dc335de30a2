import { matrixStrings } from '@/content/messages/matrix-strings';
import type { Reach } from '@/graph/coverage';
import type { Lang, Node } from '@/graph/schema';
import { EvidenceLink } from './evidence-panel';

/** The mark of a link in words and as a symbol: stated ●, inferred ◐, through a broader challenge ◌. */
export function markOf(reach: Reach): '●' | '◐' | '◌' {
  if (reach.via) return '◌';
  return reach.edge.stance === 'stated' ? '●' : '◐';
}

/**
 * A cell of the matrix (or a measure on a card): a button-like link that opens the link's
 * evidence, saying in words who addresses what and with which stance; or a quiet dot.
 */
export function ReachMark({ reach, challenge, lang }: { reach: Reach; challenge: Node; lang: Lang }) {
  const s = matrixStrings(lang);
  const stance = reach.edge.stance === 'stated' ? s.stated : s.inferred;
  const measure = reach.measure.label[lang];
  const label = reach.via
    ? s.viaCellLabel(measure, challenge.label[lang], reach.via.label[lang], stance)
    : s.cellLabel(measure, challenge.label[lang], stance);
  const word = reach.via ? s.viaShort : reach.edge.stance === 'stated' ? s.statedShort : s.inferredShort;
  return (
    <EvidenceLink
      edgeId={reach.edge.id}
      label={label}
      className={`cell-link ${reach.edge.stance}${reach.via ? ' via' : ''}`}
    >
      <span className="cell-mark" aria-hidden="true">
        {markOf(reach)}
      </span>
      <span className="cell-word" aria-hidden="true">
        {word}
      </span>
    </EvidenceLink>
  );
}

export function NoMark({ lang }: { lang: Lang }) {
  return (
    <>
      <span className="cell-mark none" aria-hidden="true">
        ·
      </span>
      <span className="visually-hidden">{matrixStrings(lang).noneCell}</span>
    </>
  );
}
