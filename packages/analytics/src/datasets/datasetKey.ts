/** An id of the workspace store (`wks_…`, `dst_…`): a prefix, an underscore, lowercase letters and digits. */
const ID = /^[a-z]{3}_[0-9a-z]{6,40}$/;

/**
 * The key a workspace's dataset has in the event store: `<workspace id>/<dataset id>`. Only this module
 * builds it, from two checked ids, so one workspace's calls can never name another workspace's events.
 */
export function toDatasetKey(workspaceId: string, datasetId: string): string {
  if (!ID.test(workspaceId)) throw new RangeError(`not a workspace id: ${JSON.stringify(workspaceId)}`);
  if (!ID.test(datasetId)) throw new RangeError(`not a dataset id: ${JSON.stringify(datasetId)}`);
  return `${workspaceId}/${datasetId}`;
}

/** The start every key of a workspace's datasets shares: `<workspace id>/`. */
export function toWorkspacePrefix(workspaceId: string): string {
  if (!ID.test(workspaceId)) throw new RangeError(`not a workspace id: ${JSON.stringify(workspaceId)}`);
  return `${workspaceId}/`;
}
