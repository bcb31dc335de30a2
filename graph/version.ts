/**
 * The data version of the published graph. It follows semver: a changed or removed id is
 * a major change, a new node or edge a minor one, a corrected text a patch.
 */
export const DATA_VERSION = '0.2.1';
