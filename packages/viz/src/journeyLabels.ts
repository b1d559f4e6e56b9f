import type { Channel, JourneyState, LaneKind, Severity } from '@trailmap/domain';

/** The languages the exported picture speaks. */
export const EXPORT_LANGS = ['en', 'nl'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];

export interface JourneyLabels {
  lanes: Record<LaneKind, string>;
  channels: Record<Channel, string>;
  states: Record<JourneyState, string>;
  severities: Record<Severity, string>;
  goal: string;
  personas: string;
  noTouchpoints: string;
  expected: string;
  experienced: string;
  unknownScore: string;
  idea: string;
  reach: string;
  feasibility: string;
  wowMoment: string;
  belowExpectation: string;
  emotionScale: string;
  painSeverity: string;
  /** "Phases 3–5 of 5" */
  phasesOf: (first: number, last: number, total: number) => string;
  madeWith: string;
}

/** Every string of the exported map, in English and Dutch (the picture has no other text of its own). */
export const JOURNEY_LABELS: Record<ExportLang, JourneyLabels> = {
  en: {
    lanes: {
      actions: 'Customer actions',
      touchpoints: 'Touchpoints',
      'thinks-feels': 'Thinks & feels',
      emotion: 'Emotion',
      expectation: 'Expectation vs experience',
      'pain-points': 'Pain points',
      ideas: 'Ideas',
      backstage: 'Back stage',
      kpis: 'KPIs',
      custom: 'Notes',
    },
    channels: {
      web: 'Web',
      app: 'App',
      email: 'E-mail',
      phone: 'Phone',
      chat: 'Chat',
      social: 'Social media',
      store: 'Store',
      letter: 'Letter',
      advertising: 'Advertising',
      tv: 'TV',
      billboard: 'Billboard',
      'word-of-mouth': 'Word of mouth',
      other: 'Other',
    },
    states: { current: 'Current state', desired: 'Desired state' },
    severities: { low: 'Low', medium: 'Medium', high: 'High' },
    goal: 'Goal',
    personas: 'Persona',
    noTouchpoints: 'No touchpoints in this phase yet',
    expected: 'Expected',
    experienced: 'Got',
    unknownScore: '–',
    idea: 'Idea',
    reach: 'Reach',
    feasibility: 'Feasibility',
    wowMoment: 'WOW moment (experience well above expectation)',
    belowExpectation: 'Below expectation',
    emotionScale: 'Emotion from −3 to +3; dashed line = neutral',
    painSeverity: 'Pain point severity',
    phasesOf: (first, last, total) =>
      first === last ? `Phase ${first} of ${total}` : `Phases ${first}–${last} of ${total}`,
    madeWith: 'Made with Trailmap',
  },
  nl: {
    lanes: {
      actions: 'Klantacties',
      touchpoints: 'Contactmomenten',
      'thinks-feels': 'Denkt & voelt',
      emotion: 'Emotie',
      expectation: 'Verwachting vs ervaring',
      'pain-points': 'Pijnpunten',
      ideas: 'Ideeën',
      backstage: 'Achter de schermen',
      kpis: 'KPI’s',
      custom: 'Notities',
    },
    channels: {
      web: 'Web',
      app: 'App',
      email: 'E-mail',
      phone: 'Telefoon',
      chat: 'Chat',
      social: 'Sociale media',
      store: 'Winkel',
      letter: 'Brief',
      advertising: 'Advertenties',
      tv: 'Tv',
      billboard: 'Reclamebord',
      'word-of-mouth': 'Mond-tot-mond',
      other: 'Overig',
    },
    states: { current: 'Huidige situatie', desired: 'Gewenste situatie' },
    severities: { low: 'Laag', medium: 'Middel', high: 'Hoog' },
    goal: 'Doel',
    personas: 'Persona',
    noTouchpoints: 'Nog geen contactmomenten in deze fase',
    expected: 'Verwacht',
    experienced: 'Kreeg',
    unknownScore: '–',
    idea: 'Idee',
    reach: 'Bereik',
    feasibility: 'Haalbaarheid',
    wowMoment: 'WOW-moment (ervaring ruim boven verwachting)',
    belowExpectation: 'Onder verwachting',
    emotionScale: 'Emotie van −3 tot +3; stippellijn = neutraal',
    painSeverity: 'Ernst van het pijnpunt',
    phasesOf: (first, last, total) =>
      first === last ? `Fase ${first} van ${total}` : `Fasen ${first}–${last} van ${total}`,
    madeWith: 'Gemaakt met Trailmap',
  },
};
