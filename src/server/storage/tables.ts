/** Table types of the server database, as Kysely sees them. */
export interface ServerInfoTable {
  key: string;
  value: string;
}

export interface DatabaseSchema {
  server_info: ServerInfoTable;
}
