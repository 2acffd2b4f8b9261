CREATE TABLE `notice_templates` (
	`trigger` text NOT NULL,
	`channel` text NOT NULL,
	`text` text NOT NULL,
	PRIMARY KEY(`trigger`, `channel`)
);
--> statement-breakpoint
CREATE TABLE `notices` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`trigger` text NOT NULL,
	`channel` text NOT NULL,
	`recipient` text NOT NULL,
	`text` text NOT NULL,
	`state` text NOT NULL,
	`queued_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notices_state` ON `notices` (`state`,`queued_at`);--> statement-breakpoint
CREATE INDEX `notices_application` ON `notices` (`application_id`);