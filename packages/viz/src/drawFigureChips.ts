import type { ExportLang } from './journeyLabels.js';
import { MUTED_TEXT_COLOR, TEXT_COLOR } from './phasePalette.js';
import { drawRect, drawText, r2 } from './svg/drawText.js';
import { measureText } from './text/measureText.js';

/** A measured score: its value and the number of answers it rests on. */
export interface FigureScore {
  value: number;
  n: number;
}

/** The measured figures of one touchpoint (GET …/measures; null figures: the card has no matcher). */
export interface TouchpointFigures {
  touchpointId: string;
  journeys: number | null;
  reachShare: number | null;
  dropOffShare: number | null;
  medianSecondsToNext: number | null;
  nps: FigureScore | null;
}

/** The measured figures of one phase. */
export interface PhaseFigures {
  phaseId: string;
  journeys: number | null;
  reachShare: number | null;
  nps: FigureScore | null;
}

/** Which emotion lines the picture draws: as the map's curve mode (`?curve=`). */
export type FiguresCurveMode = 'designed' | 'measured' | 'both';

/**
 * The measured map drawn on a picture (docs/measured-map.md): chips under each card and in each phase
 * header, and the measured emotion line when the curve mode asks for it.
 */
export interface MapFigures {
  /** Journeys in scope. */
  journeys: number;
  touchpoints: readonly TouchpointFigures[];
  phases: readonly PhaseFigures[];
  curve: FiguresCurveMode;
  /** The measured emotion (−3..+3) of the touchpoints that have one. */
  measured: readonly { touchpointId: string; emotion: number }[];
}

/** Below this many answers a score is shown as "too few answers" (as in the app). */
export const MIN_FIGURE_ANSWERS = 30;

const CHIP_LABELS: Record<
  ExportLang,
  {
    reach: string;
    dropOff: string;
    next: string;
    nps: string;
    npsTooFew: string;
    journeys: (n: string, count: number) => string;
    noData: string;
    measured: string;
  }
> = {
  en: {
    reach: 'Reach',
    dropOff: 'Drop-off',
    next: 'Next',
    nps: 'NPS',
    npsTooFew: 'NPS: too few answers',
    journeys: (n, count) => `${n} ${count === 1 ? 'journey' : 'journeys'}`,
    noData: 'No data',
    measured: 'Measured emotion',
  },
  nl: {
    reach: 'Bereik',
    dropOff: 'Uitval',
    next: 'Volgende',
    nps: 'NPS',
    npsTooFew: 'NPS: te weinig antwoorden',
    journeys: (n, count) => `${n} ${count === 1 ? 'reis' : 'reizen'}`,
    noData: 'Geen data',
    measured: 'Gemeten emotie',
  },
};

/** The legend text of the measured line. */
export const measuredLineLabel = (lang: ExportLang) => CHIP_LABELS[lang].measured;

const UNITS: { seconds: number; en: string; nl: string }[] = [
  { seconds: 86_400, en: 'd', nl: 'd' },
  { seconds: 3_600, en: 'h', nl: 'u' },
  { seconds: 60, en: 'min', nl: 'min' },
  { seconds: 1, en: 's', nl: 's' },
];

/** A duration in its two largest units (`3 d 4 h`), as the app shows it. */
export function formatFigureDuration(seconds: number, lang: ExportLang): string {
  if (!Number.isFinite(seconds)) return '—';
  let rest = Math.abs(seconds);
  if (rest > 0 && rest < 1) return `${Math.round(rest * 1000)} ms`;
  const parts: string[] = [];
  for (const unit of UNITS) {
    if (parts.length === 2) break;
    const n = Math.floor(rest / unit.seconds);
    if (n > 0) {
      parts.push(`${n} ${unit[lang]}`);
      rest -= n * unit.seconds;
    } else if (parts.length > 0) break;
  }
  return parts.length ? parts.join(' ') : '0 s';
}

function formatters(lang: ExportLang) {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-US';
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return { percent: (n: number) => percent.format(n), whole: (n: number) => whole.format(n) };
}

function npsChip(score: FigureScore, lang: ExportLang): string {
  const labels = CHIP_LABELS[lang];
  if (score.n < MIN_FIGURE_ANSWERS) return labels.npsTooFew;
  return `${labels.nps} ${formatters(lang).whole(score.value)}`;
}

/** The chip texts of a touchpoint card: reach, drop-off, next, NPS; "no data" without a matcher. */
export function touchpointChipTexts(figures: TouchpointFigures | undefined, lang: ExportLang): string[] {
  const labels = CHIP_LABELS[lang];
  const f = formatters(lang);
  if (!figures || figures.journeys === null || figures.reachShare === null) return [labels.noData];
  const chips = [`${labels.reach} ${f.percent(figures.reachShare)}`];
  if (figures.dropOffShare !== null) chips.push(`${labels.dropOff} ${f.percent(figures.dropOffShare)}`);
  if (figures.medianSecondsToNext !== null)
    chips.push(`${labels.next} ${formatFigureDuration(figures.medianSecondsToNext, lang)}`);
  if (figures.nps) chips.push(npsChip(figures.nps, lang));
  return chips;
}

/** The chip texts of a phase header: journeys, reach, NPS; "no data" when no card of it has a matcher. */
export function phaseChipTexts(figures: PhaseFigures | undefined, lang: ExportLang): string[] {
  const labels = CHIP_LABELS[lang];
  const f = formatters(lang);
  if (!figures || figures.journeys === null || figures.reachShare === null) return [labels.noData];
  const chips = [
    labels.journeys(f.whole(figures.journeys), figures.journeys),
    `${labels.reach} ${f.percent(figures.reachShare)}`,
  ];
  if (figures.nps) chips.push(npsChip(figures.nps, lang));
  return chips;
}

const CHIP_FONT_PX = 12;
const CHIP_HEIGHT = 20;
const CHIP_GAP = 4;
const CHIP_PAD_X = 7;

/** Chips flowed in rows within a width: each one's place, and the height of all the rows. */
export function layoutChips(
  texts: readonly string[],
  maxWidth: number,
): { height: number; chips: { text: string; x: number; y: number; width: number }[] } {
  const chips: { text: string; x: number; y: number; width: number }[] = [];
  let x = 0;
  let y = 0;
  for (const text of texts) {
    const width = Math.min(maxWidth, measureText(text, CHIP_FONT_PX) + 2 * CHIP_PAD_X);
    if (x > 0 && x + width > maxWidth) {
      x = 0;
      y += CHIP_HEIGHT + CHIP_GAP;
    }
    chips.push({ text, x, y, width });
    x += width + CHIP_GAP;
  }
  return { height: texts.length ? y + CHIP_HEIGHT : 0, chips };
}

/**
 * Neutral chips (grey outline, dark text — no red or green judgement, as in the app) at (left, top);
 * laid out by layoutChips.
 */
export function drawChips(
  layout: ReturnType<typeof layoutChips>,
  left: number,
  top: number,
  className: string,
): string {
  return (
    `<g class="${className}">` +
    layout.chips
      .map(
        (c) =>
          `<g class="figure-chip">` +
          drawRect(
            left + c.x,
            top + c.y,
            c.width,
            CHIP_HEIGHT,
            `rx="10" fill="#FFFFFF" stroke="${MUTED_TEXT_COLOR}" stroke-width="1"`,
          ) +
          drawText(left + c.x + c.width / 2, r2(top + c.y + 3), [c.text], {
            sizePx: CHIP_FONT_PX,
            fill: TEXT_COLOR,
            anchor: 'middle',
            lineHeightPx: 14,
          }) +
          `</g>`,
      )
      .join('') +
    `</g>`
  );
}
