-- 网站名称 search: an FTS5 trigram index over applications.site_name (substring queries of 3+ characters; shorter
-- ones use LIKE). External content keyed on the table's rowid, kept in step by triggers.
CREATE VIRTUAL TABLE `applications_fts` USING fts5(site_name, content='applications', content_rowid='rowid', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `applications_fts_insert` AFTER INSERT ON `applications`
BEGIN
  INSERT INTO applications_fts(rowid, site_name) VALUES (new.rowid, new.site_name);
END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_delete` AFTER DELETE ON `applications`
BEGIN
  INSERT INTO applications_fts(applications_fts, rowid, site_name) VALUES ('delete', old.rowid, old.site_name);
END;
--> statement-breakpoint
CREATE TRIGGER `applications_fts_update` AFTER UPDATE OF site_name ON `applications`
BEGIN
  INSERT INTO applications_fts(applications_fts, rowid, site_name) VALUES ('delete', old.rowid, old.site_name);
  INSERT INTO applications_fts(rowid, site_name) VALUES (new.rowid, new.site_name);
END;
