// Journey exchange formats: the versioned JSON document, its JSON Schema, and Mermaid `journey` text.
export {
  JOURNEY_DOCUMENT_FORMAT,
  JOURNEY_DOCUMENT_VERSION,
  JOURNEY_DOCUMENT_MIGRATIONS,
  journeyDocumentSchema,
  journeyDocumentJourneySchema,
  journeyDocumentPersonaSchema,
} from './journeyDocument.js';
export type { JourneyDocument, JourneyDocumentJourney, JourneyDocumentPersona } from './journeyDocument.js';
export { JourneyFormatError } from './JourneyFormatError.js';
export type { JourneyFormatIssue } from './JourneyFormatError.js';
export { exportJourneyDocument } from './exportJourneyDocument.js';
export type { ExportableJourney, ExportablePersona } from './exportJourneyDocument.js';
export { parseJourneyDocument } from './parseJourneyDocument.js';
export { serializeJourneyDocument } from './serializeJourneyDocument.js';
export {
  getJourneyJsonSchema,
  serializeJourneyJsonSchema,
  JOURNEY_JSON_SCHEMA_PATH,
} from './getJourneyJsonSchema.js';
export {
  EMOTION_TO_MERMAID_SCORE,
  MERMAID_SCORE_TO_EMOTION,
  MERMAID_SCORE_MIN,
  MERMAID_SCORE_MAX,
  emotionToMermaidScore,
  mermaidScoreToEmotion,
} from './mermaidScore.js';
export { escapeMermaidText } from './escapeMermaidText.js';
export type { MermaidTextKind } from './escapeMermaidText.js';
export { MermaidFormatError } from './MermaidFormatError.js';
export { toMermaidJourney, MERMAID_COMMENT_VERSION, DEFAULT_MERMAID_ACTOR } from './toMermaidJourney.js';
export type { MermaidPersona } from './toMermaidJourney.js';
export { parseMermaidJourney, UNTITLED_MERMAID_JOURNEY } from './parseMermaidJourney.js';
export type { MermaidJourney } from './parseMermaidJourney.js';
export { hideBackstage } from './hideBackstage.js';
