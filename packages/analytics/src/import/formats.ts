// Parsers for Parquet, NDJSON, OCEL 2.0 JSON and the Segment tracking spec, listed by name.
export { parseParquet, type ParquetImportOptions } from './parquet.js';
export { parseNdjson, parseNdjsonLine, type NdjsonImportOptions } from './ndjson.js';
export { parseOcel, listOcelObjectTypes, summariseOcelObjectTypes } from './ocel.js';
export type { OcelImportOptions, OcelObjectTypeSummary } from './ocel.js';
export { readOcelDocument } from './ocelDocument.js';
export type { OcelDocument, OcelEvent, OcelRelationship } from './ocelDocument.js';
export { parseSegmentBatch } from './segment.js';
export { mapSegmentMessage, SEGMENT_TYPES, SEGMENT_IDENTITY_ACTIVITIES } from './segmentMessage.js';
export type { SegmentImportOptions, SegmentType } from './segmentMessage.js';
export { DEFAULT_FIELD_CANDIDATES, mapRecord, readField } from './parquetMapping.js';
export type { MappedColumns, MappedField, MappedImportOptions } from './parquetMapping.js';
export { parseTimestampMs, SCORE_RANGES } from './parquetValues.js';
