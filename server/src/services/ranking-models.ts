// The ACTIVE learned ranker, as every replica serves it. Loaded at start-up and re-read every
// RELOAD_MS, so a model promoted by `npm run retrain` (another process) is served within a minute
// on every replica without a restart; a row that cannot be served by this code is ignored.
import type { AppDb } from '../db/index.js';
import { rankingStats, type RankingStats } from '../domain/ranking/features.js';
import { checkRankerModel, type RankerModel } from '../domain/ranking/ranker.js';
import type { PeerStats } from '../domain/recommendation/types.js';
import { activeRankingModel } from '../repositories/ranking.js';

const RELOAD_MS = 60_000;

export interface RankingModelInfo {
  version: string;
  trainedAt: Date;
  activatedAt: Date | null;
  trainingRows: number;
  metrics: Record<string, unknown>;
  /** The training report, in Markdown. */
  report: string;
}

export class RankingModelService {
  private active: { model: RankerModel; info: RankingModelInfo } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly statsByPeers = new WeakMap<PeerStats, RankingStats>();
  /** Why the stored ACTIVE model is not served, if it is not. */
  rejected: string | null = null;

  constructor(
    private readonly db: AppDb,
    private readonly onChange: (version: string | null) => void = () => {},
  ) {}

  async reload(): Promise<RankingModelInfo | null> {
    const row = await activeRankingModel(this.db);
    if (!row) return this.active?.info ?? null;
    if (row.version === this.active?.model.version) return this.active.info;
    try {
      const model = checkRankerModel(row.model as RankerModel);
      this.active = { model, info: { version: row.version, trainedAt: row.trainedAt, activatedAt: row.activatedAt, trainingRows: row.trainingRows, metrics: row.metrics, report: row.report } };
      this.rejected = null;
      this.onChange(row.version);
    } catch (e) {
      this.rejected = (e as Error).message;
    }
    return this.active?.info ?? null;
  }

  /** Re-reads the ACTIVE row periodically; errors (database down) keep the model being served. */
  watch(onError: (e: unknown) => void): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.reload().catch(onError), RELOAD_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** The model to serve, or null (no trained ranker yet: the rules engine's order is served). */
  get model(): RankerModel | null {
    return this.active?.model ?? null;
  }

  get info(): RankingModelInfo | null {
    return this.active?.info ?? null;
  }

  /** Feature statistics of a tenant's peers, computed once per peer-stats object. */
  statsFor(peers: PeerStats): RankingStats {
    let s = this.statsByPeers.get(peers);
    if (!s) this.statsByPeers.set(peers, (s = rankingStats(peers)));
    return s;
  }
}
