CREATE TABLE `scans` (
	`event_id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`sha256` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`file_name` text NOT NULL,
	`attached_at` text NOT NULL,
	`attached_by` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scans_application_file` ON `scans` (`application_id`,`sha256`);