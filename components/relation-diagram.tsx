import { messages } from '@/content/messages';
import type { DiagramShape } from '@/content/relations';
import type { Lang } from '@/graph/schema';

/**
 * A relation drawn as a small SVG diagram with real text (not an image of text): boxes
 * for human, technology (or model) and world; a bracket groups what the formula groups;
 * a dashed box marks what recedes (the world behind the technology, the background).
 */
export function RelationDiagram({ shape, lang, title }: { shape: DiagramShape; lang: Lang; title: string }) {
  const t = messages(lang).relationsPage;
  const tech = shape === 'model' ? t.model : t.technology;
  const box = (x: number, label: string, dashed = false) => (
    <g>
      <rect x={x} y={30} width={84} height={34} rx={6} className={`diagram-box${dashed ? ' dashed' : ''}`} />
      <text x={x + 42} y={52} textAnchor="middle" className="diagram-text">
        {label}
      </text>
    </g>
  );
  const bracket = (x1: number, x2: number) => (
    <rect x={x1} y={20} width={x2 - x1} height={54} rx={10} className="diagram-group" />
  );
  const arrow = (x1: number, x2: number) => (
    <line x1={x1} y1={47} x2={x2} y2={47} className="diagram-arrow" markerEnd="url(#arrowhead)" />
  );
  const link = (x1: number, x2: number) => <line x1={x1} y1={47} x2={x2} y2={47} className="diagram-link" />;
  const id = `diagram-${shape}`;
  return (
    <svg viewBox="0 0 360 92" className="relation-diagram" role="img" aria-labelledby={id}>
      <title id={id}>{title}</title>
      <defs>
        <marker
          id="arrowhead"
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M0 0L10 5L0 10z" className="diagram-arrowhead" />
        </marker>
      </defs>
      {shape === 'embodiment' ? (
        <>
          {bracket(6, 204)}
          {box(12, t.human)}
          {link(96, 114)}
          {box(114, tech)}
          {arrow(206, 262)}
          {box(266, t.world)}
        </>
      ) : shape === 'hermeneutic' ? (
        <>
          {box(12, t.human)}
          {arrow(98, 150)}
          {bracket(152, 352)}
          {box(158, tech)}
          {link(242, 262)}
          {box(262, t.world)}
        </>
      ) : shape === 'alterity' ? (
        <>
          {box(12, t.human)}
          {arrow(98, 136)}
          {box(140, tech)}
          {link(226, 262)}
          {box(266, t.world, true)}
        </>
      ) : shape === 'background' ? (
        <>
          {box(12, t.human)}
          {arrow(98, 150)}
          {bracket(152, 352)}
          {box(158, tech, true)}
          <text x={252} y={52} textAnchor="middle" className="diagram-text">
            /
          </text>
          {box(262, t.world)}
        </>
      ) : (
        <>
          {box(12, t.human)}
          {link(96, 138)}
          {box(138, tech)}
          {link(222, 264)}
          {box(264, t.world)}
        </>
      )}
    </svg>
  );
}
