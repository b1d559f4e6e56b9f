import { Download, FileCode, FileImage, FileJson, FileText } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CurveMode } from '../curve/curveMode.js';
import { MenuButton } from '../MenuButton.js';

export const EXPORT_FORMATS = ['png', 'svg', 'pdf', 'json', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const ICONS = { png: FileImage, svg: FileImage, pdf: FileText, json: FileJson, mermaid: FileCode } as const;

/** The picture formats, which can draw the measured figures. */
const PICTURES: readonly ExportFormat[] = ['png', 'svg', 'pdf'];

/** What the map shows of its measured figures, for a picture export to show the same. */
export interface ExportFigures {
  /** The chips are shown on the map (a linked map with figures on). */
  shown: boolean;
  curve: CurveMode;
  /** The persona whose figures the map shows (null: all customers). */
  personaId?: string | null;
}

/**
 * The download address of a map in one format, with labels in the user's language; a picture of a map
 * that shows its measured figures includes them (`figures=true`), the curve mode (`curve=`) and the persona
 * they are for (`personaId=`).
 */
export function buildExportUrl(
  workspaceId: string,
  journeyId: string,
  format: ExportFormat,
  language: string,
  figures?: ExportFigures,
): string {
  const query = new URLSearchParams({ format, lang: language });
  if (figures?.shown && PICTURES.includes(format)) {
    query.set('figures', 'true');
    query.set('curve', figures.curve);
    if (figures.personaId) query.set('personaId', figures.personaId);
  }
  return `/api/workspaces/${workspaceId}/journeys/${journeyId}/export?${query.toString()}`;
}

/** The download address of a shared map's picture (the share page offers PNG, SVG and PDF). */
export function buildSharedExportUrl(token: string, format: ExportFormat, language: string): string {
  const query = new URLSearchParams({ format, lang: language });
  return `/api/share/${encodeURIComponent(token)}/export?${query.toString()}`;
}

export interface ExportMenuProps {
  /** The download address of one format in one language. */
  buildHref: (format: ExportFormat, language: string) => string;
  formats?: readonly ExportFormat[];
}

/** Export the map as an image (PNG, SVG), a PDF for print, or a file to import elsewhere (JSON, Mermaid). */
export function ExportMenu({ buildHref, formats = EXPORT_FORMATS }: ExportMenuProps) {
  const { t, i18n } = useTranslation('map');
  return (
    <MenuButton
      label={
        <>
          <Download size={16} aria-hidden="true" />
          <span className="toolbar-label">{t('export.button')}</span>
        </>
      }
      ariaLabel={t('export.button')}
      className="btn btn-small"
      testId="export-menu"
      align="end"
    >
      {(close) =>
        formats.map((format) => {
          const Icon = ICONS[format];
          return (
            <a
              key={format}
              role="menuitem"
              href={buildHref(format, i18n.language)}
              download
              onClick={close}
              data-testid={`export-${format}`}
            >
              <Icon size={14} aria-hidden="true" />
              <span>
                {t(`export.formats.${format}`)}
                <span className="menu-item-hint">{t(`export.hints.${format}`)}</span>
              </span>
            </a>
          );
        })
      }
    </MenuButton>
  );
}
