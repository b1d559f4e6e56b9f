import type { DatasetFilter } from '@trailmap/domain';

/** What every explorer view gets: its dataset, the filter in force, and how to change the filter. */
export interface ExplorerViewProps {
  workspaceId: string;
  datasetId: string;
  filter: DatasetFilter;
  /** Replaces the filter (a new history entry, so back undoes it). */
  onFilterChange: (filter: DatasetFilter) => void;
}
