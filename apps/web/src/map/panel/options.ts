import {
  CHANNELS,
  EMOTION_MAX,
  EMOTION_MIN,
  EVIDENCE_LEVELS,
  IDEA_STATUSES,
  SEVERITIES,
} from '@trailmap/domain';
import type { TFunction } from 'i18next';
import type { SelectOption } from './SelectField.js';

/** Option lists of the panels' selects, in the user's language. */
export function listChannelOptions(t: TFunction): SelectOption[] {
  return CHANNELS.map((c) => ({ value: c, label: t(`common:channels.${c}`) }));
}

export function listEvidenceOptions(t: TFunction): SelectOption[] {
  return EVIDENCE_LEVELS.map((e) => ({ value: e, label: t(`common:evidence.${e}`) }));
}

export function listEmotionOptions(t: TFunction): SelectOption[] {
  const options: SelectOption[] = [];
  for (let e = EMOTION_MAX; e >= EMOTION_MIN; e--)
    options.push({ value: String(e), label: t(`map:emotion.${e}`) });
  return options;
}

export function listSeverityOptions(t: TFunction): SelectOption[] {
  return SEVERITIES.map((s) => ({ value: s, label: t(`map:severity.${s}`) }));
}

export function listIdeaStatusOptions(t: TFunction): SelectOption[] {
  return IDEA_STATUSES.map((s) => ({ value: s, label: t(`map:ideaStatus.${s}`) }));
}

/** 1..5 ratings with "not rated" first. */
export function listRatingOptions(t: TFunction, kind: 'reach' | 'feasibility'): SelectOption[] {
  return [
    { value: '', label: t('map:idea.unrated') },
    ...[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`map:idea.${kind}Levels.${n}`) })),
  ];
}
