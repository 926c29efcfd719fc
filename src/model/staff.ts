/**
 * The staff console's API: the filters of the inbox (also used by the exports, so what staff see is
 * what they export), the changes staff make to an opinion, and the shapes the server answers with.
 * Shared by the server (src/server/staff) and the console (src/app/staff) only.
 */
import { z } from 'zod';
import { OpinionKind, OpinionStatus } from './opinion.ts';

export const STAFF_ROLES = ['admin', 'staff'] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

export const LoginRequest = z.strictObject({
  login: z.string().trim().min(1).max(64),
  // Capped so a huge "password" cannot make the server hash megabytes.
  password: z.string().min(1).max(1024),
});

export const SORTS = ['newest', 'oldest', 'status', 'node', 'kind'] as const;
export const HIDDEN_CHOICES = ['exclude', 'include', 'only'] as const;

const slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/).max(64);
/** A day (YYYY-MM-DD, Japan time) or an exact ISO time. */
const day = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
const flag = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const blankIsAbsent = (value: unknown) => (value === '' ? undefined : value);

export const OpinionFilters = z.object({
  /** Only the staff member's own city; another city is refused (403). */
  city: z.preprocess(blankIsAbsent, slug.optional()),
  planId: z.preprocess(blankIsAbsent, slug.optional()),
  nodeId: z.preprocess(blankIsAbsent, slug.optional()),
  kind: z.preprocess(blankIsAbsent, OpinionKind.optional()),
  status: z.preprocess(blankIsAbsent, OpinionStatus.optional()),
  language: z.preprocess(blankIsAbsent, z.string().max(16).optional()),
  from: z.preprocess(blankIsAbsent, day.optional()),
  to: z.preprocess(blankIsAbsent, day.optional()),
  hasContact: z.preprocess(blankIsAbsent, flag.optional()),
  q: z.preprocess(blankIsAbsent, z.string().trim().max(200).optional()),
  hidden: z.preprocess(blankIsAbsent, z.enum(HIDDEN_CHOICES).default('exclude')),
  sort: z.preprocess(blankIsAbsent, z.enum(SORTS).default('newest')),
  page: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1).default(1)),
  pageSize: z.preprocess(blankIsAbsent, z.coerce.number().int().min(1).max(200).default(50)),
});
export type OpinionFilters = z.infer<typeof OpinionFilters>;

export const ExportQuery = OpinionFilters.extend({
  /** Names, e-mail addresses and phone numbers: only for an admin who asks, and audited. */
  personal: z.preprocess(blankIsAbsent, flag.default(false)),
});

export const LIMITS_STAFF = { note: 4000, answer: 4000, department: 100, hideReason: 200 } as const;

export const OpinionChange = z
  .strictObject({
    /** The version the staff member saw: a change made meanwhile by a colleague is not overwritten. */
    expectedVersion: z.number().int().optional(),
    status: OpinionStatus.optional(),
    internalNote: z.string().max(LIMITS_STAFF.note).nullable().optional(),
    publicAnswer: z.string().max(LIMITS_STAFF.answer).nullable().optional(),
    department: z.string().trim().max(LIMITS_STAFF.department).nullable().optional(),
    hide: z.strictObject({ reason: z.string().trim().min(1).max(LIMITS_STAFF.hideReason) }).nullable().optional(),
  })
  .refine((c) => Object.keys(c).some((k) => k !== 'expectedVersion'), { message: 'nothing to change' });
export type OpinionChange = z.infer<typeof OpinionChange>;

/** Which status may follow which: never back to 新規 (someone has read it). */
export const NEXT_STATUSES: Record<OpinionStatus, readonly OpinionStatus[]> = {
  new: ['reviewing', 'answered', 'done', 'declined'],
  reviewing: ['answered', 'done', 'declined'],
  answered: ['reviewing', 'done'],
  done: ['reviewing'],
  declined: ['reviewing'],
};

export interface StaffUser {
  login: string;
  role: StaffRole;
  municipality: string;
}

export interface StaffSessionInfo {
  user: StaffUser;
  csrfToken: string;
  expiresAt: string;
}

export interface OpinionSummary {
  id: string;
  receiptNumber: string;
  receivedAt: string;
  writtenAt: string;
  kind: string;
  status: OpinionStatus;
  municipality: string;
  planId: string;
  planTitle: string | null;
  nodeId: string | null;
  nodeTitle: string | null;
  title: string;
  language: string;
  hasContact: boolean;
  department: string | null;
  answeredAt: string | null;
  hiddenReason: string | null;
  version: number;
}

export interface OpinionPage {
  items: OpinionSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface OpinionDetail extends OpinionSummary {
  body: string;
  ageGroup: string | null;
  area: string | null;
  answer: string | null;
  internalNote: string | null;
  updatedAt: string;
  /** Personal data: only in this answer (and in an admin's explicit export). */
  contact: { name: string | null; email: string | null; phone: string | null } | null;
  history: { at: string; actor: string; action: string; detail: string | null }[];
}

export interface NodeCounts {
  nodeId: string | null;
  title: string;
  opinions: number;
  support: number;
  interest: number;
}

export interface PlanCounts {
  planId: string;
  title: string;
  status: 'adopted' | 'draft';
  /** Opinions about the plan as a whole (no node) first, then every node in plan order. */
  nodes: NodeCounts[];
}
