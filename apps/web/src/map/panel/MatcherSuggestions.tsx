import { useQuery } from '@tanstack/react-query';
import type { Channel, TouchpointMatcher } from '@trailmap/domain';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { useNumberFormat } from '../useNumberFormat.js';
import { addSuggestion, addsChannel, type MatcherSuggestion } from './addSuggestion.js';

export interface SuggestionsData {
  workspaceId: string;
  journeyId: string;
  touchpointId: string;
  channel: Channel;
}

/**
 * The most frequent activities of the touchpoint's channel that no other touchpoint matches
 * (`GET …/matcher-suggestions`), each with its counts and an "Add" that puts it in the matcher.
 * `version` changes when the matcher does (the list is asked again; those already chosen are hidden).
 */
export function MatcherSuggestions({
  data,
  matcher,
  version,
  onChange,
}: {
  data: SuggestionsData;
  matcher: TouchpointMatcher | null;
  version: string | null;
  onChange: (matcher: TouchpointMatcher) => void;
}) {
  const { t } = useTranslation(['measures', 'common']);
  const number = useNumberFormat();
  const answer = useQuery({
    queryKey: [
      'matcher-suggestions',
      data.workspaceId,
      data.journeyId,
      data.touchpointId,
      data.channel,
      version,
    ],
    queryFn: ({ signal }) =>
      api.get<{ suggestions: MatcherSuggestion[] }>(
        `/api/workspaces/${data.workspaceId}/journeys/${data.journeyId}/matcher-suggestions?touchpointId=${encodeURIComponent(data.touchpointId)}&channel=${data.channel}&limit=8`,
        signal,
      ),
    staleTime: 60_000,
    placeholderData: (previous) => previous,
  });
  const chosen = matcher?.activities ?? [];
  const suggestions = (answer.data?.suggestions ?? []).filter((s) => !chosen.includes(s.activity));
  const channel = t(`common:channels.${data.channel}`);

  return (
    <section className="matcher-suggestions" data-testid="matcher-suggestions" aria-busy={answer.isFetching}>
      <h4>{t('measures:matcher.suggestions', { channel })}</h4>
      {answer.isError && !answer.data ? (
        <p className="matcher-hint">{t('measures:matcher.suggestionsFailed')}</p>
      ) : !answer.data ? (
        <p className="matcher-hint">{t('measures:matcher.suggestionsLoading')}</p>
      ) : suggestions.length === 0 ? (
        <p className="matcher-hint" data-testid="matcher-suggestions-none">
          {t('measures:matcher.suggestionsNone', { channel })}
        </p>
      ) : (
        <ul>
          {suggestions.map((s) => {
            const withChannel = addsChannel(matcher, s);
            return (
              <li key={`${s.activity}\u001f${s.channel}`} data-testid="matcher-suggestion">
                <span className="matcher-suggestion-text">
                  <span className="matcher-suggestion-name">{s.activity}</span>
                  <span className="matcher-hint">
                    {t('measures:matcher.suggestionCount', {
                      channel: s.channel,
                      events: number(s.events),
                      journeys: number(s.journeys),
                    })}
                  </span>
                </span>
                <button
                  type="button"
                  className="btn btn-small"
                  title={
                    withChannel
                      ? t('measures:matcher.suggestionAddChannel', {
                          activity: s.activity,
                          channel: s.channel,
                        })
                      : t('measures:matcher.suggestionAddTitle', { activity: s.activity })
                  }
                  aria-label={
                    withChannel
                      ? t('measures:matcher.suggestionAddChannel', {
                          activity: s.activity,
                          channel: s.channel,
                        })
                      : t('measures:matcher.suggestionAddTitle', { activity: s.activity })
                  }
                  onClick={() => onChange(addSuggestion(matcher, s))}
                  data-testid="matcher-suggestion-add"
                >
                  {t('measures:matcher.suggestionAdd')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
