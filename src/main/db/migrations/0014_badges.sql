CREATE TABLE `badges` (
	`application_id` text PRIMARY KEY NOT NULL,
	`unit_id` text NOT NULL,
	`code` text NOT NULL,
	`verification_id` text NOT NULL,
	`color` text NOT NULL,
	`source` text NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` text,
	`checked_at` text,
	`check_passed` integer,
	`check_summary` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `badges_code_unique` ON `badges` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `badges_verification_id_unique` ON `badges` (`verification_id`);--> statement-breakpoint
CREATE INDEX `badges_unit` ON `badges` (`unit_id`);