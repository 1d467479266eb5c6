// Messages between the Article Lens client and server beyond LSP; the one place both sides import them from.

export const ReindexRequest = 'articleLens/reindex';

export const StatusNotification = 'articleLens/status';

export interface IndexStatus {
  /** True while the workspace scan runs. */
  indexing: boolean;
  articles: number;
  entities: number;
  /** Files that could not be read or analysed. */
  failed: number;
}
