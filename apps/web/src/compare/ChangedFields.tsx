import type { JourneyMap, TouchpointFieldChange } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { useDescribeValue } from './useDescribeValue.js';

/** Fields short enough to show their old and new value inline; for long texts only the name is listed. */
const SHORT_FIELDS = new Set<TouchpointFieldChange['field']>([
  'phase',
  'position',
  'channel',
  'emotion',
  'expectation',
  'experience',
  'expectedSecondsToNext',
  'evidence',
]);

interface Props {
  changes: TouchpointFieldChange[];
  before: Pick<JourneyMap, 'phases'>;
  after: Pick<JourneyMap, 'phases'>;
  /** Show every value, also long texts (the details table); otherwise only the short ones. */
  full?: boolean;
}

/** The list of fields that changed on one touchpoint: "Emotion: −2 → +1". */
export function ChangedFields({ changes, before, after, full = false }: Props) {
  const { t } = useTranslation('compare');
  const describe = useDescribeValue(before, after);
  return (
    <ul className="cmp-fields">
      {changes.map((change) => (
        <li key={change.field}>
          <span className="cmp-fields__name">{t(`field.${change.field}`)}</span>
          {(full || SHORT_FIELDS.has(change.field)) && (
            <>
              {': '}
              <span className="cmp-fields__before">{describe(change, 'before')}</span>
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> {t('value.becomes')} </span>
              <span className="cmp-fields__after">{describe(change, 'after')}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
