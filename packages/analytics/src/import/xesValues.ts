/** An XES attribute value as stored in `properties`: text, or a number or boolean for typed attributes. */
export type XesValue = string | number | boolean;

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A reference the XES readers cannot decode: a named entity other than the five XML predefines (a DTD's
 * entities are never read) or a character reference to no character. `index` is where it starts in the text.
 */
export class XmlReferenceError extends Error {
  constructor(
    readonly reference: string,
    readonly index: number,
  ) {
    super(
      reference.startsWith('&#')
        ? `invalid character reference ${reference}`
        : `undefined entity ${reference} (only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are read)`,
    );
    this.name = 'XmlReferenceError';
  }
}

/** A code point XML allows in a character reference (not NUL, a surrogate or beyond Unicode). */
function isCharacter(code: number): boolean {
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
}

/**
 * Decodes XML character and entity references (`&amp;`, `&#10;`, `&#x41;`); throws `XmlReferenceError` on
 * any other reference (`&lol6;`). An `&` that starts no reference is kept as it is.
 */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_:][\w.:-]*);/g,
    (reference: string, entity: string, index: number) => {
      if (entity.startsWith('#')) {
        const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        if (!isCharacter(code)) throw new XmlReferenceError(reference, index);
        return String.fromCodePoint(code);
      }
      const decoded = namedEntities[entity];
      if (decoded === undefined) throw new XmlReferenceError(reference, index);
      return decoded;
    },
  );
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
