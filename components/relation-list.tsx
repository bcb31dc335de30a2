import { messages } from '@/content/messages';
import { EDGE_RULES } from '@/graph/kinds';
import type { RelationGroup } from '@/graph/queries';
import type { Lang } from '@/graph/schema';
import { RelationItem } from './relation-item';

/**
 * A node's relations, grouped by edge kind and direction and read as verbs ("Gives rise
 * to", "Addressed by"). Each relation shows its evidence on demand; editorial
 * inferences are marked in text, not by colour alone.
 */
export function RelationList({ groups, lang }: { groups: readonly RelationGroup[]; lang: Lang }) {
  const t = messages(lang);
  if (groups.length === 0) return <p>{t.node.noRelations}</p>;
  return (
    <div className="relation-groups">
      {groups.map((g) => {
        const verbs = EDGE_RULES[g.kind].verbs[lang];
        const heading = g.direction === 'out' ? verbs.forward : verbs.backward;
        return (
          <section key={`${g.kind}-${g.direction}`} className="relation-group" aria-label={heading}>
            <h3>{capitalise(heading)}</h3>
            <ul>
              {g.relations.map((r) => (
                <RelationItem key={r.edge.id} relation={r} lang={lang} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
