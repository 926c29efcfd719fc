/**
 * The public-comment rule, stated to residents before they submit: a comment on a draft plan is
 * accepted when it was written before the period closed, even if it arrives later (written offline),
 * as long as it arrives within the grace period. Without a closing date the period is open.
 */
import type { CommentPeriod } from '../../model/opinion.ts';
import type { PlanCatalogue } from '../plan-catalogue.ts';
import type { Database } from '../storage/database.ts';

export const DEFAULT_GRACE_DAYS = 14;
/** How far a device clock may run ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export async function commentPeriods(db: Database, catalogue: PlanCatalogue): Promise<CommentPeriod[]> {
  const rows = await db.selectFrom('comment_periods').selectAll().execute();
  return catalogue
    .plans()
    .filter((p) => p.status === 'draft')
    .map((p) => {
      const row = rows.find((r) => r.municipality === p.municipality && r.plan_id === p.planId);
      return { municipality: p.municipality, planId: p.planId, closesAt: row?.closes_at ?? null, graceDays: row?.grace_days ?? DEFAULT_GRACE_DAYS };
    });
}

export type PeriodVerdict = 'ok' | 'not-draft' | 'written-after-close' | 'arrived-too-late' | 'written-in-future';

export function judgeComment(period: CommentPeriod | undefined, writtenAt: Date, receivedAt: Date): PeriodVerdict {
  if (!period) return 'not-draft';
  if (writtenAt.getTime() > receivedAt.getTime() + CLOCK_SKEW_MS) return 'written-in-future';
  if (!period.closesAt) return 'ok';
  const closes = new Date(period.closesAt).getTime();
  if (writtenAt.getTime() > closes) return 'written-after-close';
  if (receivedAt.getTime() > closes + period.graceDays * 86_400_000) return 'arrived-too-late';
  return 'ok';
}
