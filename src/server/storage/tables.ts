/** Table types of the server database, as Kysely sees them. Times are ISO-8601 strings. */
export interface ServerInfoTable {
  key: string;
  value: string;
}

export interface DeviceTable {
  id: string;
  secret_hash: string;
  created_at: string;
}

export interface OpinionTable {
  id: string;
  device_id: string;
  municipality: string;
  plan_id: string;
  node_id: string | null;
  kind: string;
  title: string;
  body: string;
  language: string;
  age_group: string | null;
  area: string | null;
  written_at: string;
  received_at: string;
  receipt_number: string;
  status: string;
  answer: string | null;
  answered_at: string | null;
  department: string | null;
  internal_note: string | null;
  hidden_reason: string | null;
  version: number;
  updated_at: string;
}

/** Personal data, apart from the opinion: only staff read it. */
export interface OpinionContactTable {
  opinion_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
}

export interface ReactionTable {
  id: string;
  device_id: string;
  municipality: string;
  plan_id: string;
  node_id: string;
  kind: string;
  created_at: string;
}

export interface CounterTable {
  key: string;
  value: number;
}

export interface CommentPeriodTable {
  municipality: string;
  plan_id: string;
  closes_at: string | null;
  grace_days: number;
}

/** City staff who use the console. Passwords are kept only as scrypt hashes (see src/server/staff/passwords.ts). */
export interface StaffUserTable {
  id: string;
  login: string;
  password_hash: string;
  role: 'admin' | 'staff';
  municipality: string;
  /** Failed logins since the last success or lock: the fifth locks the account. */
  failed_attempts: number;
  locked_until: string | null;
  created_at: string;
}

/** A logged-in console: the id is the SHA-256 of the cookie's random token, so a leaked table opens nothing. */
export interface StaffSessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
  created_at: string;
}

export interface DatabaseSchema {
  server_info: ServerInfoTable;
  devices: DeviceTable;
  opinions: OpinionTable;
  opinion_contacts: OpinionContactTable;
  reactions: ReactionTable;
  counters: CounterTable;
  comment_periods: CommentPeriodTable;
  audit_log: { id: string; at: string; actor: string; action: string; target: string; detail: string | null };
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
}
