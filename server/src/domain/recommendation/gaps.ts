// Product gaps: what customers of the same segment commonly hold and this customer lacks.
import type { CustomerProfile, RecommendContext } from './types.js';
import { DEFAULT_CONFIG, type EngineConfig } from './weights.js';

/**
 * Ids of products that at least `gapUptakeThreshold` of the profile's segment hold and the
 * customer does not, most held first (ties by id). Only products on offer (when
 * offeredProductIds is given) and meant for the customer's kind. Empty when the segment is too
 * small for its shares to mean anything (minSegmentSize).
 */
export function productGaps(
  profile: CustomerProfile,
  ctx: RecommendContext,
  limit = 5,
  config: EngineConfig = DEFAULT_CONFIG,
): string[] {
  if (!(limit > 0)) return [];
  const seg = ctx.peers.segments.get(profile.segment);
  if (!seg || seg.size < config.peers.minSegmentSize) return [];
  const held = new Set(profile.heldProductIds);
  const found: { id: string; share: number }[] = [];
  for (const p of ctx.catalog) {
    if (held.has(p.id)) continue;
    if (ctx.offeredProductIds && !ctx.offeredProductIds.has(p.id)) continue;
    if (p.customerKind !== 'ANY' && p.customerKind !== profile.kind) continue;
    const share = (seg.holders.get(p.id) ?? 0) / seg.size;
    if (share >= config.peers.gapUptakeThreshold) found.push({ id: p.id, share });
  }
  found.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return found.slice(0, Math.floor(limit)).map((g) => g.id);
}
