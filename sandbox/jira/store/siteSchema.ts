import type BetterSqlite3 from 'better-sqlite3';

/**
 * Tables of the emulated site. Issue rows keep their fields as JSON, with the few columns that
 * queries and humans look at pulled out; comments, changelog and properties have their own rows so
 * that a write appends instead of rewriting the issue.
 */
const DDL = `
CREATE TABLE IF NOT EXISTS issues (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, project_key TEXT NOT NULL,
  status_id TEXT NOT NULL, updated INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS issues_project ON issues(project_key);
CREATE TABLE IF NOT EXISTS comments (
  id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS comments_issue ON comments(issue_id);
CREATE TABLE IF NOT EXISTS changelog (
  id INTEGER PRIMARY KEY, issue_id INTEGER NOT NULL, data TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS changelog_issue ON changelog(issue_id);
CREATE TABLE IF NOT EXISTS issue_properties (
  issue_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (issue_id, key));
CREATE TABLE IF NOT EXISTS users (account_id TEXT PRIMARY KEY, email TEXT NOT NULL UNIQUE, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS groups (name TEXT PRIMARY KEY, group_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS group_members (
  group_name TEXT NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (group_name, account_id));
CREATE TABLE IF NOT EXISTS projects (key TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS project_role_actors (
  project_key TEXT NOT NULL, role_id INTEGER NOT NULL, actor_type TEXT NOT NULL, actor TEXT NOT NULL,
  PRIMARY KEY (project_key, role_id, actor_type, actor));
CREATE TABLE IF NOT EXISTS outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT, issue_key TEXT NOT NULL, created INTEGER NOT NULL,
  sender TEXT NOT NULL, data TEXT NOT NULL);
`;

export function createSiteSchema(db: BetterSqlite3.Database): void {
  db.exec(DDL);
}
