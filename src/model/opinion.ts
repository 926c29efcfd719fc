/**
 * Residents' opinions and reactions: the one schema the form, the outbox, the server and the staff
 * console share. Personal data (name, contact) travels in its own optional object and is stored
 * apart from the opinion on the server.
 */
import { z } from 'zod';

export const OPINION_KINDS = ['proposal', 'comment', 'public-comment', 'question'] as const;
export const OpinionKind = z.enum(OPINION_KINDS);
export type OpinionKind = z.infer<typeof OpinionKind>;

export const AGE_GROUPS = ['under-20', '20s', '30s', '40s', '50s', '60s', '70-plus'] as const;

export const LIMITS = { title: 100, body: 4000, area: 60, name: 60, contact: 120 } as const;

const uuidV7 = z.uuid({ version: 'v7', message: 'id must be a UUID v7' });
const slug = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/).max(64);

export const Contact = z.strictObject({
  name: z.string().trim().max(LIMITS.name).optional(),
  email: z.email().max(LIMITS.contact).optional(),
  phone: z.string().trim().regex(/^[0-9+\-() ]{6,20}$/).optional(),
});
export type Contact = z.infer<typeof Contact>;

export const OpinionSubmission = z.strictObject({
  id: uuidV7,
  kind: OpinionKind,
  municipality: slug,
  planId: slug,
  nodeId: slug.optional(),
  title: z.string().trim().min(1).max(LIMITS.title),
  body: z.string().trim().min(1).max(LIMITS.body),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/).max(16),
  ageGroup: z.enum(AGE_GROUPS).optional(),
  area: z.string().trim().max(LIMITS.area).optional(),
  contact: Contact.optional(),
  consent: z.literal(true, { message: 'consent to the privacy notice is required' }),
  /** When the resident wrote it (their device's clock): decides a public comment's deadline. */
  writtenAt: z.iso.datetime({ offset: true }),
});
export type OpinionSubmission = z.infer<typeof OpinionSubmission>;

export const OPINION_STATUSES = ['new', 'reviewing', 'answered', 'done', 'declined'] as const;
export const OpinionStatus = z.enum(OPINION_STATUSES);
export type OpinionStatus = z.infer<typeof OpinionStatus>;

/** What the server says back about an opinion: its receipt, and later the city's public answer. */
export const OpinionReceipt = z.object({
  id: z.string(),
  receiptNumber: z.string(),
  status: OpinionStatus,
  receivedAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  version: z.number().int(),
});
export type OpinionReceipt = z.infer<typeof OpinionReceipt>;

export const MyOpinionsResponse = z.object({
  items: z.array(OpinionReceipt),
  cursor: z.number().int(),
});
export type MyOpinionsResponse = z.infer<typeof MyOpinionsResponse>;

export const ReactionKind = z.enum(['support', 'interest']);
export const ReactionSubmission = z.strictObject({
  id: uuidV7,
  kind: ReactionKind,
  municipality: slug,
  planId: slug,
  nodeId: slug,
});
export type ReactionSubmission = z.infer<typeof ReactionSubmission>;

export const CommentPeriod = z.object({
  municipality: z.string(),
  planId: z.string(),
  closesAt: z.string().nullable(),
  graceDays: z.number().int(),
});
export type CommentPeriod = z.infer<typeof CommentPeriod>;

/** Receipt prefixes: OMI-2026-000123. */
export const RECEIPT_PREFIX: Record<string, string> = { omitama: 'OMI', kasumigaura: 'KAS', shimotsuma: 'SHI' };

/** "Authorization: Device <deviceId>.<secret>": the device id is public, the secret never leaves the device but in this header. */
export const DEVICE_AUTH = /^Device ([0-9a-f-]{36})\.([A-Za-z0-9_-]{32,128})$/;
