/** An XES attribute value as stored in `properties`: text, or a number or boolean for typed attributes. */
export type XesValue = string | number | boolean;

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes XML character and entity references (`&amp;`, `&#10;`, `&#x41;`). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return namedEntities[entity] ?? '';
  });
}

/** The value of an attribute tag (`int`, `float`, `boolean`, or a text one) with its decoded text. */
export function convertValue(tag: string, value: string): XesValue {
  if (tag === 'int' || tag === 'float') {
    const number = Number(value);
    return Number.isFinite(number) ? number : value;
  }
  if (tag === 'boolean') return value === 'true';
  return value;
}
