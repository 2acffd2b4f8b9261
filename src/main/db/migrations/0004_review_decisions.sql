CREATE TABLE `review_decisions` (
	`event_id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`version` integer NOT NULL,
	`stage` text NOT NULL,
	`decision` text NOT NULL,
	`reasons` text NOT NULL,
	`note` text NOT NULL,
	`notice` text NOT NULL,
	`decided_at` text NOT NULL,
	`decided_by` text,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_decisions_application` ON `review_decisions` (`application_id`,`decided_at`);