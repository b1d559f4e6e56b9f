import { Search } from 'lucide-react';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format.js';
import { CHANNEL_ICONS } from '../../ui/channelIcons.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { channelOfName } from '../channelOfName.js';
import { writeFilter } from '../explorerFilter.js';
import { formatDuration } from '../formatDuration.js';
import { useDatasetQuery } from '../useDatasetQuery.js';
import { useViewParams } from '../useViewParams.js';
import type { ExplorerViewProps } from './ExplorerViewProps.js';
import { propertyText, withGaps, type TimelineEntry, type TimelineEvent } from './timelineGaps.js';
import './views.css';

interface CaseList {
  total: number;
  cases: { caseId: string; customerId: string | null; events: number }[];
}
interface Timeline {
  caseId?: string;
  customerId?: string;
  events: TimelineEvent[];
  truncated: boolean;
}

type Kind = 'case' | 'customer';
const SUGGESTIONS = 50;
const QUICK_PICKS = 8;

/**
 * `…/timeline?case=<id>` or `?customer=<id>`: every event of one case, or of one customer across
 * channels and cases, in time order — with the time since the previous event, channel, properties and
 * survey scores. The whole story is shown, whatever the filter; the suggestions come from the filter.
 */
export default function TimelineView({ workspaceId, datasetId, filter }: ExplorerViewProps) {
  const { t } = useTranslation('explorer');
  const format = useFormat();
  const id = useId();
  const [params, update] = useViewParams();
  const caseId = params.get('case');
  const customerId = caseId === null ? params.get('customer') : null;
  const current: { kind: Kind; value: string } | null =
    caseId !== null && caseId !== ''
      ? { kind: 'case', value: caseId }
      : customerId
        ? { kind: 'customer', value: customerId }
        : null;
  const [kind, setKind] = useState<Kind>(current?.kind ?? 'case');
  const [text, setText] = useState(current?.value ?? '');
  // the search box follows the URL (back and forward)
  const currentKind = current?.kind;
  const currentValue = current?.value;
  useEffect(() => {
    if (!currentKind || currentValue === undefined) return;
    setKind(currentKind);
    setText(currentValue);
  }, [currentKind, currentValue]);

  const cases = useDatasetQuery<CaseList>(workspaceId, datasetId, 'cases', filter, {
    sort: 'start',
    limit: SUGGESTIONS,
    offset: 0,
  });
  const suggestions = useMemo(() => {
    const list = cases.data?.cases ?? [];
    return kind === 'case'
      ? list.map((c) => c.caseId)
      : [...new Set(list.map((c) => c.customerId).filter((c): c is string => c !== null))];
  }, [cases.data, kind]);
  const timeline = useDatasetQuery<Timeline>(
    workspaceId,
    datasetId,
    'timeline',
    {},
    current ? { [current.kind]: current.value } : {},
    { enabled: current !== null },
  );

  function show(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (!value) return;
    update(kind === 'case' ? { case: value, customer: null } : { customer: value, case: null });
  }
  const filterText = writeFilter(filter);
  const linkTo = (k: Kind, value: string) => {
    const search = new URLSearchParams({ [k]: value });
    if (filterText) search.set('filter', filterText);
    return `?${search.toString()}`;
  };

  return (
    <section className="explorer-view" aria-labelledby={`${id}-heading`} data-testid="timeline-view">
      <div className="explorer-view-head">
        <h2 id={`${id}-heading`}>{t('timeline.title')}</h2>
      </div>
      <form className="timeline-search" role="search" onSubmit={show}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('timeline.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            onChange={(e) => setKind(e.target.value as Kind)}
            data-testid="timeline-kind"
          >
            <option value="case">{t('timeline.kinds.case')}</option>
            <option value="customer">{t('timeline.kinds.customer')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t(`timeline.searchLabel.${kind}`)}</label>
          <input
            id={`${id}-text`}
            type="search"
            list={`${id}-suggestions`}
            value={text}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setText(e.target.value)}
            data-testid="timeline-search"
          />
          <datalist id={`${id}-suggestions`}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </div>
        <button type="submit" className="btn btn-primary" data-testid="timeline-show">
          <Search size={16} aria-hidden="true" />
          {t('timeline.show')}
        </button>
      </form>
      {kind === 'customer' && cases.data && suggestions.length === 0 && (
        <p className="muted view-note">{t('timeline.noCustomers')}</p>
      )}
      {!current && cases.data && cases.data.cases.length > 0 && (
        <div className="empty-state" data-testid="timeline-picks">
          <p className="view-note">{t('timeline.pick')}</p>
          <ul className="timeline-picks">
            {cases.data.cases.slice(0, QUICK_PICKS).map((c) => (
              <li key={c.caseId}>
                <Link to={linkTo('case', c.caseId)}>{c.caseId}</Link>{' '}
                <span className="muted">
                  {t('timeline.events', { count: c.events, formatted: format.number(c.events) })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {timeline.isError && <ErrorAlert error={timeline.error} onRetry={() => void timeline.refetch()} />}
      {current && timeline.data && (
        <TimelineList
          subject={current}
          events={timeline.data.events}
          truncated={timeline.data.truncated}
          stale={timeline.isPlaceholderData}
          caseLink={(value) => linkTo('case', value)}
        />
      )}
    </section>
  );
}

function TimelineList({
  subject,
  events,
  truncated,
  stale,
  caseLink,
}: {
  subject: { kind: Kind; value: string };
  events: readonly TimelineEvent[];
  truncated: boolean;
  stale: boolean;
  caseLink: (caseId: string) => string;
}) {
  const { t, i18n } = useTranslation('explorer');
  const format = useFormat();
  const entries = useMemo(() => withGaps(events), [events]);
  if (entries.length === 0)
    return (
      <p className="empty-state" role="status" data-testid="timeline-empty">
        {t(`timeline.notFound.${subject.kind}`, { id: subject.value })}
      </p>
    );
  const first = entries[0]!;
  const last = entries.at(-1)!;
  const caseCount = new Set(entries.map((e) => e.caseId)).size;
  const when = (ms: number) =>
    format.date(new Date(ms).toISOString(), { dateStyle: 'medium', timeStyle: 'medium' });

  return (
    <div className="timeline-body" data-stale={stale || undefined}>
      <p className="view-note" role="status" data-testid="timeline-summary">
        {t(`timeline.summary.${subject.kind}`, {
          id: subject.value,
          count: entries.length,
          events: format.number(entries.length),
          cases: format.number(caseCount),
          span: formatDuration((last.tsMs - first.tsMs) / 1000, i18n.language),
        })}{' '}
        <span className="muted">{t('timeline.wholeStory')}</span>
      </p>
      {truncated && (
        <p className="alert" role="status">
          {t('timeline.truncated', { shown: format.number(entries.length) })}
        </p>
      )}
      <ol className="timeline" data-testid="timeline-events">
        {entries.map((entry) => (
          <TimelineItem
            key={entry.eventId}
            entry={entry}
            when={when(entry.tsMs)}
            showCase={subject.kind === 'customer'}
            caseLink={caseLink}
          />
        ))}
      </ol>
    </div>
  );
}

function TimelineItem({
  entry,
  when,
  showCase,
  caseLink,
}: {
  entry: TimelineEntry;
  when: string;
  showCase: boolean;
  caseLink: (caseId: string) => string;
}) {
  const { t, i18n } = useTranslation('explorer');
  const channel = channelOfName(entry.channel);
  const Icon = CHANNEL_ICONS[channel];
  const properties = Object.entries(entry.properties ?? {});
  const scores = (
    [
      ['nps', entry.nps],
      ['csat', entry.csat],
      ['ces', entry.ces],
    ] as const
  ).filter(([, value]) => value !== null);

  return (
    <li className="timeline-event" data-testid="timeline-event">
      <span className="timeline-dot" aria-hidden="true">
        <Icon size={14} />
      </span>
      <span className="timeline-gap" data-testid="timeline-gap">
        {entry.gapSeconds === null
          ? t('timeline.first')
          : t(entry.newCase ? 'timeline.gapNewCase' : 'timeline.gap', {
              gap: formatDuration(entry.gapSeconds, i18n.language),
            })}
      </span>
      <div className="timeline-head">
        <span className="timeline-activity" data-testid="timeline-activity">
          {entry.activity}
        </span>
        <time className="timeline-meta" dateTime={new Date(entry.tsMs).toISOString()}>
          {when}
        </time>
        <span className="timeline-meta">
          {entry.channel ? t('timeline.channel', { channel: entry.channel }) : t('timeline.noChannel')}
        </span>
        {showCase && (
          <span className="timeline-meta">
            {t('timeline.inCase')} <Link to={caseLink(entry.caseId)}>{entry.caseId}</Link>
          </span>
        )}
      </div>
      {scores.length > 0 && (
        <div className="timeline-scores">
          {scores.map(([name, value]) => (
            <span key={name} className="badge">
              {t(`timeline.scores.${name}`, { value })}
            </span>
          ))}
        </div>
      )}
      {properties.length > 0 && (
        <details className="timeline-props">
          <summary>{t('timeline.properties', { count: properties.length })}</summary>
          <dl>
            {properties.map(([key, value]) => (
              <div key={key} style={{ display: 'contents' }}>
                <dt>{key}</dt>
                <dd>{propertyText(value)}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
    </li>
  );
}
