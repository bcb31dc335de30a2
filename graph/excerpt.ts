/**
 * A short piece of a string read from the address, for showing back to the reader ("we
 * ignored focus=…"). A plain `slice` can cut an emoji or a rare Chinese character (two
 * UTF-16 units) in half and leave a lone surrogate, which the page shows as "�"; this
 * keeps the cut at most `max` units long and never inside a character.
 */
export function excerpt(text: string, max: number): string {
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  const splitPair = cut.length < text.length && last >= 0xd800 && last <= 0xdbff;
  return splitPair ? cut.slice(0, -1) : cut;
}
