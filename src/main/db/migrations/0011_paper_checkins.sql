CREATE TABLE `paper_checkins` (
	`event_id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`version` integer NOT NULL,
	`received_on` text NOT NULL,
	`channel` text NOT NULL,
	`tracking_no` text NOT NULL,
	`note` text NOT NULL,
	`items` text NOT NULL,
	`complete` integer NOT NULL,
	`checked_in_at` text NOT NULL,
	`checked_in_by` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `paper_checkins_application` ON `paper_checkins` (`application_id`,`checked_in_at`);--> statement-breakpoint
CREATE INDEX `paper_checkins_at` ON `paper_checkins` (`checked_in_at`);