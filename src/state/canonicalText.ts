/**
 * A document's own text: its JSON, as the editor first shows it. Remembered per value (scenarios are
 * updated by replacing objects, never by changing them), so telling the texts a user changed from the
 * others (what autosave and share links keep) compares strings already built instead of writing
 * every document of a big scenario out again.
 */
const texts = new WeakMap<object, string>();

export function canonicalText(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value, null, 2);
  let text = texts.get(value);
  if (text === undefined) texts.set(value, (text = JSON.stringify(value, null, 2)));
  return text;
}
