/** The JSON path of a top-level property in `properties` (as the adapter builds it for attribute filters). */
export function toPropertyPath(key: string): string {
  return `$."${key.replaceAll('"', '\\"')}"`;
}
