/**
 * What every download carries besides the graph itself: the data version, the build date,
 * the site's public address and the data set's name. The exporters are pure functions of
 * (graph, meta), so a test can hand them a fixed date and address and get the same bytes
 * every time. The build script fills in the name from the site's dictionary, so the files
 * and the data page name the data set alike while graph/ imports nothing from content/.
 */
import type { Lang } from '../schema';

export interface ExportMeta {
  /** The data version (semver). It is the graph's own `version`, repeated in every file. */
  readonly version: string;
  /** When the downloads were built: an ISO 8601 timestamp in UTC, e.g. "2025-01-31T12:00:00.000Z". */
  readonly built: string;
  /** The site's absolute address with any base path and no trailing slash, e.g. "https://example.edu/framework". */
  readonly site: string;
  /** The absolute address of a node's page in one language. */
  readonly nodeUrl: (lang: Lang, id: string) => string;
  /** The name of the whole data set in each language, as the data page shows it. */
  readonly title: Readonly<Record<Lang, string>>;
}

/** The absolute address of a file under `/data/` (part of the public contract, DESIGN.md). */
export const dataFileUrl = (meta: ExportMeta, file: string) => `${meta.site}/data/${file}`;

/** The date part of the build timestamp, which is what people read and cite. */
export const builtDate = (meta: Pick<ExportMeta, 'built'>) => meta.built.slice(0, 10);

/**
 * The build timestamp shared by every published file: now, or SOURCE_DATE_EPOCH (whole
 * seconds since 1970) for reproducible builds.
 */
export function buildTimestamp(): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date().toISOString();
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${epoch}"`);
  return new Date(Number(epoch) * 1000).toISOString();
}
