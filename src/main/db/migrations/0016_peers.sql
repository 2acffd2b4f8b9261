CREATE TABLE `peers` (
	`workstation_id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`region_code` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`trusted_at` text NOT NULL,
	`trusted_by` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `peers_public_key_unique` ON `peers` (`public_key`);