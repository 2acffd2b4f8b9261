CREATE TABLE `bundle_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`bundle_id` text NOT NULL,
	`direction` text NOT NULL,
	`peer_id` text,
	`file_name` text NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`result` text NOT NULL,
	`events` integer NOT NULL,
	`attachments` integer NOT NULL,
	`bytes` integer NOT NULL,
	`message` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `bundle_history_bundle` ON `bundle_history` (`bundle_id`);--> statement-breakpoint
CREATE TABLE `conflicts` (
	`event_id` text PRIMARY KEY NOT NULL,
	`aggregate_id` text NOT NULL,
	`event_type` text NOT NULL,
	`workstation_id` text NOT NULL,
	`actor` text,
	`hlc` text NOT NULL,
	`wanted` text NOT NULL,
	`found` text NOT NULL,
	`winner_event_id` text,
	`resolved_at` text,
	`resolved_by` text,
	`resolution_note` text
);
--> statement-breakpoint
CREATE INDEX `conflicts_aggregate` ON `conflicts` (`aggregate_id`);--> statement-breakpoint
CREATE TABLE `parked_events` (
	`id` text PRIMARY KEY NOT NULL,
	`origin` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`version` integer NOT NULL,
	`line` text NOT NULL,
	`bundle_id` text NOT NULL,
	`parked_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `peer_acks` (
	`peer_id` text NOT NULL,
	`origin` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`peer_id`, `origin`)
);
--> statement-breakpoint
CREATE TABLE `sync_coverage` (
	`origin` text PRIMARY KEY NOT NULL,
	`seq` integer NOT NULL
);
--> statement-breakpoint
-- Identity files now carry an X25519 key for encryption; peers trusted from the older files must be added again.
DROP TABLE `peers`;--> statement-breakpoint
CREATE TABLE `peers` (
	`workstation_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`region_code` text NOT NULL,
	`public_key` text NOT NULL,
	`agreement_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`trusted_at` text NOT NULL,
	`trusted_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peers_public_key_unique` ON `peers` (`public_key`);