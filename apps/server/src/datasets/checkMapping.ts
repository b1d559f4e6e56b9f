import type { DatasetPreview } from '@trailmap/analytics';
import type { DatasetMapping } from '@trailmap/domain';

export interface MappingIssue {
  path: string;
  message: string;
}

/**
 * What keeps a mapping from reading a file, found from the file's preview before anything is imported:
 * columns it names that the file lacks, required columns neither named nor recognised (the case column
 * only for the case-column notion), an OCEL object type the file does not have.
 */
export function checkMapping(preview: DatasetPreview, mapping: DatasetMapping): MappingIssue[] {
  const issues: MappingIssue[] = [];
  if (preview.format === 'ocel') {
    const known = (preview.objectTypes ?? []).map((t) => t.name);
    const chosen = mapping.objectType ?? preview.suggested.objectType;
    if (!chosen || !known.includes(chosen))
      issues.push({
        path: 'body.mapping.objectType',
        message: `choose one of the file's object types: ${known.join(', ')}`,
      });
    return issues;
  }
  if (!['csv', 'ndjson', 'parquet'].includes(preview.format)) return issues;
  const names = new Set(preview.columns.map((c) => c.name));
  for (const [field, column] of Object.entries(mapping.columns)) {
    if (
      typeof column === 'string' &&
      !names.has(column) &&
      !(preview.format === 'ndjson' && column.includes('.'))
    )
      issues.push({
        path: `body.mapping.columns.${field}`,
        message: `the file has no column "${column}"; it has: ${[...names].join(', ')}`,
      });
  }
  for (const field of ['case', 'activity', 'timestamp'] as const) {
    if (field === 'case' && mapping.caseNotion.kind !== 'column') continue;
    const given = mapping.columns[field];
    // a required column left out must be recognised by its name; one set to none is not there at all
    if (given === null || (given === undefined && preview.missing.includes(field)))
      issues.push({
        path: `body.mapping.columns.${field}`,
        message: `name the ${field} column: none of the file's columns is recognised as one`,
      });
  }
  return issues;
}
