import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { ExplorerViewProps } from './ExplorerViewProps.js';

export interface ExplorerView {
  /** The URL segment: `/w/:ws/data/:datasetId/<id>`. */
  id: string;
  /** Its tab label, a key of the `explorer` catalogue. */
  labelKey: string;
  component: LazyExoticComponent<ComponentType<ExplorerViewProps>>;
}

/** The views of the explorer, in tab order; the first is where a dataset opens. */
export const EXPLORER_VIEWS: readonly ExplorerView[] = [
  { id: 'map', labelKey: 'views.map', component: lazy(() => import('./ProcessMapView.js')) },
  { id: 'variants', labelKey: 'views.variants', component: lazy(() => import('./VariantsView.js')) },
  { id: 'cases', labelKey: 'views.cases', component: lazy(() => import('./CasesView.js')) },
  { id: 'paths', labelKey: 'views.paths', component: lazy(() => import('./PathsView.js')) },
  { id: 'funnel', labelKey: 'views.funnel', component: lazy(() => import('./FunnelView.js')) },
  { id: 'durations', labelKey: 'views.durations', component: lazy(() => import('./DurationsView.js')) },
  { id: 'timeline', labelKey: 'views.timeline', component: lazy(() => import('./TimelineView.js')) },
];
