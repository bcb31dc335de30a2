/**
 * The relations page's data: for each human–technology relation, the formula exactly as
 * the paper prints it (checked verbatim against the paper by `npm run check`, like
 * every quote) and the case the paper gives as its example.
 */
export type DiagramShape = 'embodiment' | 'hermeneutic' | 'alterity' | 'background' | 'chain' | 'model';

export interface RelationEntry {
  id: string;
  formula: string;
  example?: string;
  shape: DiagramShape;
}

/** Ihde's four relations, in the paper's order. */
export const IHDE_RELATIONS: RelationEntry[] = [
  { id: 'embodiment-relation', formula: '（人-技术）→世界', example: 'case-eyeglasses', shape: 'embodiment' },
  { id: 'hermeneutic-relation', formula: '人→（技术-世界）', example: 'case-instrument-panel', shape: 'hermeneutic' },
  { id: 'alterity-relation', formula: '人→技术-（-世界）', example: 'case-ai-as-other', shape: 'alterity' },
  { id: 'background-relation', formula: '人→（技术/世界）', example: 'case-heating', shape: 'background' },
];

/** The relation the paper's general models replace, and what replaces it. */
export const REFRAMING: { from: RelationEntry; to: RelationEntry } = {
  from: { id: 'human-technology-world', formula: '人-技术-世界', shape: 'chain' },
  to: { id: 'human-model-data-world', formula: '人-模型（数据）-世界', shape: 'model' },
};
