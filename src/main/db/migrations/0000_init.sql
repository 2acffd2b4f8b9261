CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`hlc` text NOT NULL,
	`workstation_id` text NOT NULL,
	`seq` integer NOT NULL,
	`actor` text,
	`aggregate_id` text NOT NULL,
	`type` text NOT NULL,
	`version` integer NOT NULL,
	`payload` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `events_workstation_seq` ON `events` (`workstation_id`,`seq`);--> statement-breakpoint
CREATE INDEX `events_hlc` ON `events` (`hlc`);--> statement-breakpoint
CREATE INDEX `events_aggregate` ON `events` (`aggregate_id`);--> statement-breakpoint
CREATE TABLE `local_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sign_in_guards` (
	`username` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`locked_until` text
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`roles` text NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer NOT NULL,
	`disabled` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `workstation_profile` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`region_code` text NOT NULL,
	`initialized_at` text NOT NULL
);
